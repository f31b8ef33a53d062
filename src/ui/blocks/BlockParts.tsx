// What every titled block shares: its h2 (when it has a title), the level of the headings inside it, and the
// "Source:" line under it.
import type { Inline } from '../../content/richText';
import { InlineText } from '../RichText';

/** Headings inside a block sit one level under the block's own title, or under the page's h1 when it has none. */
export function innerHeading(title: Inline[] | undefined): 'h2' | 'h3' {
  return title ? 'h3' : 'h2';
}

export function BlockTitle({ title, id }: { title: Inline[] | undefined; id?: string }) {
  return title ? (
    <h2 id={id} className="block-title">
      <InlineText nodes={title} />
    </h2>
  ) : null;
}

export function BlockSource({ source }: { source: Inline[] | undefined }) {
  return source ? (
    <p className="source">
      Source: <InlineText nodes={source} />
    </p>
  ) : null;
}
