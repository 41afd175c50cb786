import { h } from '../dom';
import type { TreeLine } from '../flatten';

/** The state tree: one list item per line, indented by depth; what the last step changed is marked. */
export function renderStateTree(box: HTMLElement, lines: readonly TreeLine[], changes: readonly string[]): void {
  const changed = new Set(changes.filter((c) => !c.startsWith('- ')).map((c) => c.slice(2).replace(/ \(was: .*\)$/, '')));
  const list = h('ul', { class: 'tree', 'aria-label': 'state tree' });
  for (const l of lines) {
    const mark = changed.has(l.text);
    list.append(h('li', { 'data-key': l.key, 'data-depth': l.depth, class: mark ? 'changed' : '', style: `padding-left:${l.depth * 1.2}em` },
      mark ? h('span', { class: 'mark', title: 'changed by the last step' }, '● ') : '', l.text, mark ? h('span', { class: 'sr' }, ' (changed)') : ''));
  }
  const removed = changes.filter((c) => c.startsWith('- '));
  box.replaceChildren(list);
  if (removed.length > 0) {
    box.append(h('p', { class: 'removed' }, `Gone since the step before: ${removed.map((r) => r.slice(2)).join('; ')}`));
  }
}
