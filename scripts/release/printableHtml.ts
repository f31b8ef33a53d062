// A Markdown document as one self-contained HTML page that reads well on screen and prints well (A4 or Letter):
// no external style sheet, script, font or image, so it opens from a shared drive or an email attachment.
// Headings get the ids GitHub gives them, so the document's own "#section" links work in the page as on GitHub.
// Links to other files of the project become plain text: the page travels without the project beside it.
import { Marked, type Tokens } from 'marked';
import { escapeHtml } from '../html';

/** GitHub's heading id: lower case, punctuation dropped, spaces to hyphens ("1. Choose a package" → "1-choose-a-package"). */
export function headingId(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

const isWebOrAnchor = (href: string) => /^(https?:|mailto:|#)/i.test(href);

const STYLE = `
:root { color-scheme: light; }
body { font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: #1a1a1a; background: #fff;
  max-width: 52rem; margin: 0 auto; padding: 2rem 1.25rem 4rem; }
h1, h2, h3, h4 { line-height: 1.25; margin: 2rem 0 0.75rem; }
h1 { font-size: 1.9rem; margin-top: 0; }
h2 { font-size: 1.45rem; border-bottom: 1px solid #c8c8c8; padding-bottom: 0.25rem; }
h3 { font-size: 1.2rem; }
a { color: #0b4f9c; }
a:focus-visible { outline: 3px solid #0b4f9c; outline-offset: 2px; }
code { font: 0.9em/1.4 ui-monospace, "Cascadia Mono", Consolas, monospace; background: #f2f2f2; padding: 0.1em 0.3em; border-radius: 3px; }
pre { background: #f2f2f2; padding: 0.75rem 1rem; border-radius: 4px; white-space: pre-wrap; overflow-wrap: anywhere; }
pre code { background: none; padding: 0; }
table { border-collapse: collapse; width: 100%; margin: 1rem 0; font-size: 0.95rem; }
th, td { border: 1px solid #b0b0b0; padding: 0.4rem 0.55rem; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
@media (max-width: 40rem) { body { padding: 1rem 0.75rem 3rem; } th, td { padding: 0.3rem 0.35rem; hyphens: auto; } }
th { background: #eef1f5; }
blockquote { margin: 1rem 0; padding: 0.25rem 1rem; border-left: 4px solid #b0b0b0; color: #333; }
@media print {
  @page { margin: 18mm 16mm; }
  body { font-size: 11pt; max-width: none; padding: 0; }
  h1, h2, h3, h4 { break-after: avoid; }
  table, pre, blockquote, tr { break-inside: avoid; }
  a { color: inherit; }
  a[href^="http"]::after { content: " (" attr(href) ")"; font-size: 0.85em; word-break: break-all; }
}
`;

/** The whole page; the first level-1 heading is its title. */
export function printableHtml(markdown: string): string {
  const usedIds = new Map<string, number>();
  let title = '';
  const marked = new Marked({
    gfm: true,
    renderer: {
      heading({ tokens, depth }: Tokens.Heading) {
        const inner = this.parser.parseInline(tokens);
        const text = this.parser.parseInline(tokens, this.parser.textRenderer);
        const base = headingId(text);
        const seen = usedIds.get(base) ?? 0;
        usedIds.set(base, seen + 1);
        if (depth === 1 && title === '') title = text;
        return `<h${depth} id="${seen === 0 ? base : `${base}-${seen}`}">${inner}</h${depth}>\n`;
      },
      link({ href, title: linkTitle, tokens }: Tokens.Link) {
        const inner = this.parser.parseInline(tokens);
        if (!isWebOrAnchor(href)) return inner;
        return `<a href="${escapeHtml(href)}"${linkTitle ? ` title="${escapeHtml(linkTitle)}"` : ''}>${inner}</a>`;
      },
    },
  });
  const body = marked.parse(markdown, { async: false });
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${body}</main>
</body>
</html>
`;
}
