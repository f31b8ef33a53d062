// Shared by this folder's tests: the fixture exports and the course facts they are read with.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseRoles, type CourseFacts } from './course';

export const repositoryRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const fixturesFolder = join(repositoryRoot, 'tests', 'fixtures', 'reports');

export function fixture(name: string): string {
  return readFileSync(join(fixturesFolder, name), 'utf8');
}

/** The real role list, so the tests break if the report stops following course/roles.yaml. */
export const roles = parseRoles('course/roles.yaml', readFileSync(join(repositoryRoot, 'course', 'roles.yaml'), 'utf8'));

/** A fixed mastery score, so the expected numbers do not move when course/course.yaml is edited. */
export const course: CourseFacts = { roles, masteryScore: 80 };
