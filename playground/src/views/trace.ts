import { errorInfo } from '../../../src/index';
import { h, verdict } from '../dom';
import type { Step } from '../steps';

/**
 * The trace: every step as a list item (code, name, description, and a ✓ / ⚠ / ✗ with the word), kept in step
 * with the history incrementally so that a long history costs only what changed. Steps after the current one
 * (undone by stepping back) are marked "undone".
 */
export class TraceView {
  private readonly items: HTMLLIElement[] = [];
  private readonly shown: Step[] = [];
  private lastPos = -1;

  constructor(private readonly list: HTMLOListElement, private readonly onPick: (position: number) => void) {}

  private item(step: Step, index: number): HTMLLIElement {
    const v = verdict(step.code);
    const info = errorInfo(step.code);
    const li = h('li', { class: `step ${v.kind}`, 'data-code': step.code, 'data-name': info.name, 'data-kind': v.kind },
      h('span', { class: 'icon', 'aria-hidden': 'true' }, v.icon), ' ',
      h('span', { class: 'sr' }, `${v.kind}: `),
      h('code', {}, step.label.replace(/ = -?\d+ \S+( \[thread \d+\])?$/, '$1')), ' = ',
      h('strong', {}, `${step.code} ${info.name}`), ' ',
      h('span', { class: 'desc' }, step.kind === 'control' ? 'emulator control' : info.description), ' ',
      h('button', { type: 'button', class: 'goto', 'aria-label': `go to step ${index + 1}`, onclick: () => this.onPick(index + 1) }, `step ${index + 1}`));
    return li;
  }

  update(steps: readonly Step[], position: number): void {
    while (this.items.length > steps.length) {
      (this.items.pop() as HTMLLIElement).remove();
      this.shown.pop();
    }
    for (let i = 0; i < steps.length; i++) {
      if (this.shown[i] === steps[i]) continue;
      const li = this.item(steps[i], i);
      if (i < this.items.length) this.items[i].replaceWith(li);
      else this.list.append(li);
      this.items[i] = li;
      this.shown[i] = steps[i];
    }
    // Only the items whose place relative to the current step changed are touched.
    const lo = Math.max(0, Math.min(this.lastPos, position) - 1);
    const hi = this.lastPos < 0 ? steps.length : Math.min(steps.length, Math.max(this.lastPos, position) + 1);
    for (let i = this.lastPos < 0 ? 0 : lo; i < hi; i++) {
      const li = this.items[i];
      li.classList.toggle('undone', i >= position);
      li.classList.toggle('current', i === position - 1);
      if (i === position - 1) li.setAttribute('aria-current', 'step');
      else li.removeAttribute('aria-current');
    }
    this.lastPos = position;
  }
}
