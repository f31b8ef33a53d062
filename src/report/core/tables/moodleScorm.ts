// Moodle's SCORM activity reports (basic, interactions, objectives), as "Download in text format" writes them
// (tab-separated, through PHP's fputcsv) and as the ODS and Excel downloads hold them. One row per learner and
// attempt; "-" in Attempt means the learner never launched. Column texts are Moodle's English language strings
// (sources in scripts/report/README.md).
import { AnswerError, correctnessOf, readAnswer, ROLE_INTERACTION, type Answer, type RawInteraction } from '../answers';
import type { CourseFacts } from '../course';
import { parseMoodleDay } from '../days';
import { FileTally, RowProblem } from '../fileReport';
import { STATUS_RANK, type LearnerStore, type Status } from '../store';
import { decodeHtmlEscapes, KEYED_BY_NAME_WARNING, learnerKeyColumn, type TableReader } from './table';

export const MOODLE_SCORM_COLUMNS = ['Attempt', 'Started on', 'Last accessed on', 'Score'] as const;

const INTERACTION_COLUMN = /^(Question|Response|Right answer|Result) (\d+)$/;
/** The objectives report's two columns per objective: "<objective id> status", "<objective id> score". */
const OBJECTIVE_COLUMN = /^(.+) (status|score)$/;

/** The status words mod_scorm prints for a SCO. */
const SCO_STATUS_TEXTS: Record<string, Status | null> = {
  passed: 'passed',
  completed: 'completed',
  failed: 'failed',
  incomplete: 'incomplete',
  // Preview mode, or launched with nothing tracked yet: launched all the same.
  browsed: 'incomplete',
  'not attempted': 'incomplete',
  // SCORM 2004's completion_status "unknown" has no language string in mod_scorm: Moodle prints the missing-string marker.
  '[[unknown]]': 'incomplete',
};

/** "85", "85.5" or "85/100": Moodle shows the SCO's raw score (and its maximum, when set) instead of its status. */
const SCO_SCORE = /^(\d+(?:\.\d+)?)(?:\s*\/\s*(\d+(?:\.\d+)?))?$/;

interface Layout {
  kind: 'basic' | 'interactions' | 'objectives';
  key: { index: number; byName: boolean };
  attempt: number;
  startedOn: number;
  lastAccessedOn: number;
  scoColumns: number[];
  interactions: { question: number; response: number; result: number | null }[];
  objectiveColumns: number[];
}

function layoutOf(header: readonly string[]): Layout | string {
  const missing = MOODLE_SCORM_COLUMNS.filter((name) => !header.includes(name));
  if (missing.length > 0) {
    return `missing column${missing.length > 1 ? 's' : ''} ${missing.map((name) => `"${name}"`).join(', ')}: Moodle's SCORM reports have ${MOODLE_SCORM_COLUMNS.join(', ')}`;
  }
  const key = learnerKeyColumn(header, ['Name']);
  if (!key) return 'no "Name" column nor an identity column (Email address, Username, ID number) to tell learners apart';
  const score = header.indexOf('Score');
  const questions = new Map<number, number>();
  const responses = new Map<number, number>();
  const results = new Map<number, number>();
  const scoColumns: number[] = [];
  const objectiveColumns: number[] = [];
  header.forEach((name, index) => {
    if (index <= score) return;
    const interaction = INTERACTION_COLUMN.exec(name);
    if (interaction) {
      const number = Number(interaction[2]);
      if (interaction[1] === 'Question') questions.set(number, index);
      if (interaction[1] === 'Response') responses.set(number, index);
      if (interaction[1] === 'Result') results.set(number, index);
    } else if (OBJECTIVE_COLUMN.test(name)) objectiveColumns.push(index);
    else scoColumns.push(index);
  });
  const interactions = [...questions].flatMap(([number, question]) => {
    const response = responses.get(number);
    return response === undefined ? [] : [{ question, response, result: results.get(number) ?? null }];
  });
  if (questions.size > 0 && interactions.length === 0) {
    return 'the interactions report has "Question" columns but no "Response" columns: keep "Summary of responses" ticked before downloading';
  }
  return {
    kind: questions.size > 0 ? 'interactions' : objectiveColumns.length > 0 ? 'objectives' : 'basic',
    key,
    attempt: header.indexOf('Attempt'),
    startedOn: header.indexOf('Started on'),
    lastAccessedOn: header.indexOf('Last accessed on'),
    scoColumns,
    interactions,
    objectiveColumns,
  };
}

const KIND_LABEL: Record<Layout['kind'], string> = {
  basic: 'Moodle SCORM basic report',
  interactions: 'Moodle SCORM interactions report',
  objectives: 'Moodle SCORM objectives report',
};

function readScoCell(text: string, masteryScore: number | null): { status: Status; score: number | null } {
  const status = SCO_STATUS_TEXTS[text.toLowerCase()];
  if (status) return { status, score: null };
  const score = SCO_SCORE.exec(text);
  if (!score) throw new RowProblem(`a SCO column holds "${text}", which is neither a score nor a status Moodle prints`);
  const raw = Number(score[1]);
  const max = score[2] === undefined ? null : Number(score[2]);
  const percent = max !== null && max > 0 ? (raw / max) * 100 : raw;
  // Moodle shows the score instead of the status; the course decides passed with its mastery score, and so do we.
  if (masteryScore === null) return { status: 'incomplete', score: percent };
  return { status: percent >= masteryScore ? 'passed' : 'failed', score: percent };
}

export function openMoodleScorm(
  fileName: string,
  header: readonly string[],
  store: LearnerStore,
  course: CourseFacts,
): TableReader | string {
  const layout = layoutOf(header);
  if (typeof layout === 'string') return layout;
  const tally = new FileTally(fileName, KIND_LABEL[layout.kind], store);
  const launched: string[] = [];
  let rowsWithInteractions = 0;
  const unscored = { pre: 0, final: 0, preAnswers: 0 };
  let objectiveValues = 0;
  const versionHints = new Set<string>();
  if (layout.key.byName) tally.warnings.push(KEYED_BY_NAME_WARNING);
  if (header.some((name) => name.startsWith('course-mastery '))) versionHints.add('SCORM 2004');

  return {
    row(cells, rowNumber) {
      const cell = (index: number): string => (cells[index] ?? '').trim();
      const attempt = cell(layout.attempt);
      if (attempt === '-' || attempt === '') return;
      tally.rowsRead += 1;
      try {
        const learner = decodeHtmlEscapes(cell(layout.key.index)).toLowerCase();
        if (learner === '') throw new RowProblem('has an attempt but no learner name or identity');
        const last = parseMoodleDay(cell(layout.lastAccessedOn));
        if (last === null) throw new RowProblem(`"Last accessed on" holds "${cell(layout.lastAccessedOn)}", which is not a date`);
        const started = parseMoodleDay(cell(layout.startedOn)) ?? last;

        let status: Status = 'passed';
        const scores: number[] = [];
        for (const index of layout.scoColumns) {
          const sco = readScoCell(cell(index), course.masteryScore);
          // The package is done when every SCO is: the attempt counts as its lowest SCO.
          if (STATUS_RANK[sco.status] < STATUS_RANK[status]) status = sco.status;
          if (sco.score !== null) scores.push(sco.score);
        }
        if (layout.scoColumns.length === 0) status = 'incomplete';

        const raw: RawInteraction[] = [];
        for (const { question, response, result } of layout.interactions) {
          const id = decodeHtmlEscapes(cell(question));
          if (id === '') continue;
          raw.push({ id, response: decodeHtmlEscapes(cell(response)), result: result === null ? 'unknown' : correctnessOf(cell(result)) });
        }
        const answers: Answer[] = [];
        for (const interaction of raw) {
          const answer = readAnswer(interaction, course);
          if (!answer) continue;
          answers.push(answer);
          if (answer.kind === 'pre') unscored.preAnswers += 1;
          if ((answer.kind === 'pre' || answer.kind === 'final') && answer.correct === null) unscored[answer.kind] += 1;
          if (interaction.id === ROLE_INTERACTION) versionHints.add(interaction.response.length === 1 ? 'SCORM 1.2' : 'SCORM 2004');
        }
        objectiveValues += layout.objectiveColumns.filter((index) => cell(index) !== '').length;

        tally.commit({
          learner,
          active: { from: Math.min(started, last), to: last },
          result: { day: last, status, score: scores.length > 0 ? Math.max(...scores) : null },
          answers: { day: last, list: answers },
        });
        launched.push(learner);
        if (raw.length > 0) rowsWithInteractions += 1;
      } catch (error) {
        if (!(error instanceof RowProblem || error instanceof AnswerError)) throw error;
        tally.refuse(`row ${rowNumber}`, error.message);
      }
    },

    finish() {
      const learners = tally.learners.size;
      if (versionHints.size === 1) tally.details.push(...versionHints);
      if (layout.kind === 'interactions') {
        if (rowsWithInteractions > 0) store.markCarriesRole(launched);
        else if (learners > 0) {
          tally.warnings.push(
            `no learner has any interaction in this file: Moodle prints none for SCORM 2004 packages, so the roles, ` +
              `pre-test and evaluation answers of its ${learners} learner${learners === 1 ? '' : 's'} cannot be known from it`,
          );
        }
        // Final answers need a result only to compare with a pre-test, objective by objective.
        const withoutResult = unscored.pre + (unscored.preAnswers > 0 ? unscored.final : 0);
        if (withoutResult > 0) {
          tally.warnings.push(
            `${withoutResult} pre-test or final answers have no result: knowledge gain cannot use them ` +
              '(tick "Summary of result" before downloading)',
          );
        }
      } else tally.details.push('no roles in this report');
      if (layout.kind === 'objectives' && objectiveValues === 0 && learners > 0) {
        tally.warnings.push(
          'the objective columns are empty, as Moodle 5.0.6 prints them (a Moodle bug in the objectives report); attempts and scores still count',
        );
      }
      if (layout.scoColumns.length === 0 && learners > 0) {
        tally.warnings.push('no SCO status column ("Track details" was No): it tells who launched the course, not who completed or passed');
      }
      if (course.masteryScore === null && learners > 0) {
        tally.warnings.push('the course sets no mastery score, so a SCO that shows a score counts as launched, not passed or failed');
      }
      return tally.report();
    },
  };
}
