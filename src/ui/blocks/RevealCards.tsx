// Cards that show a name and reveal what it means when pressed: a disclosure button per card, announced as
// expanded or collapsed, with the revealed text right after it in reading order.
import { useId, useState } from 'react';
import type { BlockOf } from '../../content/schema';
import { Icon } from '../icons/Icon';
import { InlineText, RichText } from '../RichText';
import { BlockSource, BlockTitle, innerHeading } from './BlockParts';

export function RevealCards({ block }: { block: BlockOf<'revealCards'> }) {
  const id = useId();
  const [open, setOpen] = useState<ReadonlySet<number>>(new Set());
  const toggle = (i: number) =>
    setOpen((was) => {
      const next = new Set(was);
      if (!next.delete(i)) next.add(i);
      return next;
    });
  const CardHeading = innerHeading(block.title);
  return (
    <section
      className="reveal-cards"
      aria-labelledby={block.title ? `${id}-title` : undefined}
      aria-label={block.title ? undefined : 'Cards to reveal'}
    >
      <BlockTitle title={block.title} id={`${id}-title`} />
      <p className="hint">Press a card to reveal it.</p>
      <ul className="card-grid">
        {block.cards.map((card, i) => (
          <li key={i} className={open.has(i) ? 'reveal-card reveal-card-open' : 'reveal-card'}>
            <CardHeading className="reveal-card-front">
              <button type="button" aria-expanded={open.has(i)} aria-controls={`${id}-card-${i}`} onClick={() => toggle(i)}>
                <span>
                  <InlineText nodes={card.front} />
                </span>
                <Icon name="chevron-down" className="reveal-chevron" />
              </button>
            </CardHeading>
            <div id={`${id}-card-${i}`} className="reveal-card-back" hidden={!open.has(i)}>
              <RichText blocks={card.back} />
            </div>
          </li>
        ))}
      </ul>
      <BlockSource source={block.source} />
    </section>
  );
}
