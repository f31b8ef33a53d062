import { childIri } from '../src/tracking/xapi/iri';
import type { ManifestInput } from './types';

export { childIri };

export type MoveOn = 'Completed' | 'Passed' | 'CompletedAndPassed' | 'CompletedOrPassed' | 'NotApplicable';

/** What the cmi5.xml and tincan.xml generators need beyond the SCORM manifest's input. */
export interface LrsPackageInput extends Pick<ManifestInput, 'title' | 'description' | 'language' | 'masteryScore' | 'launch'> {
  /** The course's IRI; the one assignable unit's id is derived from it. */
  activityId: string;
  moveOn: MoveOn;
  objectives: { id: string; title: string }[];
}

/** The one assignable unit of the course: the whole player. */
export function auIri(input: Pick<LrsPackageInput, 'activityId'>): string {
  return childIri(input.activityId, 'au');
}
