// Blocks that only present content.
import { useId } from 'react';
import type { BlockOf } from '../../content/schema';
import { chooseDetails, useHideDetails } from '../HideDetailsContext';
import { InlineText, RichText } from '../RichText';

export function TextBlock({ block }: { block: BlockOf<'text'> }) {
  return <RichText blocks={chooseDetails(useHideDetails(), block.md, block.withoutDetails)} />;
}

export function KeyPoints({ block }: { block: BlockOf<'keyPoints'> }) {
  return (
    <section className="key-points" aria-label={block.title ? undefined : 'Key points'}>
      {block.title && (
        <h2>
          <InlineText nodes={block.title} />
        </h2>
      )}
      <ul>
        {block.items.map((item, i) => (
          <li key={i}>
            <InlineText nodes={item} />
          </li>
        ))}
      </ul>
      {block.source && (
        <p className="source">
          Source: <InlineText nodes={block.source} />
        </p>
      )}
    </section>
  );
}

export function Comparison({ block }: { block: BlockOf<'comparison'> }) {
  return (
    <section className="comparison">
      {block.title && (
        <h2>
          <InlineText nodes={block.title} />
        </h2>
      )}
      <div className="comparison-columns">
        {block.columns.map((column, i) => (
          <section key={i} className="comparison-column">
            <h3>
              <InlineText nodes={column.heading} />
            </h3>
            <ul>
              {column.items.map((item, j) => (
                <li key={j}>
                  <InlineText nodes={item} />
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
      {block.source && (
        <p className="source">
          Source: <InlineText nodes={block.source} />
        </p>
      )}
    </section>
  );
}

const toneLabel = { note: 'Note', important: 'Important', source: 'Source' } as const;

export function Callout({ block }: { block: BlockOf<'callout'> }) {
  // An aside is a landmark: it is named by its title, or by its tone when it has none.
  const id = useId();
  return (
    <aside
      className={`callout callout-${block.tone}`}
      aria-labelledby={block.title ? `${id}-title` : undefined}
      aria-label={block.title ? undefined : toneLabel[block.tone]}
    >
      {block.title && (
        <h2 className="callout-title" id={`${id}-title`}>
          <InlineText nodes={block.title} />
        </h2>
      )}
      <RichText blocks={block.md} />
    </aside>
  );
}

export function Quote({ block }: { block: BlockOf<'quote'> }) {
  return (
    <figure className="quote">
      <blockquote>
        <RichText blocks={block.md} />
      </blockquote>
      <figcaption>
        — <InlineText nodes={block.attribution} />
      </figcaption>
    </figure>
  );
}

export function ImageBlock({ block }: { block: BlockOf<'image'> }) {
  return (
    <figure className="image">
      <img src={`images/${block.src}`} alt={block.alt} />
      {block.caption && (
        <figcaption>
          <InlineText nodes={block.caption} />
        </figcaption>
      )}
    </figure>
  );
}

export function LinkCard({ block }: { block: BlockOf<'linkCard'> }) {
  return (
    <section className="link-card" aria-label={block.title}>
      <h2>{block.title}</h2>
      <p className="publisher">{block.publisher}</p>
      <RichText blocks={block.description} />
      {block.watchFor && (
        <>
          <h3>What to watch for</h3>
          <ul>
            {block.watchFor.map((item, i) => (
              <li key={i}>
                <InlineText nodes={item} />
              </li>
            ))}
          </ul>
        </>
      )}
      <p>
        <a className="button-link" href={block.href} target="_blank" rel="noopener noreferrer">
          Open “{block.title}” on {new URL(block.href).hostname.replace(/^www\./, '')} (opens in a new window)
        </a>
      </p>
    </section>
  );
}
