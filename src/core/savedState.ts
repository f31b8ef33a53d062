// The compact saved state that goes to the LMS as suspend_data. Every id is written as its short key, so the
// record survives content updates (what no longer exists is dropped) and stays far below SCORM 1.2's 4096.
//
//   2;C<course>;L<page>;V<pages…>;D<activities…>;A<key><answer>,…;F<seed>.<score|->.<items…>.<answer>,…;R<role>;
//   S<seed>;P<0|1>.<key><answer>,…;E<key><1-5>,…;T<day>;Z<check>
//
// 2 = format version; C = the course's key (records of other courses are refused); L = location; V = visited
// pages, in the order visited; D = activities done; A = practice answers; F = one final attempt, oldest first
// (repeated), its answers in the order of its items ("" for an item not answered); R = the intake answer's role
// code; S = the learner's shuffle seed (shuffle.ts); P = the pre-test, 1 once submitted or skipped, and its
// answers; E = the evaluation's ratings; T = the day the learner finished (days since 1970-01-01, base 36), for the
// certificate's date; Z = a check of everything before it, always last. Keys are 4 characters [0-9a-z]; answers
// are letters and "-" (see answers.ts); seeds are base 36.
//
// The check is there because LMSs truncate or mangle suspend_data silently: a record cut short or altered on
// the way would otherwise be half read, and the learner would resume with part of their work quietly missing.
// Such a record is refused as a whole, so the learner is told and starts afresh instead.
import { isValidAnswer } from './answers';
import { isRating } from './evaluation';
import type { CourseIndex } from './courseIndex';
import { SEED_LIMIT } from './random';
import { SHORT_KEY_LENGTH, shortKey } from './shortKey';
import { initialState, type FinalAttempt, type LearnerState } from './state';

const FORMAT = '2';
const CHECK_TAG = ';Z';

export type DecodeProblem = 'unreadable' | 'other-course';
export interface Decoded {
  state: LearnerState;
  problem: DecodeProblem | null;
}

function keysOf(ids: Iterable<string>): string {
  return [...ids].map(shortKey).join('');
}

function keyedAnswersOf(answers: Record<string, string>): string {
  return Object.entries(answers)
    .map(([id, answer]) => shortKey(id) + answer)
    .join(',');
}

/** The same 4-character hash as the ids' keys: enough to tell a damaged record from a sound one. */
function checkOf(fields: string): string {
  return shortKey(fields);
}

export function encodeState(index: CourseIndex, state: LearnerState): string {
  const fields = [FORMAT, `C${shortKey(index.course.id)}`];
  if (state.location) fields.push(`L${shortKey(state.location)}`);
  if (state.visited.length) fields.push(`V${keysOf(state.visited)}`);
  if (state.done.length) fields.push(`D${keysOf(state.done)}`);
  if (Object.keys(state.answers).length) fields.push(`A${keyedAnswersOf(state.answers)}`);
  for (const attempt of state.attempts) {
    const score = attempt.score === null ? '-' : String(attempt.score);
    const answers = attempt.items.map((id) => attempt.answers[id] ?? '').join(',');
    fields.push(`F${attempt.seed.toString(36)}.${score}.${keysOf(attempt.items)}.${answers}`);
  }
  const role = index.course.intake.roles.find((r) => r.id === state.role);
  if (role) fields.push(`R${role.code}`);
  if (state.shuffleSeed !== null) fields.push(`S${state.shuffleSeed.toString(36)}`);
  if (state.pretest) fields.push(`P${state.pretest.finished ? '1' : '0'}.${keyedAnswersOf(state.pretest.answers)}`);
  if (state.evaluation) fields.push(`E${keyedAnswersOf(state.evaluation)}`);
  if (state.finishedOn !== null) fields.push(`T${state.finishedOn.toString(36)}`);
  const record = fields.join(';');
  return `${record}${CHECK_TAG}${checkOf(record)}`;
}

class Unreadable extends Error {}

function splitKeys(text: string): string[] {
  if (text.length % SHORT_KEY_LENGTH !== 0) throw new Unreadable();
  const keys: string[] = [];
  for (let i = 0; i < text.length; i += SHORT_KEY_LENGTH) keys.push(text.slice(i, i + SHORT_KEY_LENGTH));
  return keys;
}

/** Decoding never throws: anything it cannot trust gives a fresh start and says why. */
export function decodeState(index: CourseIndex, saved: string): Decoded {
  // LMSs may add white space or a line break around what they store; the record itself never has any.
  const record = saved.trim();
  if (record === '') return { state: initialState, problem: null };
  try {
    return decodeFields(index, record);
  } catch (error) {
    if (error instanceof Unreadable) return { state: initialState, problem: 'unreadable' };
    throw error;
  }
}

function decodeFields(index: CourseIndex, saved: string): Decoded {
  const checkAt = saved.lastIndexOf(CHECK_TAG);
  if (checkAt === -1) throw new Unreadable();
  const record = saved.slice(0, checkAt);
  if (saved.slice(checkAt + CHECK_TAG.length) !== checkOf(record)) throw new Unreadable();
  const [format, courseField, ...fields] = record.split(';');
  if (format !== FORMAT || !courseField?.startsWith('C')) throw new Unreadable();
  if (courseField.slice(1) !== shortKey(index.course.id)) return { state: initialState, problem: 'other-course' };

  const idByKey = new Map<string, string>();
  const evaluationIds = index.evaluation?.items.map((item) => item.id) ?? [];
  for (const id of [...index.pageOrder, ...index.activityIds, ...index.questionById.keys(), ...evaluationIds])
    idByKey.set(shortKey(id), id);
  const known = (key: string) => idByKey.get(key);
  // Keys back to the ids of this version of the course; what no longer exists, or is not `wanted`, is dropped.
  const readKeys = (body: string, wanted: (id: string) => boolean): string[] => {
    const ids = splitKeys(body).flatMap((key) => {
      const id = known(key);
      return id !== undefined && wanted(id) ? [id] : [];
    });
    return [...new Set(ids)];
  };

  const state: LearnerState = { ...initialState, answers: {}, attempts: [] };
  for (const field of fields) {
    const tag = field[0];
    const body = field.slice(1);
    if (!/^[0-9a-z.,-]*$/.test(body)) throw new Unreadable();
    switch (tag) {
      case 'L': {
        const page = known(body);
        state.location = page && index.pageById.has(page) ? page : null;
        break;
      }
      case 'V':
        state.visited = readKeys(body, (id) => index.pageById.has(id));
        break;
      case 'D':
        state.done = readKeys(body, (id) => index.activityIds.has(id));
        break;
      case 'A':
        state.answers = decodeKeyedAnswers(
          body,
          known,
          (id, answer) => index.practiceIds.has(id) && isValidAnswer(index.questionById.get(id)!, answer),
        );
        break;
      case 'S':
        state.shuffleSeed = parseSeed(body);
        break;
      case 'P': {
        const [finished, answers] = body.split('.');
        if ((finished !== '0' && finished !== '1') || answers === undefined || !index.pretest) throw new Unreadable();
        state.pretest = {
          finished: finished === '1',
          answers: decodeKeyedAnswers(
            answers,
            known,
            (id, answer) => index.pretestIds.has(id) && isValidAnswer(index.questionById.get(id)!, answer),
          ),
        };
        break;
      }
      case 'E':
        if (!index.evaluation) throw new Unreadable();
        state.evaluation = decodeKeyedAnswers(body, known, (id, rating) => evaluationIds.includes(id) && isRating(rating));
        break;
      case 'F': {
        const attempt = decodeAttempt(index, body, state.attempts.length + 1, known);
        if (attempt) state.attempts.push(attempt);
        break;
      }
      case 'R':
        state.role = index.course.intake.roles.find((r) => r.code === body)?.id ?? null;
        break;
      case 'T':
        if (!/^[0-9a-z]{1,4}$/.test(body)) throw new Unreadable();
        state.finishedOn = parseInt(body, 36);
        break;
      default:
        throw new Unreadable();
    }
  }
  return { state, problem: null };
}

function parseScore(text: string): number {
  const score = Number(text);
  if (!/^\d{1,3}$/.test(text) || score > 100) throw new Unreadable();
  return score;
}

function parseSeed(text: string): number {
  const seed = parseInt(text, 36);
  if (!/^[0-9a-z]{1,5}$/.test(text) || seed >= SEED_LIMIT) throw new Unreadable();
  return seed;
}

/** "<key><answer>,…" back to answers by id; an entry for something no longer in the course, or no longer a valid
 *  answer to it, is dropped. */
function decodeKeyedAnswers(
  body: string,
  known: (key: string) => string | undefined,
  keep: (id: string, answer: string) => boolean,
): Record<string, string> {
  const answers: Record<string, string> = {};
  if (body === '') return answers;
  for (const entry of body.split(',')) {
    if (entry.length <= SHORT_KEY_LENGTH) throw new Unreadable();
    const id = known(entry.slice(0, SHORT_KEY_LENGTH));
    const answer = entry.slice(SHORT_KEY_LENGTH);
    if (id !== undefined && keep(id, answer)) answers[id] = answer;
  }
  return answers;
}

/**
 * An attempt still under way whose drawn items are not all in this version of the course is dropped: the learner
 * starts a fresh attempt rather than submit a short one (or an empty one scored 0%) that uses up a try.
 */
function decodeAttempt(index: CourseIndex, body: string, number: number, known: (key: string) => string | undefined): FinalAttempt | null {
  const parts = body.split('.');
  if (parts.length !== 4) throw new Unreadable();
  const [seed, score, itemKeys, answerList] = parts as [string, string, string, string];
  const seedValue = parseSeed(seed);
  const keys = splitKeys(itemKeys);
  // One answer per item, so an attempt with no items has an empty list rather than one empty answer.
  const answerTexts = keys.length === 0 && answerList === '' ? [] : answerList.split(',');
  if (answerTexts.length !== keys.length) throw new Unreadable();
  const finalItems = new Set(index.final?.pools.flatMap((p) => p.items.map((i) => i.id)) ?? []);
  const items: string[] = [];
  const answers: Record<string, string> = {};
  keys.forEach((key, i) => {
    const id = known(key);
    const item = id === undefined ? undefined : index.questionById.get(id);
    if (id === undefined || !item || !finalItems.has(id) || items.includes(id)) return;
    items.push(id);
    const answer = answerTexts[i] ?? '';
    if (answer !== '' && isValidAnswer(item, answer)) answers[id] = answer;
  });
  const scored = score === '-' ? null : parseScore(score);
  if (scored === null && items.length < keys.length) return null;
  return { number, seed: seedValue, items, answers, score: scored };
}
