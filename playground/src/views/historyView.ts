import { byId, h } from '../dom';
import type { Timeline } from '../timeline';

/** Step back / forward, first / last, a slider, and what the current step changed. */
export class HistoryView {
  private readonly slider = byId<HTMLInputElement>('step-slider');
  private readonly label = byId<HTMLElement>('step-label');
  private readonly changes = byId<HTMLElement>('changes');

  constructor(private readonly t: Timeline) {
    byId('step-first').addEventListener('click', () => t.goTo(0));
    byId('step-back').addEventListener('click', () => t.goTo(t.position - 1));
    byId('step-forward').addEventListener('click', () => t.goTo(t.position + 1));
    byId('step-last').addEventListener('click', () => t.goTo(t.steps.length));
    this.slider.addEventListener('input', () => t.goTo(Number(this.slider.value)));
  }

  update(): void {
    const t = this.t;
    this.slider.max = String(t.steps.length);
    this.slider.value = String(t.position);
    this.slider.setAttribute('aria-valuetext', `step ${t.position} of ${t.steps.length}`);
    this.label.textContent = `Step ${t.position} of ${t.steps.length}`;
    byId<HTMLButtonElement>('step-back').disabled = t.position === 0;
    byId<HTMLButtonElement>('step-first').disabled = t.position === 0;
    byId<HTMLButtonElement>('step-forward').disabled = t.position === t.steps.length;
    byId<HTMLButtonElement>('step-last').disabled = t.position === t.steps.length;
    const step = t.position > 0 ? t.steps[t.position - 1] : null;
    if (step === null) {
      this.changes.replaceChildren(h('p', {}, 'The empty state: no call made yet.'));
      return;
    }
    const items = step.changes.map((c) => h('li', { class: c[0] === '+' ? 'added' : c[0] === '-' ? 'gone' : 'altered' },
      h('span', { class: 'sr' }, c[0] === '+' ? 'added: ' : c[0] === '-' ? 'removed: ' : 'changed: '), c));
    this.changes.replaceChildren(h('p', {}, 'What ', h('code', {}, step.label), ' changed:'),
      items.length === 0 ? h('p', {}, 'nothing in the state tree') : h('ul', {}, ...items));
  }
}
