// Two to four views of one topic (the law enforcement view, the service provider view), one shown at a time:
// the WAI-ARIA tabs pattern, with the arrow keys, Home and End moving between tabs and selecting them.
import { useId, useRef, useState, type KeyboardEvent } from 'react';
import type { BlockOf } from '../../content/schema';
import { RichText } from '../RichText';
import { BlockSource, BlockTitle } from './BlockParts';

export function Tabs({ block }: { block: BlockOf<'tabs'> }) {
  const id = useId();
  const [selected, setSelected] = useState(0);
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const count = block.tabs.length;
  const select = (index: number) => {
    setSelected(index);
    tabs.current[index]?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const moves: Record<string, number> = { ArrowRight: selected + 1, ArrowLeft: selected - 1 + count, Home: 0, End: count - 1 };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    select(target % count);
  };
  return (
    <section
      className="tabs"
      aria-labelledby={block.title ? `${id}-title` : undefined}
      aria-label={block.title ? undefined : block.tabs.map((t) => t.label).join(' and ')}
    >
      <BlockTitle title={block.title} id={`${id}-title`} />
      <div
        role="tablist"
        className="tab-list"
        aria-labelledby={block.title ? `${id}-title` : undefined}
        aria-label={block.title ? undefined : 'Views'}
      >
        {block.tabs.map((tab, i) => (
          <button
            key={i}
            ref={(el) => {
              tabs.current[i] = el;
            }}
            type="button"
            role="tab"
            id={`${id}-tab-${i}`}
            aria-selected={i === selected}
            aria-controls={`${id}-panel-${i}`}
            tabIndex={i === selected ? 0 : -1}
            className="tab"
            onClick={() => select(i)}
            onKeyDown={onKeyDown}
          >
            {tab.label}
          </button>
        ))}
      </div>
      {block.tabs.map((tab, i) => (
        <div
          key={i}
          role="tabpanel"
          id={`${id}-panel-${i}`}
          aria-labelledby={`${id}-tab-${i}`}
          tabIndex={0}
          hidden={i !== selected}
          className="tab-panel"
        >
          <RichText blocks={tab.md} />
        </div>
      ))}
      <BlockSource source={block.source} />
    </section>
  );
}
