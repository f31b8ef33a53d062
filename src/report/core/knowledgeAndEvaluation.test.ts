// Knowledge gain and evaluation from the pre-test (pre.*) and evaluation (eval.*) interactions, on synthetic
// fixtures in the shape of Moodle's interactions report and of xAPI statements (tests/fixtures/reports/synthetic).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { headline, reachedByCategory, readFixtures, syntheticExports } from '../../../tests/support/reportFixtures';
import type { ReportFigures } from './figures';

const round = (value: number | null): number | null => (value === null ? null : Math.round(value * 10) / 10);

function gainAndEvaluation(figures: ReportFigures) {
  const { knowledge, evaluation } = figures;
  return {
    matched: knowledge.matched,
    preTakers: knowledge.preTakers,
    meanPre: round(knowledge.meanPre),
    meanFinal: round(knowledge.meanFinal),
    meanGain: round(knowledge.meanGain),
    improved: round(knowledge.improvedShare),
    byObjective: knowledge.byObjective.map((objective) => [
      objective.id,
      objective.matched,
      round(objective.meanPre),
      round(objective.meanFinal),
    ]),
    respondents: evaluation.respondents,
    items: evaluation.items.map((item) => [item.id, item.answered, round(item.agreeShare)]),
    confidence: evaluation.confidence && [evaluation.confidence.answered, round(evaluation.confidence.agreeShare)],
  };
}

const EXPECTED = {
  matched: 3,
  preTakers: 3,
  meanPre: 33.3,
  meanFinal: 76.7,
  meanGain: 43.3,
  improved: 100,
  byObjective: [
    ['obj-collaboration', 3, 66.7, 66.7],
    ['obj-focus', 3, 33.3, 100],
    ['obj-multidisciplinary', 3, 0, 33.3],
  ],
  respondents: 3,
  // met-objectives is in quizzes/evaluation.yaml but in none of the synthetic answers: listed, no one answered.
  items: [
    ['relevant', 2, 100],
    ['clear', 2, 50],
    ['will-use', 2, 50],
    ['met-objectives', 0, null],
  ],
  confidence: [3, 66.7],
};

// s3 finished the course and failed the final: xAPI says so (completed, then failed); Moodle's SCO column shows
// only the score, which is below the mastery score, so there s3 counts as failed, not completed.
describe.each([
  ['Moodle interactions report (SYNTHETIC)', 'moodle-interactions-pre-eval.SYNTHETIC.txt', 3],
  ['xAPI statements (SYNTHETIC)', 'xapi-statements.SYNTHETIC.json', 4],
])('%s', (_label, name, completed) => {
  it('knowledge gain (matched learners, mean pre %, mean final %, gain, % improved, per objective) and evaluation (agree per item, confidence)', async () => {
    const figures = (await readFixtures([join(syntheticExports, name)])).figures('2025-01-01..2025-06-30');
    expect(gainAndEvaluation(figures)).toEqual(EXPECTED);
  });

  it('the latest intake answer counts (s2: dv-provider, then prosecutor); a learner without one is not stated', async () => {
    const figures = (await readFixtures([join(syntheticExports, name)])).figures('2025-01-01..2025-06-30');
    expect(reachedByCategory(figures)).toEqual({ 'law-enforcement': 1, prosecutor: 1, 'prefer-not-to-say': 1, 'not-stated': 1 });
    expect(headline(figures.totals.inPeriod)).toEqual({ reached: 4, completed, passed: 3, average: 82.5 });
  });

  it('per fiscal quarter: s1–s3 in FY2025 Q2 (Jan–Mar), s4 in Q3; knowledge and evaluation follow the period', async () => {
    const read = await readFixtures([join(syntheticExports, name)]);
    const q2 = read.figures('FY2025-Q2');
    expect(q2.totals.inPeriod.reached).toBe(3);
    expect(q2.evaluation.respondents).toBe(2);
    const q3 = read.figures('FY2025-Q3', { awardStart: '2024-10-01' });
    expect(headline(q3.totals.inPeriod)).toEqual({ reached: 1, completed: 1, passed: 1, average: 100 });
    expect(q3.totals.cumulative.reached).toBe(4);
    expect(q3.knowledge.matched).toBe(0);
    expect(q3.evaluation.confidence?.answered).toBe(1);
  });
});

describe('xAPI only', () => {
  it('measured time from terminated statements (46 minutes each) and a voided statement left out', async () => {
    const read = await readFixtures([join(syntheticExports, 'xapi-statements.SYNTHETIC.json')]);
    const figures = read.figures('2025-01-01..2025-06-30');
    expect(figures.hours.inPeriod.measuredLearners).toBe(4);
    expect(round(figures.hours.inPeriod.measuredHours)).toBe(round((4 * 46) / 60));
    expect(read.outcomes[0]!.report.details).toEqual(['2 voided statements left out']);
  });
});

describe('small groups hidden for privacy', () => {
  it('hides group counts of 1 to 4 but not the totals', async () => {
    const read = await readFixtures([join(syntheticExports, 'moodle-interactions-pre-eval.SYNTHETIC.txt')]);
    const figures = read.figures('2025-01-01..2025-06-30', { hideSmallGroups: true });
    const { figuresToCsv } = await import('./csv');
    const csv = figuresToCsv(figures, { program: 'P', grantNumber: 'G' });
    expect(csv).toMatch(/discipline,law-enforcement,Criminal Justice: Law Enforcement,reached,in_period,,fewer than 5\n/);
    expect(csv).toMatch(/total,all,All trainees,reached,in_period,4,\n/);
    expect(csv).toMatch(/discipline,survivor,Survivor,reached,in_period,0,\n/);
  });
});
