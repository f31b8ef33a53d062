// The interactions the report reads (INTERFACES.md), from whatever an LMS or LRS printed, as typed answers:
// `intake.role`, `pre.<item>`, `final.<attempt>.<item>`, `eval.<item>`. Practice answers are not read.
import { roleForAnswer, type CourseFacts } from './course';

/** What the LMS said of an answer: SCORM 1.2 "correct"/"wrong", 2004 "correct"/"incorrect", xAPI result.success. */
export type Correctness = 'correct' | 'incorrect' | 'neutral' | 'unknown';

export interface RawInteraction {
  id: string;
  response: string;
  result: Correctness;
}

export type Answer =
  | { kind: 'role'; roleId: string }
  | { kind: 'pre'; item: string; correct: boolean | null }
  | { kind: 'final'; attempt: number; item: string; correct: boolean | null }
  | { kind: 'eval'; item: string; value: number };

export const ROLE_INTERACTION = 'intake.role';
const PRE = /^pre\.(.+)$/;
const FINAL = /^final\.(\d+)\.(.+)$/;
const EVALUATION = /^eval\.(.+)$/;

/** A value an answer cannot have: the row it is on is refused whole. */
export class AnswerError extends Error {}

/** "correct", "wrong", "incorrect", "neutral", "unanticipated", a number (SCORM 1.2 allows one), or nothing. */
export function correctnessOf(text: string): Correctness {
  const value = text.trim().toLowerCase();
  if (value === 'correct') return 'correct';
  if (value === 'wrong' || value === 'incorrect' || value === 'unanticipated') return 'incorrect';
  if (value === 'neutral') return 'neutral';
  return 'unknown';
}

function correctFlag(result: Correctness): boolean | null {
  return result === 'correct' ? true : result === 'incorrect' ? false : null;
}

/** Null for interactions the report does not read (practice answers). */
export function readAnswer(interaction: RawInteraction, course: CourseFacts): Answer | null {
  const { id, response, result } = interaction;
  if (id === ROLE_INTERACTION) {
    if (response.trim() === '') return null;
    const role = roleForAnswer(course.roles, response);
    if (!role) throw new AnswerError(`the ${ROLE_INTERACTION} answer "${response}" names no role of the course (by id, id with _ or code)`);
    return { kind: 'role', roleId: role.id };
  }
  const pre = PRE.exec(id);
  if (pre) return { kind: 'pre', item: pre[1]!, correct: correctFlag(result) };
  const final = FINAL.exec(id);
  if (final) return { kind: 'final', attempt: Number(final[1]), item: final[2]!, correct: correctFlag(result) };
  const evaluation = EVALUATION.exec(id);
  if (evaluation) {
    const value = Number(response.trim());
    if (!Number.isInteger(value) || value < 1 || value > 5) {
      throw new AnswerError(`the evaluation answer ${id} is "${response}", not 1 to 5`);
    }
    return { kind: 'eval', item: evaluation[1]!, value };
  }
  return null;
}
