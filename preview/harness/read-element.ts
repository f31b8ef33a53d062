// Answers harness reads of one element from a snapshot, including the _count of a collection,
// so tests can look at the data model without calling GetValue (which would change the SCO's error state).
import type { CmiRecord } from '../shared/lms-types';

export function readElement(snapshot: CmiRecord, element: string): string {
  const collection = /^(.*)\._count$/.exec(element)?.[1];
  if (collection !== undefined) return String(countMembers(snapshot, collection));
  return snapshot[element] ?? '';
}

function countMembers(snapshot: CmiRecord, collection: string): number {
  const prefix = `${collection}.`;
  const indices = new Set<string>();
  for (const element of Object.keys(snapshot)) {
    if (!element.startsWith(prefix)) continue;
    const index = /^(\d+)\./.exec(element.slice(prefix.length))?.[1];
    if (index !== undefined) indices.add(index);
  }
  return indices.size;
}
