// xAPI statements as a learning record store exports them (a JSON array, the statement API's { statements: […] }
// page, or one statement per line), as the course's cmi5 and xAPI packages send them: `answered` statements whose
// object id ends with the interaction id (intake.role, pre.<item>, final.<attempt>.<item>, eval.<item>) with
// result.response and result.success; completed, passed and failed with result.score; terminated with
// result.duration. Voided statements do not count.
import { AnswerError, readAnswer, type Answer, type Correctness } from './answers';
import type { CourseFacts } from './course';
import { parseIsoDay } from './days';
import { FileTally, RowProblem, refusedFile, type FileReport } from './fileReport';
import type { LearnerStore, Status } from './store';

const VOIDED = 'http://adlnet.gov/expapi/verbs/voided';
const RESULT_VERBS: Record<string, Status> = { completed: 'completed', passed: 'passed', failed: 'failed' };

interface Statement {
  id?: string;
  actor?: { mbox?: string; mbox_sha1sum?: string; openid?: string; account?: { name?: string; homePage?: string } };
  verb?: { id?: string };
  object?: { id?: string; objectType?: string };
  result?: {
    success?: boolean;
    response?: string;
    duration?: string;
    score?: { scaled?: number; raw?: number; min?: number; max?: number };
  };
  timestamp?: string;
  stored?: string;
}

function statementsIn(text: string): unknown[] | string {
  const trimmed = text.trim();
  if (trimmed === '') return 'the file is empty';
  try {
    const data: unknown = JSON.parse(trimmed);
    if (Array.isArray(data)) return data as unknown[];
    if (data && typeof data === 'object' && Array.isArray((data as { statements?: unknown }).statements)) {
      return (data as { statements: unknown[] }).statements;
    }
    if (data && typeof data === 'object' && 'verb' in data) return [data];
    return 'JSON, but neither a list of statements nor { "statements": [...] }';
  } catch (error) {
    // One statement per line (JSON Lines), as some LRS exports write them.
    const lines = trimmed.split(/\r?\n/).filter((line) => line.trim() !== '');
    if (lines.length > 1 && lines.every((line) => line.trim().startsWith('{'))) {
      try {
        return lines.map((line) => JSON.parse(line) as unknown);
      } catch {
        // fall through to the first error, which names the position
      }
    }
    return `not valid JSON (${(error as Error).message})`;
  }
}

function learnerOf(actor: Statement['actor']): string {
  if (actor?.mbox) return actor.mbox.replace(/^mailto:/i, '').toLowerCase();
  if (actor?.account?.name) return actor.account.name.toLowerCase();
  if (actor?.mbox_sha1sum) return actor.mbox_sha1sum.toLowerCase();
  if (actor?.openid) return actor.openid.toLowerCase();
  throw new RowProblem('the actor has no mbox, account, mbox_sha1sum or openid');
}

/** ISO 8601 durations as xAPI writes them: PT1H2M3.5S (days allowed). */
function secondsOf(duration: string): number | null {
  const match = /^P(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(duration);
  if (!match) return null;
  return Number(match[1] ?? 0) * 86400 + Number(match[2] ?? 0) * 3600 + Number(match[3] ?? 0) * 60 + Number(match[4] ?? 0);
}

function percentOf(score: NonNullable<Statement['result']>['score']): number | null {
  if (!score) return null;
  if (typeof score.scaled === 'number') return score.scaled * 100;
  if (typeof score.raw === 'number') {
    const min = score.min ?? 0;
    const max = score.max ?? 100;
    return max > min ? ((score.raw - min) / (max - min)) * 100 : null;
  }
  return null;
}

/** The interaction id: the last segment of the object id (…/interactions/intake.role). */
function interactionIdOf(objectId: string): string {
  const tail = objectId.split(/[/#]/).pop() ?? objectId;
  try {
    return decodeURIComponent(tail);
  } catch {
    return tail;
  }
}

export function readXapiStatements(fileName: string, text: string, store: LearnerStore, course: CourseFacts): FileReport {
  const statements = statementsIn(text);
  if (typeof statements === 'string') return refusedFile(fileName, 'xAPI statements', statements);
  const voided = new Set<string>();
  for (const statement of statements as Statement[]) {
    if (statement?.verb?.id === VOIDED && statement.object?.id) voided.add(statement.object.id);
  }
  const tally = new FileTally(fileName, 'xAPI statements', store);
  let voidedCount = 0;

  (statements as Statement[]).forEach((statement, index) => {
    const where = `statement ${index + 1}`;
    tally.rowsRead += 1;
    try {
      if (!statement || typeof statement !== 'object') throw new RowProblem('is not an object');
      const verbId = statement.verb?.id;
      if (!verbId) throw new RowProblem('has no verb id');
      if (verbId === VOIDED || (statement.id !== undefined && voided.has(statement.id))) {
        voidedCount += 1;
        return;
      }
      const learner = learnerOf(statement.actor);
      const when = statement.timestamp ?? statement.stored ?? '';
      const day = parseIsoDay(when);
      if (day === null) throw new RowProblem(`timestamp "${when}" is not an ISO 8601 date`);
      const verb = verbId.split('/').pop() ?? '';
      const result = statement.result;
      const answers: Answer[] = [];
      if (verb === 'answered') {
        const objectId = statement.object?.id;
        if (!objectId) throw new RowProblem('an answered statement without an object id');
        const success: Correctness = result?.success === true ? 'correct' : result?.success === false ? 'incorrect' : 'neutral';
        const answer = readAnswer({ id: interactionIdOf(objectId), response: result?.response ?? '', result: success }, course);
        if (answer) answers.push(answer);
      }
      const status = RESULT_VERBS[verb];
      const seconds = verb === 'terminated' && result?.duration ? secondsOf(result.duration) : null;
      if (verb === 'terminated' && result?.duration && seconds === null)
        throw new RowProblem(`duration "${result.duration}" is not ISO 8601`);
      tally.commit({
        learner,
        active: { from: day, to: day },
        ...(status ? { result: { day, status, score: percentOf(result?.score) } } : {}),
        ...(answers.length > 0 ? { answers: { day, list: answers } } : {}),
        carriesRole: true,
        ...(seconds === null ? {} : { seconds }),
      });
    } catch (error) {
      if (!(error instanceof RowProblem || error instanceof AnswerError)) throw error;
      tally.refuse(where, error.message);
    }
  });
  if (voidedCount > 0) tally.details.push(`${voidedCount} voided statement${voidedCount === 1 ? '' : 's'} left out`);
  return tally.report();
}
