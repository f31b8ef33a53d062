// The report as Markdown, what the CLI prints by default: the same figures, in the page's order.
import type { ReportHeading } from './csv';
import { describeFile, type FileReport } from './fileReport';
import { isHidden, type Counts, type ReportFigures } from './figures';
import { completionRate, cumulativeStartText, groupCount, oneDecimal, passRate, percent, SCOPE_LABELS, SCOPES } from './present';

const cell = (text: string): string => text.replaceAll('|', '\\|').replace(/\s*\n\s*/g, ' ');
const line = (cells: readonly string[]): string => `| ${cells.map(cell).join(' | ')} |`;

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [line(header), line(header.map((_, index) => (index === 0 ? '---' : '---:'))), ...rows.map(line)].join('\n');
}

function countCells(figures: ReportFigures, counts: Counts, hideSmall: boolean): string[] {
  if (hideSmall && isHidden(figures, counts.reached)) return [groupCount(figures, counts.reached), '', '', '', '', ''];
  return [
    String(counts.reached),
    String(counts.completed),
    String(counts.passed),
    percent(completionRate(counts)),
    percent(passRate(counts)),
    oneDecimal(counts.averageScore),
  ];
}

const COUNT_HEADER = ['Reached', 'Completed', 'Passed', 'Completion rate', 'Pass rate', 'Average score'];

export function figuresToMarkdown(figures: ReportFigures, heading: ReportHeading, files: readonly FileReport[]): string {
  const { knowledge, evaluation } = figures;
  const title = [heading.program, heading.grantNumber && `grant ${heading.grantNumber}`].filter(Boolean).join(', ');
  const out: string[] = [
    `# Training report${title ? `: ${title}` : ''}`,
    '',
    `- Period: ${figures.period.label}`,
    `- Cumulative since: ${cumulativeStartText(figures.cumulativeFrom)}`,
    '',
    '## Files',
    '',
    ...files.map((file) => `- ${file.name}: ${describeFile(file)}`),
    ...files.flatMap((file) => [...file.warnings, ...file.problems].map((message) => `  - ${file.name}: ${message}`)),
    '',
  ];
  if (figures.warnings.length > 0) out.push('## Warnings', '', ...figures.warnings.map((warning) => `- ${warning}`), '');
  out.push(
    '## Trainees',
    '',
    table(
      ['', ...COUNT_HEADER],
      SCOPES.map((scope) => [SCOPE_LABELS[scope], ...countCells(figures, figures.totals[scope], false)]),
    ),
    '',
  );
  for (const scope of SCOPES) {
    out.push(
      `## By discipline: ${SCOPE_LABELS[scope].toLowerCase()}`,
      '',
      table(
        ['Discipline', ...COUNT_HEADER],
        figures.byCategory.map((group) => [group.label, ...countCells(figures, group.counts[scope], true)]),
      ),
      '',
    );
  }
  out.push(
    '## By fiscal quarter',
    '',
    table(
      ['Quarter', 'New', ...COUNT_HEADER],
      figures.byQuarter.map((quarter) => [
        quarter.period.label,
        String(quarter.newReached),
        ...countCells(figures, quarter.inPeriod, false),
      ]),
    ),
    '',
    '## Training hours',
    '',
    table(
      ['', 'Completers', `Training hours (× ${oneDecimal(figures.courseHours)} h)`, 'Learners with measured time', 'Measured hours'],
      (
        [
          ['In the period', figures.hours.inPeriod],
          ['Cumulative', figures.hours.cumulative],
        ] as const
      ).map(([label, hours]) => [
        label,
        String(hours.completers),
        oneDecimal(hours.trainingHours),
        String(hours.measuredLearners),
        hours.measuredLearners > 0 ? oneDecimal(hours.measuredHours) : '–',
      ]),
    ),
    '',
    '## Knowledge gain (learners active in the period)',
    '',
    `Pre-test takers: ${knowledge.preTakers}; matched with a final score: ${knowledge.matched}; mean pre-test ${percent(knowledge.meanPre)}, ` +
      `mean final ${percent(knowledge.meanFinal)}, mean gain ${oneDecimal(knowledge.meanGain)} points; improved: ${percent(knowledge.improvedShare)}.`,
    '',
    table(
      ['Objective', 'Matched', 'Mean pre-test', 'Mean final'],
      knowledge.byObjective.map((objective) =>
        isHidden(figures, objective.matched)
          ? [objective.label, groupCount(figures, objective.matched), '', '']
          : [objective.label, String(objective.matched), percent(objective.meanPre), percent(objective.meanFinal)],
      ),
    ),
    '',
    '## Evaluation (learners active in the period)',
    '',
    `Respondents: ${evaluation.respondents}.`,
    '',
    table(
      ['Statement', 'Answered', 'Agree or strongly agree'],
      evaluation.items.map((item) =>
        isHidden(figures, item.answered)
          ? [item.label, groupCount(figures, item.answered), '']
          : [item.label, String(item.answered), percent(item.agreeShare)],
      ),
    ),
    '',
    evaluation.confidence
      ? `Confidence (high or very high, the federal measure): ${isHidden(figures, evaluation.confidence.answered) ? groupCount(figures, evaluation.confidence.answered) : `${percent(evaluation.confidence.agreeShare)} of ${evaluation.confidence.answered}`}.`
      : 'Confidence: no answers in the files.',
    '',
  );
  return out.join('\n');
}
