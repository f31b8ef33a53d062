// A labelled diagram drawn from the content file's data (diagramLayout.ts places it). The drawing is one image
// with a text alternative that says what it shows in words; each node's detail is written out under it, where
// it reflows and zooms like any text. Two drawings are made, wide and narrow, and CSS shows the one that fits.
import { useId } from 'react';
import type { BlockOf } from '../../content/schema';
import { inlineToText } from '../../content/richText';
import { InlineText } from '../RichText';
import { BlockSource } from './BlockParts';
import { chainLayout, hubLayout, type DiagramLayout, type DiagramSize } from './diagramLayout';

/** What the drawing shows, in one sentence, for the image's text alternative. */
export function diagramAlt(block: BlockOf<'diagram'>): string {
  const labels = block.nodes.map((node) => node.label);
  const title = inlineToText(block.title);
  if (block.layout === 'chain') return `${title}: ${labels.join(', then ')}.`;
  return `${title}: ${block.center}, joined with ${labels.length} partners: ${labels.join('; ')}.`;
}

function Drawing({ layout, size, alt, markerId }: { layout: DiagramLayout; size: DiagramSize; alt: string; markerId: string }) {
  return (
    <svg
      className={`diagram-drawing diagram-${size}`}
      viewBox={`-2 -2 ${layout.width + 4} ${layout.height + 4}`}
      role="img"
      aria-label={alt}
    >
      <defs>
        <marker id={markerId} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path d="M 0 0 L 10 5 L 0 10 z" className="diagram-arrowhead" />
        </marker>
      </defs>
      {layout.group && (
        <rect
          className="diagram-group"
          x={layout.group.x}
          y={layout.group.y}
          width={layout.group.width}
          height={layout.group.height}
          rx={14}
        />
      )}
      {layout.connectors.map(({ points: [x1, y1, x2, y2], arrow }, i) => (
        <line key={i} className="diagram-connector" x1={x1} y1={y1} x2={x2} y2={y2} markerEnd={arrow ? `url(#${markerId})` : undefined} />
      ))}
      {layout.boxes.map((box, i) => {
        const textTop = box.y + box.height / 2 - ((box.lines.length - 1) * layout.lineHeight) / 2;
        return (
          <g key={i} className={`diagram-box diagram-${box.kind}`}>
            <rect x={box.x} y={box.y} width={box.width} height={box.height} rx={10} />
            <text x={box.x + box.width / 2} y={textTop} fontSize={layout.fontSize} textAnchor="middle" dominantBaseline="central">
              {box.lines.map((line, j) => (
                <tspan key={j} x={box.x + box.width / 2} y={textTop + j * layout.lineHeight}>
                  {line}
                </tspan>
              ))}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

export function Diagram({ block }: { block: BlockOf<'diagram'> }) {
  const id = useId();
  const labels = block.nodes.map((node) => node.label);
  const layout = (size: DiagramSize) =>
    block.layout === 'chain' ? chainLayout(labels, size) : hubLayout(block.center ?? '', labels, size);
  const alt = diagramAlt(block);
  const details = block.nodes.filter((node) => node.detail);
  return (
    <figure className="diagram" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`} className="diagram-caption">
        <InlineText nodes={block.title} />
      </figcaption>
      <Drawing layout={layout('wide')} size="wide" alt={alt} markerId={`${id}-arrow-wide`} />
      <Drawing layout={layout('narrow')} size="narrow" alt={alt} markerId={`${id}-arrow-narrow`} />
      {details.length > 0 && (
        <dl className="diagram-details">
          {details.map((node, i) => (
            <div key={i}>
              <dt>{node.label}</dt>
              <dd>
                <InlineText nodes={node.detail!} />
              </dd>
            </div>
          ))}
        </dl>
      )}
      <BlockSource source={block.source} />
    </figure>
  );
}
