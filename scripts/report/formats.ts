// Recognises an export from its header row and says where each column the report uses is. The Moodle header
// texts are the English language strings Moodle's SCORM reports print (sources in scripts/report/README.md).
import { ReportError } from './errors';

/** The generic format for any other LMS, in the order documented in the README. */
const GENERIC_COLUMNS = ['learner_id', 'name', 'status', 'score', 'date', 'role'] as const;
export type GenericColumn = (typeof GENERIC_COLUMNS)[number];

/** Columns both Moodle SCORM reports print before the per-SCO columns. */
const MOODLE_COLUMNS = {
  name: 'Name',
  attempt: 'Attempt',
  startedOn: 'Started on',
  lastAccessedOn: 'Last accessed on',
  score: 'Score',
} as const;
type MoodleColumn = keyof typeof MOODLE_COLUMNS;

/** Identity columns Moodle adds when the site shows them (showuseridentity), best learner key first. */
const MOODLE_IDENTITY_COLUMNS = ['Email address', 'Username', 'ID number'] as const;

/** The interactions report's per-interaction columns, numbered from 0 as Moodle numbers cmi.interactions. */
const INTERACTION_COLUMN = /^(Question|Response|Right answer|Result) (\d+)$/;

export interface InteractionColumns {
  /** "Question N": the interaction id (cmi.interactions_N.id). */
  question: number;
  /** "Response N": the learner's response (cmi.interactions_N.student_response). */
  response: number;
}

export interface MoodleLayout {
  columns: Record<MoodleColumn, number>;
  /** The first identity column there is, or null when the site shows none. */
  identityColumn: number | null;
  /** One column per SCO (titled with the SCO's title): its status, or its score when it has one. */
  scoColumns: number[];
  /** Question/Response column pairs; empty for the basic report. */
  interactions: InteractionColumns[];
}

export type ExportFormat =
  | { kind: 'generic'; columns: Record<GenericColumn, number> }
  | { kind: 'moodle-basic' | 'moodle-interactions'; layout: MoodleLayout };

function missingColumns(fileName: string, missing: readonly string[], explanation: string): ReportError {
  const list = missing.map((name) => `"${name}"`).join(', ');
  return new ReportError(`${fileName}: missing column${missing.length > 1 ? 's' : ''} ${list}: ${explanation}`);
}

function detectGeneric(fileName: string, header: readonly string[]): ExportFormat {
  const duplicate = header.find((name, index) => name !== '' && header.indexOf(name) !== index);
  if (duplicate !== undefined) throw new ReportError(`${fileName}: column "${duplicate}" appears more than once`);
  const missing = GENERIC_COLUMNS.filter((name) => !header.includes(name));
  if (missing.length > 0) {
    throw missingColumns(fileName, missing, `the generic CSV has the columns ${GENERIC_COLUMNS.join(', ')}`);
  }
  const columns = Object.fromEntries(GENERIC_COLUMNS.map((name) => [name, header.indexOf(name)]));
  return { kind: 'generic', columns: columns as Record<GenericColumn, number> };
}

function detectMoodle(fileName: string, header: readonly string[]): ExportFormat {
  const missing = Object.values(MOODLE_COLUMNS).filter((name) => !header.includes(name));
  if (missing.length > 0) {
    throw missingColumns(fileName, missing, `Moodle's SCORM reports have ${Object.values(MOODLE_COLUMNS).join(', ')}`);
  }
  const columns = Object.fromEntries(
    Object.entries(MOODLE_COLUMNS).map(([key, name]) => [key, header.indexOf(name)]),
  ) as Record<MoodleColumn, number>;

  const identityHeader = MOODLE_IDENTITY_COLUMNS.find((name) => header.includes(name));
  const identityColumn = identityHeader === undefined ? null : header.indexOf(identityHeader);

  const questions = new Map<number, number>();
  const responses = new Map<number, number>();
  const scoColumns: number[] = [];
  let hasInteractionColumns = false;
  header.forEach((name, index) => {
    const interaction = INTERACTION_COLUMN.exec(name);
    if (interaction) {
      hasInteractionColumns = true;
      if (interaction[1] === 'Question') questions.set(Number(interaction[2]), index);
      if (interaction[1] === 'Response') responses.set(Number(interaction[2]), index);
    } else if (index > columns.score) scoColumns.push(index);
  });

  if (scoColumns.length === 0) {
    throw missingColumns(fileName, ['<SCO title>'],
      'the per-SCO status columns after "Score" come only with the basic report option "Track details" set to Yes');
  }
  if (!hasInteractionColumns) return { kind: 'moodle-basic', layout: { columns, identityColumn, scoColumns, interactions: [] } };

  if (questions.size === 0) {
    throw missingColumns(fileName, ['Question 0'],
      'the intake answer is found by its interaction id: tick "Summary of question" before downloading');
  }
  if (responses.size === 0) {
    throw missingColumns(fileName, ['Response 0'],
      'the intake answer is the response: tick "Summary of responses" before downloading');
  }
  const interactions: InteractionColumns[] = [];
  for (const [number, question] of questions) {
    const response = responses.get(number);
    if (response !== undefined) interactions.push({ question, response });
  }
  return { kind: 'moodle-interactions', layout: { columns, identityColumn, scoColumns, interactions } };
}

/**
 * Decides the format from the header row: whichever of the two column sets it shares more names with, so a file
 * that lacks some columns still gets an error naming exactly what is missing.
 */
export function detectFormat(fileName: string, headerRow: readonly string[]): ExportFormat {
  const header = headerRow.map((name) => name.trim());
  const genericShared = GENERIC_COLUMNS.filter((name) => header.includes(name)).length;
  const moodleShared = Object.values(MOODLE_COLUMNS).filter((name) => header.includes(name)).length;
  if (genericShared === 0 && moodleShared === 0) {
    throw new ReportError(
      `${fileName}: not a recognised export: the header has neither Moodle's SCORM report columns ` +
        `(${Object.values(MOODLE_COLUMNS).join(', ')}) nor the generic columns (${GENERIC_COLUMNS.join(', ')})`,
    );
  }
  return moodleShared > genericShared ? detectMoodle(fileName, header) : detectGeneric(fileName, header);
}
