// Build time only: turns the safe Markdown subset authors write into the RichText tree.
// Anything outside the subset is an authoring error, reported in plain words, never passed through.
import { Lexer, type Token, type Tokens } from 'marked';
import type { Inline, RichBlock, RichText } from './richText';

export class MarkdownError extends Error {}

const allowedLink = /^(https:\/\/|http:\/\/|mailto:|tel:)/;

function inlineTokens(tokens: Token[] | undefined): Inline[] {
  const out: Inline[] = [];
  for (const token of tokens ?? []) {
    switch (token.type) {
      case 'text':
      case 'escape': {
        const text = token as Tokens.Text;
        if (text.tokens && text.tokens.length > 0) out.push(...inlineTokens(text.tokens));
        else out.push(text.text);
        break;
      }
      case 'em':
      case 'strong':
        out.push({ t: token.type, c: inlineTokens((token as Tokens.Em).tokens) });
        break;
      case 'link': {
        const link = token as Tokens.Link;
        if (!allowedLink.test(link.href)) {
          throw new MarkdownError(`link "${link.href}" must start with https://, http://, mailto: or tel:`);
        }
        out.push({ t: 'a', href: link.href, c: inlineTokens(link.tokens) });
        break;
      }
      case 'codespan':
        out.push({ t: 'code', v: (token as Tokens.Codespan).text });
        break;
      case 'br':
        out.push({ t: 'br' });
        break;
      case 'html':
        throw new MarkdownError(`raw HTML is not allowed: ${token.raw.trim()}`);
      default:
        throw new MarkdownError(`"${token.raw.trim()}" (${token.type}) is not in the Markdown subset`);
    }
  }
  return mergeAdjacentText(out);
}

function mergeAdjacentText(nodes: Inline[]): Inline[] {
  const merged: Inline[] = [];
  for (const node of nodes) {
    const last = merged[merged.length - 1];
    if (typeof node === 'string' && typeof last === 'string') merged[merged.length - 1] = last + node;
    else merged.push(node);
  }
  return merged;
}

function blockTokens(tokens: Token[]): RichText {
  const blocks: RichBlock[] = [];
  for (const token of tokens) {
    switch (token.type) {
      case 'space':
        break;
      case 'paragraph':
        blocks.push({ t: 'p', c: inlineTokens((token as Tokens.Paragraph).tokens) });
        break;
      case 'text': // the body of a tight list item
        blocks.push({ t: 'p', c: inlineTokens((token as Tokens.Text).tokens ?? [token]) });
        break;
      case 'list': {
        const list = token as Tokens.List;
        blocks.push({ t: list.ordered ? 'ol' : 'ul', items: list.items.map((item) => blockTokens(item.tokens)) });
        break;
      }
      case 'html':
        throw new MarkdownError(`raw HTML is not allowed: ${token.raw.trim()}`);
      case 'heading':
        throw new MarkdownError('headings come from page and block titles, not from Markdown');
      default:
        throw new MarkdownError(`"${token.raw.trim().slice(0, 40)}" (${token.type}) is not in the Markdown subset`);
    }
  }
  return blocks;
}

export function parseRichText(markdown: string): RichText {
  return blockTokens(Lexer.lex(markdown));
}

/** One line of inline Markdown (titles, options, list items): no paragraphs or lists. */
export function parseInline(markdown: string): Inline[] {
  const blocks = parseRichText(markdown);
  const only = blocks[0];
  if (blocks.length !== 1 || only === undefined || only.t !== 'p') {
    throw new MarkdownError('must be one line of text (no blank lines or lists)');
  }
  return only.c;
}
