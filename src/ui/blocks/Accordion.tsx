// Parts of a passage the learner opens one at a time, on the browser's own <details>: keyboard operable and
// announced as expanded or collapsed with no script.
import type { BlockOf } from '../../content/schema';
import { Icon } from '../icons/Icon';
import { InlineText, RichText } from '../RichText';
import { BlockSource, BlockTitle } from './BlockParts';

export function Accordion({ block }: { block: BlockOf<'accordion'> }) {
  return (
    <section className="accordion" aria-label={block.title ? undefined : 'Open each part to read it'}>
      <BlockTitle title={block.title} />
      <p className="hint">Open each part to read it.</p>
      {block.items.map((item, i) => (
        <details key={i} className="accordion-item">
          <summary>
            <span className="accordion-title">
              <InlineText nodes={item.title} />
            </span>
            <Icon name="chevron-down" className="accordion-chevron" />
          </summary>
          <div className="accordion-panel">
            <RichText blocks={item.md} />
          </div>
        </details>
      ))}
      <BlockSource source={block.source} />
    </section>
  );
}
