import { errorInfo } from '../../../src/index';
import { h, verdict } from '../dom';
import type { Step } from '../steps';

/** How many steps the trace shows at most: a window around the current one (the slider reaches the others). */
export const TRACE_WINDOW = 600;
/** How many steps before the current one the window keeps; the window moves in strides of 100 steps. */
const BEFORE = 400;
const STRIDE = 100;

/**
 * The trace: every step as a list item (code, name, description, and a ✓ / ⚠ / ✗ with the word), kept in step
 * with the history incrementally. Steps after the current one (undone by stepping back) say "(undone)". A long
 * history shows a window of TRACE_WINDOW steps around the current one, so that a call or a jump costs the same
 * with ten thousand steps as with a hundred.
 */
export class TraceView {
  private items: HTMLLIElement[] = [];
  private shown: Step[] = [];
  private start = 0;
  private readonly before = document.createElement('p');
  private readonly after = document.createElement('p');
  private pending: HTMLLIElement | undefined;
  private scheduled = false;

  constructor(private readonly list: HTMLOListElement, private readonly onPick: (position: number) => void) {
    this.before.className = 'more';
    this.after.className = 'more';
    list.before(this.before);
    list.after(this.after);
  }

  private item(step: Step, index: number): HTMLLIElement {
    const v = verdict(step.code);
    const info = errorInfo(step.code);
    return h('li', { class: `step ${v.kind}`, 'data-code': step.code, 'data-name': info.name, 'data-kind': v.kind },
      h('span', { class: 'icon', 'aria-hidden': 'true' }, v.icon), ' ',
      h('span', { class: 'sr' }, `${v.kind}: `),
      h('code', {}, step.label.replace(/ = -?\d+ \S+( \[thread \d+\])?$/, '$1')), ' = ',
      h('strong', {}, `${step.code} ${info.name}`), ' ',
      h('span', { class: 'desc' }, step.kind === 'control' ? 'emulator control' : info.description), ' ',
      h('button', { type: 'button', class: 'goto', 'aria-label': `go to step ${index + 1}`, onclick: () => this.onPick(index + 1) }, `step ${index + 1}`),
      h('span', { class: 'undone-mark' }, ' (undone)'));
  }

  /** Scroll the trace (not the page) so that the current step is in sight. */
  private reveal(li: HTMLLIElement | undefined): void {
    if (li === undefined) return;
    const list = this.list;
    const top = li.getBoundingClientRect().top - list.getBoundingClientRect().top + list.scrollTop;
    if (top < list.scrollTop || top + li.offsetHeight > list.scrollTop + list.clientHeight) {
      list.scrollTop = Math.max(0, top - list.clientHeight / 2);
    }
  }

  update(steps: readonly Step[], position: number): void {
    const start = Math.floor(Math.max(0, position - BEFORE) / STRIDE) * STRIDE;
    if (start !== this.start) {
      this.start = start;
      this.items = [];
      this.shown = [];
      this.list.replaceChildren();
      this.list.start = start + 1;
    }
    const end = Math.min(steps.length, start + TRACE_WINDOW);
    while (this.items.length > end - start) {
      (this.items.pop() as HTMLLIElement).remove();
      this.shown.pop();
    }
    for (let i = start; i < end; i++) {
      const k = i - start;
      if (this.shown[k] === steps[i]) continue;
      const li = this.item(steps[i], i);
      if (k < this.items.length) this.items[k].replaceWith(li);
      else this.list.append(li);
      this.items[k] = li;
      this.shown[k] = steps[i];
    }
    this.items.forEach((li, k) => {
      const i = start + k;
      if (li.classList.contains('undone') !== i >= position) li.classList.toggle('undone');
      const current = i === position - 1;
      if (li.classList.contains('current') !== current) {
        li.classList.toggle('current');
        if (current) li.setAttribute('aria-current', 'step');
        else li.removeAttribute('aria-current');
      }
    });
    // Scrolled before the next frame is drawn, once, after every view has changed (no layout forced mid-redraw).
    this.pending = position > start ? this.items[position - start - 1] : undefined;
    if (!this.scheduled) {
      this.scheduled = true;
      requestAnimationFrame(() => {
        this.scheduled = false;
        this.reveal(this.pending);
      });
    }
    this.before.textContent = start > 0 ? `… ${start} earlier steps (the slider and Step back reach them)` : '';
    this.after.textContent = end < steps.length ? `… ${steps.length - end} later steps (the slider and Step forward reach them)` : '';
  }
}
