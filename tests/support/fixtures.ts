import { resolve } from 'node:path';
import { loadCourse } from '../../src/content/load';
import { indexCourse, type CourseIndex } from '../../src/core/courseIndex';

export const repoRoot = resolve(import.meta.dirname, '../..');
export const engineFixture = resolve(repoRoot, 'tests/fixtures/engine');

export function engineIndex(): CourseIndex {
  return indexCourse(loadCourse(engineFixture));
}
