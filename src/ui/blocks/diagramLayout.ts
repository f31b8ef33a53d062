// Where the boxes, lines and words of a diagram block go, in SVG user units: pure arithmetic from the content's
// labels, so the drawing can be tested without a browser. Two sizes: wide (a 640-unit-wide drawing for screens
// from about 40rem) and narrow (340 units, for phones), so labels stay at a readable size on both.

export interface DiagramBox {
  x: number;
  y: number;
  width: number;
  height: number;
  lines: string[];
  kind: 'node' | 'center';
}

export interface DiagramLayout {
  width: number;
  height: number;
  boxes: DiagramBox[];
  /** Straight connectors, [x1, y1, x2, y2]; those with an arrowhead end at (x2, y2). */
  connectors: { points: [number, number, number, number]; arrow: boolean }[];
  /** The frame around a hub's nodes, when there is one. */
  group: { x: number; y: number; width: number; height: number } | null;
  fontSize: number;
  lineHeight: number;
}

export type DiagramSize = 'wide' | 'narrow';

const PADDING = 12;
const GAP = 16;

/** Breaks a label into lines of at most `maxChars` characters, at spaces (a longer word keeps its own line). */
export function wrapLabel(label: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(/\s+/).filter(Boolean)) {
    if (line === '') line = word;
    else if (`${line} ${word}`.length <= maxChars) line = `${line} ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** About how many characters of the diagram's font fit across a box this wide. */
const charsAcross = (width: number, fontSize: number) => Math.max(8, Math.floor((width - 2 * PADDING) / (fontSize * 0.56)));

function boxHeight(lines: number, lineHeight: number): number {
  return lines * lineHeight + 2 * PADDING;
}

/** One node leads to the next: a row of boxes with arrows (wide), or a column of them (narrow). */
export function chainLayout(labels: string[], size: DiagramSize): DiagramLayout {
  const fontSize = 16;
  const lineHeight = 21;
  const arrowGap = size === 'wide' ? 44 : 36;
  const width = size === 'wide' ? 640 : 340;
  const boxes: DiagramBox[] = [];
  const connectors: DiagramLayout['connectors'] = [];
  if (size === 'wide') {
    const boxWidth = (width - (labels.length - 1) * arrowGap) / labels.length;
    const wrapped = labels.map((label) => wrapLabel(label, charsAcross(boxWidth, fontSize)));
    const height = boxHeight(Math.max(...wrapped.map((l) => l.length)), lineHeight);
    wrapped.forEach((lines, i) => {
      const x = i * (boxWidth + arrowGap);
      boxes.push({ x, y: 0, width: boxWidth, height, lines, kind: 'node' });
      if (i > 0) connectors.push({ points: [x - arrowGap + 6, height / 2, x - 6, height / 2], arrow: true });
    });
    return { width, height, boxes, connectors, group: null, fontSize, lineHeight };
  }
  let y = 0;
  labels.forEach((label, i) => {
    const lines = wrapLabel(label, charsAcross(width, fontSize));
    if (i > 0) {
      connectors.push({ points: [width / 2, y + 6, width / 2, y + arrowGap - 6], arrow: true });
      y += arrowGap;
    }
    const height = boxHeight(lines.length, lineHeight);
    boxes.push({ x: 0, y, width, height, lines, kind: 'node' });
    y += height;
  });
  return { width, height: y, boxes, connectors, group: null, fontSize, lineHeight };
}

/** Nodes around a centre: the centre on top, joined to a frame that holds every node in a grid. */
export function hubLayout(center: string, labels: string[], size: DiagramSize): DiagramLayout {
  const fontSize = size === 'wide' ? 15 : 14;
  const lineHeight = size === 'wide' ? 20 : 18;
  const width = size === 'wide' ? 640 : 340;
  const columns = size === 'wide' ? 3 : 2;
  const boxes: DiagramBox[] = [];
  const centerWidth = Math.min(width, 320);
  const centerLines = wrapLabel(center, charsAcross(centerWidth, fontSize + 1));
  const centerHeight = boxHeight(centerLines.length, lineHeight);
  boxes.push({ x: (width - centerWidth) / 2, y: 0, width: centerWidth, height: centerHeight, lines: centerLines, kind: 'center' });

  const stem = 32;
  const groupTop = centerHeight + stem;
  const inner = width - 2 * GAP;
  const cellWidth = (inner - (columns - 1) * GAP) / columns;
  const wrapped = labels.map((label) => wrapLabel(label, charsAcross(cellWidth, fontSize)));
  let y = groupTop + GAP;
  for (let row = 0; row * columns < wrapped.length; row++) {
    const cells = wrapped.slice(row * columns, row * columns + columns);
    const height = boxHeight(Math.max(...cells.map((l) => l.length)), lineHeight);
    cells.forEach((lines, col) => boxes.push({ x: GAP + col * (cellWidth + GAP), y, width: cellWidth, height, lines, kind: 'node' }));
    y += height + GAP;
  }
  const group = { x: 0, y: groupTop, width, height: y - groupTop };
  return {
    width,
    height: y,
    boxes,
    connectors: [{ points: [width / 2, centerHeight, width / 2, groupTop], arrow: false }],
    group,
    fontSize,
    lineHeight,
  };
}
