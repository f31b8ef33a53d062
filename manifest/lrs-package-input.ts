import type { ManifestInput } from './types';

export type MoveOn = 'Completed' | 'Passed' | 'CompletedAndPassed' | 'CompletedOrPassed' | 'NotApplicable';

/** What the cmi5.xml and tincan.xml generators need beyond the SCORM manifest's input. */
export interface LrsPackageInput extends Pick<ManifestInput, 'title' | 'description' | 'language' | 'masteryScore' | 'launch'> {
  /** The course's IRI; the one assignable unit's id is derived from it. */
  activityId: string;
  moveOn: MoveOn;
  objectives: { id: string; title: string }[];
}

/** cmi5 and xAPI want IRIs; a URN continues with ":", a URL with "/". */
export function childIri(parent: string, ...segments: string[]): string {
  const separator = parent.startsWith('urn:') ? ':' : '/';
  return [parent, ...segments.map(encodeURIComponent)].join(separator);
}

/** The one assignable unit of the course: the whole player. */
export function auIri(input: Pick<LrsPackageInput, 'activityId'>): string {
  return childIri(input.activityId, 'au');
}
