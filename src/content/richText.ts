// The small document tree that authored Markdown becomes at build time, so the player ships no parser.
export type Inline =
  string | { t: 'em' | 'strong'; c: Inline[] } | { t: 'a'; href: string; c: Inline[] } | { t: 'code'; v: string } | { t: 'br' };

export type RichBlock = { t: 'p'; c: Inline[] } | { t: 'ul' | 'ol'; items: RichText[] };

export type RichText = RichBlock[];

/** Plain text of inline content, for document titles, ARIA names and the word count. */
export function inlineToText(nodes: Inline[]): string {
  return nodes
    .map((node) => {
      if (typeof node === 'string') return node;
      if (node.t === 'br') return ' ';
      if (node.t === 'code') return node.v;
      return inlineToText(node.c);
    })
    .join('');
}

export function richToText(blocks: RichText): string {
  return blocks.map((block) => (block.t === 'p' ? inlineToText(block.c) : block.items.map(richToText).join('\n'))).join('\n');
}
