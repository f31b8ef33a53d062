// Saved state refers to pages, activities and questions by a short key derived from their stable id, so
// a record stays small (SCORM 1.2 allows 4096 characters) and still survives reordering of the content.
// The build fails if two ids of one course share a key.
const KEY_SPACE = 36 ** 4;

export function shortKey(id: string): string {
  let hash = 0x811c9dc5; // FNV-1a, 32 bit
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return (hash % KEY_SPACE).toString(36).padStart(4, '0');
}

export const SHORT_KEY_LENGTH = 4;
