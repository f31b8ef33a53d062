// The compact saved state that goes to the LMS as suspend_data. Every id is written as its short key, so the
// record survives content updates (what no longer exists is dropped) and stays far below SCORM 1.2's 4096.
//
//   1;C<course>;L<page>;V<pages…>;D<activities…>;A<key><answer>,…;H<score>,…;F<n>.<seed>.<score|->.<items…>.<key><answer>,…;R<role code>
//
// 1 = format version; C = the course's key (records of other courses are refused); L = location; V = visited
// pages; D = activities done; A = practice answers; H = scores of earlier final attempts; F = the current attempt;
// R = the intake answer. Keys are 4 characters [0-9a-z]; answers are letters and "-" (see answers.ts).
import { isValidAnswer } from './answers';
import type { CourseIndex } from './courseIndex';
import { SEED_LIMIT } from './random';
import { SHORT_KEY_LENGTH, shortKey } from './shortKey';
import { initialState, type FinalAttempt, type LearnerState } from './state';

const FORMAT = '1';

export type DecodeProblem = 'unreadable' | 'other-course';
export interface Decoded {
  state: LearnerState;
  problem: DecodeProblem | null;
}

function keysOf(ids: Iterable<string>): string {
  return [...ids].map(shortKey).join('');
}

function answersOf(answers: Record<string, string>): string {
  return Object.entries(answers)
    .map(([id, answer]) => shortKey(id) + answer)
    .join(',');
}

export function encodeState(index: CourseIndex, state: LearnerState): string {
  const fields = [FORMAT, `C${shortKey(index.course.id)}`];
  if (state.location) fields.push(`L${shortKey(state.location)}`);
  if (state.visited.length) fields.push(`V${keysOf(state.visited)}`);
  if (state.done.length) fields.push(`D${keysOf(state.done)}`);
  if (Object.keys(state.answers).length) fields.push(`A${answersOf(state.answers)}`);
  const earlier = state.attempts.slice(0, -1);
  if (earlier.length) fields.push(`H${earlier.map((a) => a.score ?? 0).join(',')}`);
  const current = state.attempts[state.attempts.length - 1];
  if (current) {
    const score = current.score === null ? '-' : String(current.score);
    fields.push(`F${current.number}.${current.seed.toString(36)}.${score}.${keysOf(current.items)}.${answersOf(current.answers)}`);
  }
  const role = index.course.intake.roles.find((r) => r.id === state.role);
  if (role) fields.push(`R${role.code}`);
  return fields.join(';');
}

function splitKeys(text: string): string[] {
  const keys: string[] = [];
  for (let i = 0; i + SHORT_KEY_LENGTH <= text.length; i += SHORT_KEY_LENGTH) keys.push(text.slice(i, i + SHORT_KEY_LENGTH));
  return keys;
}

class Unreadable extends Error {}

export function decodeState(index: CourseIndex, saved: string): Decoded {
  if (saved.trim() === '') return { state: initialState, problem: null };
  try {
    return decodeFields(index, saved);
  } catch (error) {
    if (error instanceof Unreadable) return { state: initialState, problem: 'unreadable' };
    throw error;
  }
}

function decodeFields(index: CourseIndex, saved: string): Decoded {
  const [format, courseField, ...fields] = saved.split(';');
  if (format !== FORMAT || !courseField?.startsWith('C')) throw new Unreadable();
  if (courseField.slice(1) !== shortKey(index.course.id)) return { state: initialState, problem: 'other-course' };

  const idByKey = new Map<string, string>();
  for (const id of [...index.pageOrder, ...index.activityIds, ...index.questionById.keys()]) idByKey.set(shortKey(id), id);
  const known = (key: string) => idByKey.get(key);

  const state: LearnerState = { ...initialState, answers: {}, attempts: [] };
  let earlierScores: number[] = [];
  let current: FinalAttempt | null = null;

  for (const field of fields) {
    const tag = field[0];
    const body = field.slice(1);
    if (!/^[0-9a-z.,\-]*$/.test(body)) throw new Unreadable();
    switch (tag) {
      case 'L': {
        const page = known(body);
        state.location = page && index.pageById.has(page) ? page : null;
        break;
      }
      case 'V':
        state.visited = index.pageOrder.filter((id) => splitKeys(body).includes(shortKey(id)));
        break;
      case 'D':
        state.done = splitKeys(body).flatMap((key) => {
          const id = known(key);
          return id && index.activityIds.has(id) ? [id] : [];
        });
        break;
      case 'A':
        state.answers = decodeAnswers(index, body, (id) => index.practiceIds.has(id), known);
        break;
      case 'H':
        earlierScores = body.split(',').map(parseScore);
        break;
      case 'F':
        current = decodeAttempt(index, body, known);
        break;
      case 'R':
        state.role = index.course.intake.roles.find((r) => r.code === body)?.id ?? null;
        break;
      default:
        throw new Unreadable();
    }
  }
  if (current) {
    state.attempts = [
      ...earlierScores.map((score, i) => ({ number: i + 1, seed: 0, items: [], answers: {}, score })),
      { ...current, number: earlierScores.length + 1 },
    ];
  }
  return { state, problem: null };
}

function parseScore(text: string): number {
  const score = Number(text);
  if (!/^\d{1,3}$/.test(text) || score > 100) throw new Unreadable();
  return score;
}

function decodeAnswers(
  index: CourseIndex,
  body: string,
  belongs: (id: string) => boolean,
  known: (key: string) => string | undefined,
): Record<string, string> {
  const answers: Record<string, string> = {};
  if (body === '') return answers;
  for (const entry of body.split(',')) {
    if (entry.length <= SHORT_KEY_LENGTH) throw new Unreadable();
    const id = known(entry.slice(0, SHORT_KEY_LENGTH));
    const answer = entry.slice(SHORT_KEY_LENGTH);
    const question = id ? index.questionById.get(id) : undefined;
    if (id && question && belongs(id) && isValidAnswer(question, answer)) answers[id] = answer;
  }
  return answers;
}

function decodeAttempt(index: CourseIndex, body: string, known: (key: string) => string | undefined): FinalAttempt {
  const parts = body.split('.');
  if (parts.length !== 5) throw new Unreadable();
  const [number, seed, score, items, answers] = parts as [string, string, string, string, string];
  const seedValue = parseInt(seed, 36);
  if (!/^\d+$/.test(number) || !/^[0-9a-z]{1,5}$/.test(seed) || seedValue >= SEED_LIMIT) throw new Unreadable();
  const finalItems = new Set(index.final?.pools.flatMap((p) => p.items.map((i) => i.id)) ?? []);
  const itemIds = splitKeys(items).flatMap((key) => {
    const id = known(key);
    return id && finalItems.has(id) ? [id] : [];
  });
  return {
    number: Number(number),
    seed: seedValue,
    items: itemIds,
    answers: decodeAnswers(index, answers, (id) => itemIds.includes(id), known),
    score: score === '-' ? null : parseScore(score),
  };
}
