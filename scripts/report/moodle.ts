// Normalises the rows of Moodle's SCORM basic and interactions reports (download "in text format", or the same
// table re-saved as CSV). One row per learner attempt; a learner without an attempt has "-" and never launched.
import { findRole, type CourseFacts } from './course';
import { rowError } from './errors';
import { parseMoodleDate } from './dates';
import type { MoodleLayout } from './formats';
import { statusRank, type ParsedExport, type ResultRow, type RowSource, type Status } from './records';

/** The interaction id the course gives the intake question in both SCORM versions. */
const INTAKE_INTERACTION_ID = 'intake.role';

/** The status words mod_scorm prints for a SCO (its language strings passed, completed, …). */
const SCO_STATUS_TEXTS: Record<string, Status> = {
  passed: 'passed',
  completed: 'completed',
  failed: 'failed',
  incomplete: 'incomplete',
  'not attempted': 'not attempted',
  // Preview mode: the learner opened the content but nothing was tracked as progress.
  browsed: 'incomplete',
  // SCORM 2004's completion_status "unknown" has no language string in mod_scorm, so Moodle prints the marker of a
  // missing string; the learner launched but the content has not reported progress yet.
  '[[unknown]]': 'incomplete',
};

/** "85", "85.5" or "85/100": Moodle shows the SCO's raw score (and max, when set) instead of its status. */
const SCO_SCORE = /^(\d+(?:\.\d+)?)(?:\s*\/\s*(\d+(?:\.\d+)?))?$/;

interface ScoResult {
  status: Status;
  score: number | null;
  /** True when Moodle showed a score and no mastery score let us tell passed from failed. */
  statusUnknown: boolean;
}

function readScoCell(text: string, source: RowSource, masteryScore: number | null): ScoResult {
  const status = SCO_STATUS_TEXTS[text.toLowerCase()];
  if (status) return { status, score: null, statusUnknown: false };
  const score = SCO_SCORE.exec(text);
  if (!score) {
    const known = Object.keys(SCO_STATUS_TEXTS).map((word) => `"${word}"`).join(', ');
    throw rowError(source, `SCO column holds "${text}", which is neither a score nor a status Moodle prints (${known})`);
  }
  const raw = Number(score[1]);
  const max = score[2] === undefined ? null : Number(score[2]);
  const percent = max !== null && max > 0 ? (raw / max) * 100 : raw;
  if (masteryScore === null) return { status: 'incomplete', score: percent, statusUnknown: true };
  return { status: percent >= masteryScore ? 'passed' : 'failed', score: percent, statusUnknown: false };
}

/** Moodle escapes identity fields and interaction values with s() (htmlspecialchars) even in downloads. */
function decodeHtmlEscapes(text: string): string {
  return text
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&#039;', "'")
    .replaceAll('&amp;', '&');
}

export function readMoodleRows(
  fileName: string,
  records: readonly string[][],
  rowNumbers: readonly number[],
  layout: MoodleLayout,
  course: CourseFacts,
): ParsedExport {
  const rows: ResultRow[] = [];
  let hiddenStatuses = 0;
  const recordsRole = layout.interactions.length > 0;

  records.forEach((record, recordIndex) => {
    const source = { file: fileName, row: rowNumbers[recordIndex] ?? recordIndex + 2 };
    const cell = (index: number): string => (record[index] ?? '').trim();
    const attempt = cell(layout.columns.attempt);
    if (attempt === '-' || attempt === '') return;

    // Moodle prints fullname() unescaped but identity fields through s().
    const identity = layout.identityColumn === null ? '' : decodeHtmlEscapes(cell(layout.identityColumn));
    const learnerKey = (identity || cell(layout.columns.name)).toLowerCase();
    if (learnerKey === '') throw rowError(source, 'has an attempt but no learner name or identity');

    const lastAccessed = cell(layout.columns.lastAccessedOn);
    const date = parseMoodleDate(lastAccessed);
    if (date === null) throw rowError(source, `"Last accessed on" holds "${lastAccessed}", which is not a date`);

    const scos = layout.scoColumns.map((index) => readScoCell(cell(index), source, course.masteryScore));
    hiddenStatuses += scos.filter((sco) => sco.statusUnknown).length;
    // The package counts as done only when every SCO is; a row with an attempt was launched, so it is at least
    // incomplete even if a SCO was never opened.
    const worst = scos.reduce((low, sco) => (statusRank(sco.status) < statusRank(low) ? sco.status : low), 'passed' as Status);
    const status = statusRank(worst) < statusRank('incomplete') ? 'incomplete' : worst;
    const scores = scos.flatMap((sco) => (sco.score === null ? [] : [sco.score]));

    let roleId: string | null = null;
    const intake = layout.interactions.find(({ question }) => decodeHtmlEscapes(cell(question)) === INTAKE_INTERACTION_ID);
    const answer = intake ? decodeHtmlEscapes(cell(intake.response)) : '';
    if (answer !== '') {
      const role = findRole(course.roles, answer);
      if (!role) throw rowError(source, `the ${INTAKE_INTERACTION_ID} response "${answer}" is not a role id or code in course/roles.yaml`);
      roleId = role.id;
    }

    rows.push({
      learnerKey,
      status,
      score: scores.length > 0 ? Math.max(...scores) : null,
      date,
      roleId,
      recordsRole,
    });
  });

  const warnings =
    hiddenStatuses > 0
      ? [
          `${fileName}: ${hiddenStatuses} SCO cell(s) show a score instead of a status and course/course.yaml sets no ` +
            'masteryScore to tell passed from failed; those attempts count as started, not completed',
        ]
      : [];
  return { rows, warnings };
}
