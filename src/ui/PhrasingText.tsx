import type { RichText } from '../content/richText';
import { richToText } from '../content/richText';
import { InlineText } from './RichText';

/** Rich text inside a <legend> or <label>, which allow only phrasing content: paragraphs become block spans. */
export function PhrasingText({ blocks }: { blocks: RichText }) {
  return (
    <>
      {blocks.map((block, i) => (
        <span key={i} className="stem-paragraph">
          {block.t === 'p' ? <InlineText nodes={block.c} /> : richToText([block])}
        </span>
      ))}
    </>
  );
}
