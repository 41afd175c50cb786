import { byId, h } from '../dom';
import { EXERCISES } from '../exercises';
import { TOUR } from '../lessons';

/**
 * The tour as a guided lesson (a chapter at a time: its text, its script, a button that runs it) and the exercises,
 * each marked "✓ solved" or "not solved yet" in words.
 */
export class LessonsView {
  private chapter = 0;
  private readonly solved = new Set<string>();

  constructor(private readonly runScript: (code: string, origin: string) => void, private readonly loadScript: (code: string) => void) {
    byId('lesson-run').addEventListener('click', () => {
      const c = TOUR[this.chapter];
      this.runScript(c.script, `lesson chapter ${c.title}`);
      byId('lesson-done').textContent = `✓ ran: ${c.title}`;
      if (this.chapter < TOUR.length - 1) this.go(this.chapter + 1);
    });
    byId('lesson-prev').addEventListener('click', () => this.go(this.chapter - 1));
    byId('lesson-next').addEventListener('click', () => this.go(this.chapter + 1));
    byId('lesson-load').addEventListener('click', () => this.loadScript(TOUR[this.chapter].script));
    this.go(0);
    this.renderExercises();
  }

  go(n: number): void {
    this.chapter = Math.max(0, Math.min(TOUR.length - 1, n));
    const c = TOUR[this.chapter];
    byId('lesson-title').textContent = `${c.title} (chapter ${this.chapter + 1} of ${TOUR.length})`;
    byId('lesson-text').textContent = c.text;
    byId('lesson-code').textContent = c.script;
    byId<HTMLButtonElement>('lesson-prev').disabled = this.chapter === 0;
    byId<HTMLButtonElement>('lesson-next').disabled = this.chapter === TOUR.length - 1;
  }

  markSolved(id: string): void {
    if (this.solved.has(id)) return;
    this.solved.add(id);
    this.renderExercises();
    const ex = EXERCISES.find((e) => e.id === id);
    byId('exercise-news').textContent = ex === undefined ? '' : `✓ Exercise solved: ${ex.title}`;
  }

  private renderExercises(): void {
    byId('exercises').replaceChildren(...EXERCISES.map((e) => {
      const done = this.solved.has(e.id);
      return h('li', { 'data-exercise': e.id, 'data-solved': done ? 'yes' : 'no', class: done ? 'solved' : '' },
        h('strong', {}, done ? '✓ solved: ' : '○ not solved yet: '), e.title,
        h('details', {}, h('summary', {}, 'hint'), e.hint));
    }));
  }
}
