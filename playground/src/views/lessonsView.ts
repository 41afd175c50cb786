import { byId, h } from '../dom';
import { EXERCISES } from '../exercises';
import { Chapter, LESSONS } from '../lessons';

/**
 * The lessons (the tour, and every code of JetEndSession) as guided steps, a chapter at a time: its text, its
 * script, a button that runs it (from the empty state when the chapter says so); and the exercises, each marked
 * "✓ solved" or "not solved yet" in words.
 */
export class LessonsView {
  private lesson = 0;
  private chapter = 0;
  private readonly solved = new Set<string>();

  constructor(
    private readonly runScript: (code: string, origin: string) => void,
    private readonly loadScript: (code: string) => void,
    private readonly reset: () => void,
  ) {
    const pick = byId<HTMLSelectElement>('lesson-pick');
    pick.append(...LESSONS.map((l, i) => h('option', { value: String(i) }, l.title)));
    pick.addEventListener('change', () => {
      this.lesson = Number(pick.value);
      this.go(0);
    });
    byId('lesson-run').addEventListener('click', () => {
      const c = this.current();
      if (c.fresh === true) this.reset();
      this.runScript(c.script, `lesson chapter ${c.title}`);
      byId('lesson-done').textContent = `✓ ran: ${c.title}`;
      if (this.chapter < this.chapters().length - 1) this.go(this.chapter + 1);
    });
    byId('lesson-prev').addEventListener('click', () => this.go(this.chapter - 1));
    byId('lesson-next').addEventListener('click', () => this.go(this.chapter + 1));
    byId('lesson-load').addEventListener('click', () => this.loadScript(this.current().script));
    this.go(0);
    this.renderExercises();
  }

  private chapters(): readonly Chapter[] {
    return LESSONS[this.lesson].chapters;
  }

  private current(): Chapter {
    return this.chapters()[this.chapter];
  }

  go(n: number): void {
    const all = this.chapters();
    this.chapter = Math.max(0, Math.min(all.length - 1, n));
    const c = all[this.chapter];
    byId('lesson-title').textContent = `${c.title} (chapter ${this.chapter + 1} of ${all.length})`;
    byId('lesson-text').textContent = c.text;
    byId('lesson-code').textContent = c.script;
    byId<HTMLButtonElement>('lesson-prev').disabled = this.chapter === 0;
    byId<HTMLButtonElement>('lesson-next').disabled = this.chapter === all.length - 1;
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
