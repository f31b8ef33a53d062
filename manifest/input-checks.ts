import { assertPackageFiles } from './package-files';
import type { ManifestInput } from './types';

export function assertMasteryScore(masteryScore: number | undefined): void {
  if (masteryScore !== undefined && !(Number.isInteger(masteryScore) && masteryScore >= 0 && masteryScore <= 100)) {
    throw new RangeError(`masteryScore must be a whole percent from 0 to 100, got ${masteryScore}`);
  }
}

/**
 * Rejects input that would produce a manifest the schemas accept but an LMS misreads
 * (the XSDs type adlcp:masteryscore as a free string, for instance), so mistakes fail the build instead.
 */
export function assertValidManifestInput(input: ManifestInput): void {
  const { masteryScore, estimatedMinutes, objectives } = input;
  assertMasteryScore(masteryScore);
  if (!(Number.isInteger(estimatedMinutes) && estimatedMinutes > 0)) {
    throw new RangeError(`estimatedMinutes must be a positive whole number, got ${estimatedMinutes}`);
  }
  const ids = objectives.map((objective) => objective.id);
  const badId = ids.find((id) => !/^\S+$/.test(id));
  if (badId !== undefined) throw new Error(`Objective id "${badId}" must be non-empty and contain no whitespace`);
  const duplicateId = ids.find((id, index) => ids.indexOf(id) !== index);
  if (duplicateId !== undefined) throw new Error(`Objective id "${duplicateId}" is used more than once`);
  assertPackageFiles(input.files, input.launch);
}
