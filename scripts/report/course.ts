// What the report needs from the course's own files: the intake roles (course/roles.yaml) and the mastery score
// (course/course.yaml). Read from those files on every run, never copied, so the report follows the course.
import { parse } from 'yaml';
import { z } from 'zod';
import { ReportError } from './errors';

export interface Role {
  /** What SCORM 2004 records as the intake answer. */
  id: string;
  /** What SCORM 1.2 records: its choice responses are single characters. */
  code: string;
  label: string;
}

/** The course facts the report depends on. */
export interface CourseFacts {
  roles: readonly Role[];
  /** Percent at or above which the course counts as passed; null when the course sets none. */
  masteryScore: number | null;
}

const rolesFile = z.object({
  roles: z.array(z.object({ id: z.string().min(1), code: z.string().length(1), label: z.string().min(1) })).min(1),
});

const courseFile = z.object({ masteryScore: z.number().min(0).max(100).optional() });

function parseYaml<T>(fileName: string, text: string, schema: z.ZodType<T>): T {
  let data: unknown;
  try {
    data = parse(text);
  } catch (error) {
    throw new ReportError(`${fileName}: not valid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  const result = schema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new ReportError(`${fileName}: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'unexpected content'}`);
  }
  return result.data;
}

export function parseRoles(fileName: string, text: string): Role[] {
  const { roles } = parseYaml(fileName, text, rolesFile);
  // An answer is matched against ids and codes together, so one value naming two roles would be ambiguous.
  const seen = new Set<string>();
  for (const role of roles) {
    for (const value of [role.id.toLowerCase(), role.code.toLowerCase()]) {
      if (seen.has(value)) throw new ReportError(`${fileName}: "${value}" names more than one role`);
      seen.add(value);
    }
  }
  return roles;
}

/** The score (percent) at or above which the course counts as passed; null when the course sets none. */
export function parseMasteryScore(fileName: string, text: string): number | null {
  return parseYaml(fileName, text, courseFile).masteryScore ?? null;
}

/** The role an intake answer names, by id (SCORM 2004) or code (SCORM 1.2); undefined when it names none. */
export function findRole(roles: readonly Role[], answer: string): Role | undefined {
  const wanted = answer.trim().toLowerCase();
  return roles.find((role) => role.id.toLowerCase() === wanted || role.code.toLowerCase() === wanted);
}
