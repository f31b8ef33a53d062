// The report as one tidy table: one row per figure, with the program, grant number and period on every row, so a
// spreadsheet or grant system can filter and pivot it. Hidden small-group figures have no value and say why.
import Papa from 'papaparse';
import { isoDate } from './days';
import { isHidden, type Counts, type ReportFigures } from './figures';
import { completionRate, HIDDEN_TEXT, passRate, SCOPE_CODES, SCOPES } from './present';

export interface ReportHeading {
  program: string;
  grantNumber: string;
}

export const CSV_COLUMNS = [
  'program',
  'grant_number',
  'period',
  'period_start',
  'period_end',
  'cumulative_start',
  'section',
  'group_id',
  'group',
  'measure',
  'scope',
  'value',
  'note',
] as const;

const round = (value: number | null): string => (value === null ? '' : String(Math.round(value * 10) / 10));

export function figuresToCsv(figures: ReportFigures, heading: ReportHeading): string {
  const fixed = [
    heading.program,
    heading.grantNumber,
    figures.period.code,
    isoDate(figures.period.from),
    isoDate(figures.period.to),
    figures.cumulativeFrom === null ? '' : isoDate(figures.cumulativeFrom),
  ];
  const rows: string[][] = [];
  const add = (
    section: string,
    groupId: string,
    group: string,
    measure: string,
    scope: string,
    value: number | null,
    hide = false,
  ): void => {
    rows.push([
      ...fixed,
      section,
      groupId,
      group,
      measure,
      scope,
      hide ? '' : round(value),
      hide ? HIDDEN_TEXT : value === null ? 'no data' : '',
    ]);
  };
  const addCounts = (section: string, groupId: string, group: string, scope: string, counts: Counts, hideSmall: boolean): void => {
    const hidden = hideSmall && isHidden(figures, counts.reached);
    add(section, groupId, group, 'reached', scope, counts.reached, hidden);
    add(section, groupId, group, 'completed', scope, counts.completed, hidden);
    add(section, groupId, group, 'passed', scope, counts.passed, hidden);
    add(section, groupId, group, 'completion_rate_percent', scope, completionRate(counts), hidden);
    add(section, groupId, group, 'pass_rate_percent', scope, passRate(counts), hidden);
    add(section, groupId, group, 'average_score', scope, counts.averageScore, hidden);
  };

  for (const scope of SCOPES) addCounts('total', 'all', 'All trainees', SCOPE_CODES[scope], figures.totals[scope], false);
  for (const group of figures.byCategory) {
    for (const scope of SCOPES) addCounts('discipline', group.id, group.label, SCOPE_CODES[scope], group.counts[scope], true);
  }
  for (const quarter of figures.byQuarter) {
    addCounts('quarter', quarter.period.code, quarter.period.label, 'in_period', quarter.inPeriod, false);
    add('quarter', quarter.period.code, quarter.period.label, 'new_reached', 'in_period', quarter.newReached);
  }
  for (const [scope, hours] of [
    ['in_period', figures.hours.inPeriod],
    ['cumulative', figures.hours.cumulative],
  ] as const) {
    add('hours', 'all', 'All trainees', 'completers', scope, hours.completers);
    add('hours', 'all', 'All trainees', 'training_hours', scope, hours.trainingHours);
    add('hours', 'all', 'All trainees', 'measured_learners', scope, hours.measuredLearners);
    add('hours', 'all', 'All trainees', 'measured_hours', scope, hours.measuredLearners > 0 ? hours.measuredHours : null);
  }
  const { knowledge, evaluation } = figures;
  add('knowledge', 'all', 'All objectives', 'pre_test_takers', 'in_period', knowledge.preTakers);
  add('knowledge', 'all', 'All objectives', 'matched_learners', 'in_period', knowledge.matched);
  add('knowledge', 'all', 'All objectives', 'mean_pre_percent', 'in_period', knowledge.meanPre);
  add('knowledge', 'all', 'All objectives', 'mean_final_percent', 'in_period', knowledge.meanFinal);
  add('knowledge', 'all', 'All objectives', 'mean_gain_points', 'in_period', knowledge.meanGain);
  add('knowledge', 'all', 'All objectives', 'improved_percent', 'in_period', knowledge.improvedShare);
  for (const objective of knowledge.byObjective) {
    const hidden = isHidden(figures, objective.matched);
    add('knowledge', objective.id, objective.label, 'matched_learners', 'in_period', objective.matched, hidden);
    add('knowledge', objective.id, objective.label, 'mean_pre_percent', 'in_period', objective.meanPre, hidden);
    add('knowledge', objective.id, objective.label, 'mean_final_percent', 'in_period', objective.meanFinal, hidden);
  }
  add('evaluation', 'all', 'All items', 'respondents', 'in_period', evaluation.respondents);
  for (const item of [...evaluation.items, ...(evaluation.confidence ? [evaluation.confidence] : [])]) {
    const hidden = isHidden(figures, item.answered);
    const measure = item === evaluation.confidence ? 'high_confidence_percent' : 'agree_percent';
    add('evaluation', item.id, item.label, 'answered', 'in_period', item.answered, hidden);
    add('evaluation', item.id, item.label, measure, 'in_period', item.agreeShare, hidden);
  }
  return `${Papa.unparse({ fields: [...CSV_COLUMNS], data: rows }, { newline: '\n' })}\n`;
}
