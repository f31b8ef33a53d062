const XML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Escapes text for use both as element content and inside a double- or single-quoted attribute. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => XML_ENTITIES[char] ?? char);
}

/** Indents every line of a nested block so callers can write fragments starting at column 0. */
export function indentLines(lines: readonly string[], depth: number): string[] {
  const prefix = '  '.repeat(depth);
  return lines.map((line) => prefix + line);
}
