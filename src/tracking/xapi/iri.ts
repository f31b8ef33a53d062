/** An IRI below another: a URN continues with ":", a URL with "/"; each segment is percent-encoded. */
export function childIri(parent: string, ...segments: string[]): string {
  const separator = parent.startsWith('urn:') ? ':' : '/';
  return [parent, ...segments.map(encodeURIComponent)].join(separator);
}
