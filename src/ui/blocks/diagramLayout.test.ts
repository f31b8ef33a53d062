import { describe, expect, it } from 'vitest';
import { chainLayout, hubLayout, wrapLabel, type DiagramBox } from './diagramLayout';

const overlaps = (a: DiagramBox, b: DiagramBox) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const noOverlaps = (boxes: DiagramBox[]) => boxes.every((a, i) => boxes.every((b, j) => i === j || !overlaps(a, b)));
const inside = (boxes: DiagramBox[], width: number, height: number) =>
  boxes.every((b) => b.x >= 0 && b.y >= 0 && b.x + b.width <= width + 0.01 && b.y + b.height <= height + 0.01);

const partners = [
  'Local, state, tribal (if applicable), and federal law enforcement',
  'Child welfare systems',
  'Courts',
  'Service organizations (such as Rotary Club, Kiwanis, Chamber of Commerce)',
  'Business leaders',
];

describe('diagram layout', () => {
  it('wraps labels at spaces, keeping every word', () => {
    expect(wrapLabel('Domestic violence shelters and service providers', 20)).toEqual([
      'Domestic violence',
      'shelters and service',
      'providers',
    ]);
    expect(wrapLabel('Courts', 20)).toEqual(['Courts']);
  });

  it('lays a chain out in a row on a wide screen and in a column on a phone, joined by arrows', () => {
    for (const size of ['wide', 'narrow'] as const) {
      const layout = chainLayout(['Task group', 'Task team', 'Task force'], size);
      expect(layout.boxes.map((b) => b.lines.join(' '))).toEqual(['Task group', 'Task team', 'Task force']);
      expect(layout.connectors).toHaveLength(2);
      expect(layout.connectors.every((c) => c.arrow)).toBe(true);
      expect(noOverlaps(layout.boxes)).toBe(true);
      expect(inside(layout.boxes, layout.width, layout.height)).toBe(true);
    }
    const wide = chainLayout(['A', 'B', 'C'], 'wide');
    expect(new Set(wide.boxes.map((b) => b.y)).size).toBe(1);
    const narrow = chainLayout(['A', 'B', 'C'], 'narrow');
    expect(new Set(narrow.boxes.map((b) => b.x)).size).toBe(1);
  });

  it('puts a hub’s centre on top, joined to a frame holding every node, none overlapping', () => {
    for (const size of ['wide', 'narrow'] as const) {
      const layout = hubLayout('Your partnership', partners, size);
      const [center, ...nodes] = layout.boxes;
      expect(center!.kind).toBe('center');
      expect(nodes.map((b) => b.lines.join(' '))).toEqual(partners);
      expect(noOverlaps(layout.boxes)).toBe(true);
      expect(inside(layout.boxes, layout.width, layout.height)).toBe(true);
      const group = layout.group!;
      expect(nodes.every((b) => b.y >= group.y && b.y + b.height <= group.y + group.height)).toBe(true);
      expect(layout.connectors[0]!.points).toEqual([layout.width / 2, center!.height, layout.width / 2, group.y]);
    }
  });
});
