import { h, s } from '../dom';
import type { Machine, MachineState } from '../machines';

const W = 110;
const HGT = 34;

function edgePath(m: Machine, from: string, to: string): string {
  const a = m.nodes.find((n) => n.id === from);
  const b = m.nodes.find((n) => n.id === to);
  if (a === undefined || b === undefined) return '';
  if (from === to) return `M ${a.x - 20} ${a.y - HGT / 2} C ${a.x - 30} ${a.y - 55}, ${a.x + 30} ${a.y - 55}, ${a.x + 20} ${a.y - HGT / 2}`;
  // From the edge of one box to the edge of the other, bent a little so that two-way edges do not overlap.
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const len = Math.hypot(dx, dy);
  const cut = (ux: number, uy: number): number => Math.min(W / 2 / Math.max(Math.abs(ux), 1e-9), HGT / 2 / Math.max(Math.abs(uy), 1e-9));
  const ux = dx / len;
  const uy = dy / len;
  const c = cut(ux, uy) + 4;
  const x1 = a.x + ux * c;
  const y1 = a.y + uy * c;
  const x2 = b.x - ux * c;
  const y2 = b.y - uy * c;
  const mx = (x1 + x2) / 2 - uy * 12;
  const my = (y1 + y2) / 2 + ux * 12;
  return `M ${x1.toFixed(1)} ${y1.toFixed(1)} Q ${mx.toFixed(1)} ${my.toFixed(1)} ${x2.toFixed(1)} ${y2.toFixed(1)}`;
}

/**
 * A state machine as SVG: the current state drawn thick with a "▶" and "(current)" in its label, the last
 * transition's edges dashed and thick with "last" in their titles; a caption says both in words.
 */
export function renderDiagram(box: HTMLElement, m: Machine, who: string, current: MachineState | null, lastEdges: readonly string[], lastCall: string): void {
  const id = m.title.toLowerCase();
  const svg = s('svg', { viewBox: '0 0 600 290', role: 'img', 'aria-labelledby': `${id}-caption`, class: 'machine', 'data-machine': id });
  svg.append(s('defs', {}, s('marker', { id: `${id}-arrow`, viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse' },
    s('path', { d: 'M 0 0 L 10 5 L 0 10 z', class: 'arrowhead' }))));
  for (const e of m.edges) {
    const key = `${e.from}>${e.to}`;
    const last = lastEdges.includes(key);
    svg.append(s('path', { d: edgePath(m, e.from, e.to), class: last ? 'edge last' : 'edge', 'data-edge': key, 'marker-end': `url(#${id}-arrow)` },
      s('title', {}, `${e.from} → ${e.to}: ${e.label}${last ? ' (last transition)' : ''}`)));
  }
  for (const n of m.nodes) {
    const cur = current !== null && current.state === n.id;
    svg.append(s('g', { class: cur ? 'node current' : 'node', 'data-state': n.id, 'aria-current': cur ? 'true' : undefined },
      s('rect', { x: n.x - W / 2, y: n.y - HGT / 2, width: W, height: HGT, rx: 8 }),
      s('text', { x: n.x, y: n.y + 5, 'text-anchor': 'middle' }, cur ? `▶ ${n.label}` : n.label)));
  }
  const where = current === null ? `no ${id} selected` : `${who}: ${m.nodes.find((n) => n.id === current.state)?.label ?? current.state}${current.detail === '' ? '' : ` (${current.detail})`}`;
  const moved = lastEdges.length === 0 ? 'the last step did not move it' : `last transition ${lastEdges.map((e) => e.replace('>', ' → ')).join(', ')} by ${lastCall}`;
  box.replaceChildren(h('h3', {}, m.title), svg, h('p', { id: `${id}-caption`, class: 'caption', 'data-current': current?.state ?? '' }, `${m.title} state machine. Current: ${where}; ${moved}.`));
}
