// The figures grantees file, for one reporting period, from the learner records. Every count comes three ways:
//   in the period (unduplicated): learners active in the period, once each, however many rows they have;
//   new in the period: learners whose first activity (first completion, first pass) falls in the period, so the
//     periods of an award add up to the cumulative figure;
//   cumulative: the same as "in the period" over the award start … the period's end.
import { reportCategories, ROLE_UNKNOWN, NOT_STATED, type CategoryMapping } from './categories';
import { CONFIDENCE_ITEM, type CourseFacts } from './course';
import type { Day } from './days';
import { quartersBetween, type Period } from './periods';
import { STATUS_RANK, type LearnerRecord, type LearnerStore } from './store';

export interface ReportSettings {
  period: Period;
  /** The award's first day: cumulative figures start there. Null: from the first record in the files. */
  awardStart: Day | null;
  mapping: CategoryMapping;
  /** Hide counts of 1 to 4 learners in groups (disciplines, evaluation items, objectives) for privacy. */
  hideSmallGroups: boolean;
}

export interface Counts {
  reached: number;
  completed: number;
  passed: number;
  /** Mean of the learners' best score in the window, over those with one; null when none has. */
  averageScore: number | null;
}

export interface Scoped {
  inPeriod: Counts;
  newInPeriod: Counts;
  cumulative: Counts;
}

export interface GroupFigures {
  id: string;
  label: string;
  counts: Scoped;
}

export interface HoursFigures {
  completers: number;
  /** Completers × the course's published length. */
  trainingHours: number;
  /** Learners whose time the LMS measured, and that time in hours. */
  measuredLearners: number;
  measuredHours: number;
}

export interface ObjectiveGain {
  id: string;
  label: string;
  matched: number;
  meanPre: number | null;
  meanFinal: number | null;
}

export interface KnowledgeFigures {
  /** Learners with pre-test answers. */
  preTakers: number;
  /** Learners with both a scored pre-test and a final score. */
  matched: number;
  meanPre: number | null;
  meanFinal: number | null;
  meanGain: number | null;
  /** Share (0–100) of matched learners whose final % is above their pre-test %. */
  improvedShare: number | null;
  byObjective: ObjectiveGain[];
}

export interface EvaluationItemFigures {
  id: string;
  label: string;
  answered: number;
  /** Share (0–100) answering 4 or 5 ("agree" or "strongly agree"; for the confidence item, high or very high). */
  agreeShare: number | null;
}

export interface EvaluationFigures {
  respondents: number;
  items: EvaluationItemFigures[];
  confidence: EvaluationItemFigures | null;
}

export interface ReportFigures {
  period: Period;
  /** First day of the cumulative window (the award start, or the first record). */
  cumulativeFrom: Day | null;
  courseHours: number;
  totals: Scoped;
  byCategory: GroupFigures[];
  /** Every fiscal quarter from the cumulative window's start to the period's end, with that quarter's counts. */
  byQuarter: { period: Period; inPeriod: Counts; newReached: number }[];
  hours: { inPeriod: HoursFigures; cumulative: HoursFigures };
  knowledge: KnowledgeFigures;
  evaluation: EvaluationFigures;
  hideSmallGroups: boolean;
  warnings: string[];
}

/** One learner, reduced to what any period needs. */
interface LearnerSummary {
  record: LearnerRecord;
  category: string;
  firstDay: Day;
  firstCompleted: Day | null;
  firstPassed: Day | null;
}

const COMPLETED_RANK = STATUS_RANK.completed;
const PASSED_RANK = STATUS_RANK.passed;

function summarise(record: LearnerRecord, mapping: CategoryMapping): LearnerSummary | null {
  const { spans, results } = record;
  if (spans.length === 0) return null;
  let firstDay = Infinity;
  for (let index = 0; index < spans.length; index += 2) firstDay = Math.min(firstDay, spans[index]!);
  let firstCompleted: Day | null = null;
  let firstPassed: Day | null = null;
  for (let index = 0; index < results.length; index += 3) {
    const [day, rank] = [results[index]!, results[index + 1]!];
    if (rank >= COMPLETED_RANK && (firstCompleted === null || day < firstCompleted)) firstCompleted = day;
    if (rank === PASSED_RANK && (firstPassed === null || day < firstPassed)) firstPassed = day;
  }
  const roleId = record.role?.value ?? record.profileRoleId;
  const category =
    roleId !== null ? (mapping.roleToCategory[roleId] ?? NOT_STATED.id) : record.carriesRole ? NOT_STATED.id : ROLE_UNKNOWN.id;
  return { record, category, firstDay, firstCompleted, firstPassed };
}

function activeIn(record: LearnerRecord, from: Day, to: Day): boolean {
  const { spans } = record;
  for (let index = 0; index < spans.length; index += 2) if (spans[index]! <= to && spans[index + 1]! >= from) return true;
  return false;
}

/** Whether the learner reached a rank in the window, and their best score there. */
function resultsIn(record: LearnerRecord, from: Day, to: Day): { best: number; score: number | null } {
  const { results } = record;
  let best = -1;
  let score: number | null = null;
  for (let index = 0; index < results.length; index += 3) {
    const day = results[index]!;
    if (day < from || day > to) continue;
    best = Math.max(best, results[index + 1]!);
    const value = results[index + 2]!;
    if (value >= 0) score = Math.max(score ?? 0, value);
  }
  return { best, score };
}

class CountsBuilder {
  reached = 0;
  completed = 0;
  passed = 0;
  private scoreSum = 0;
  private scored = 0;

  add(completed: boolean, passed: boolean, score: number | null, reached = true): void {
    if (reached) this.reached += 1;
    if (completed) this.completed += 1;
    if (passed) this.passed += 1;
    if (reached && score !== null) {
      this.scoreSum += score;
      this.scored += 1;
    }
  }

  counts(): Counts {
    return {
      reached: this.reached,
      completed: this.completed,
      passed: this.passed,
      averageScore: this.scored > 0 ? this.scoreSum / this.scored : null,
    };
  }
}

class ScopedBuilder {
  readonly inPeriod = new CountsBuilder();
  readonly newInPeriod = new CountsBuilder();
  readonly cumulative = new CountsBuilder();
  scoped(): Scoped {
    return { inPeriod: this.inPeriod.counts(), newInPeriod: this.newInPeriod.counts(), cumulative: this.cumulative.counts() };
  }
}

const within = (day: Day | null, from: Day, to: Day): boolean => day !== null && day >= from && day <= to;

function mean(values: readonly number[]): number | null {
  return values.length > 0 ? values.reduce((sum, value) => sum + value, 0) / values.length : null;
}

function share(part: number, whole: number): number | null {
  return whole > 0 ? (part / whole) * 100 : null;
}

function percentCorrect(values: Iterable<boolean | null>): number | null {
  let scored = 0;
  let correct = 0;
  for (const value of values) {
    if (value === null) continue;
    scored += 1;
    if (value) correct += 1;
  }
  return share(correct, scored);
}

function knowledgeOf(learners: readonly { record: LearnerRecord; finalScore: number | null }[], course: CourseFacts): KnowledgeFigures {
  const pre: number[] = [];
  const final: number[] = [];
  const gains: number[] = [];
  let improved = 0;
  let preTakers = 0;
  const perObjective = new Map(course.objectives.map((objective) => [objective.id, { pre: [] as number[], final: [] as number[] }]));
  for (const { record, finalScore } of learners) {
    if (!record.pre) continue;
    preTakers += 1;
    const prePercent = percentCorrect([...record.pre.values()].map((answer) => answer.value));
    const finalPercent = finalScore ?? (record.final ? percentCorrect(record.final.items.values()) : null);
    if (prePercent !== null && finalPercent !== null) {
      pre.push(prePercent);
      final.push(finalPercent);
      gains.push(finalPercent - prePercent);
      if (finalPercent > prePercent) improved += 1;
    }
    for (const [objectiveId, lists] of perObjective) {
      const ofObjective = (item: string): boolean => course.itemObjectives[item] === objectiveId;
      const preHere = percentCorrect([...record.pre].filter(([item]) => ofObjective(item)).map(([, answer]) => answer.value));
      const finalHere = record.final
        ? percentCorrect([...record.final.items].filter(([item]) => ofObjective(item)).map(([, value]) => value))
        : null;
      if (preHere !== null && finalHere !== null) {
        lists.pre.push(preHere);
        lists.final.push(finalHere);
      }
    }
  }
  return {
    preTakers,
    matched: pre.length,
    meanPre: mean(pre),
    meanFinal: mean(final),
    meanGain: mean(gains),
    improvedShare: share(improved, pre.length),
    byObjective: course.objectives.map(({ id, label }) => {
      const lists = perObjective.get(id)!;
      return { id, label, matched: lists.pre.length, meanPre: mean(lists.pre), meanFinal: mean(lists.final) };
    }),
  };
}

function evaluationOf(records: readonly LearnerRecord[], course: CourseFacts): EvaluationFigures {
  const tallies = new Map<string, { answered: number; agree: number }>(
    Object.keys(course.evaluationItems).map((id) => [id, { answered: 0, agree: 0 }]),
  );
  let respondents = 0;
  for (const record of records) {
    if (!record.evaluation || record.evaluation.size === 0) continue;
    respondents += 1;
    for (const [item, answer] of record.evaluation) {
      const tally = tallies.get(item) ?? { answered: 0, agree: 0 };
      tally.answered += 1;
      if (answer.value >= 4) tally.agree += 1;
      tallies.set(item, tally);
    }
  }
  const items = [...tallies].map(([id, tally]) => ({
    id,
    label: course.evaluationItems[id] ?? id,
    answered: tally.answered,
    agreeShare: share(tally.agree, tally.answered),
  }));
  return {
    respondents,
    items: items.filter((item) => item.id !== CONFIDENCE_ITEM),
    confidence: items.find((item) => item.id === CONFIDENCE_ITEM) ?? null,
  };
}

/** The learner records, reduced once; figures for any period and mapping come from these quickly. */
export interface Summaries {
  learners: LearnerSummary[];
  /** Learners with no dated activity at all (a gradebook row, a completion row not completed). */
  undated: number;
  firstDay: Day | null;
  lastDay: Day | null;
}

export function summariseStore(store: LearnerStore, mapping: CategoryMapping): Summaries {
  const learners: LearnerSummary[] = [];
  let undated = 0;
  let firstDay: Day | null = null;
  let lastDay: Day | null = null;
  for (const record of store.learners.values()) {
    const summary = summarise(record, mapping);
    if (!summary) {
      undated += 1;
      continue;
    }
    learners.push(summary);
    firstDay = Math.min(firstDay ?? Infinity, summary.firstDay);
    for (let index = 1; index < record.spans.length; index += 2) lastDay = Math.max(lastDay ?? -Infinity, record.spans[index]!);
  }
  return { learners, undated, firstDay, lastDay };
}

export function computeFigures(summaries: Summaries, settings: ReportSettings, course: CourseFacts): ReportFigures {
  const { period, mapping } = settings;
  const cumulativeFrom = settings.awardStart ?? summaries.firstDay;
  const windowStart = cumulativeFrom ?? period.from;
  const categories = reportCategories(mapping);
  const totals = new ScopedBuilder();
  const byCategory = new Map(categories.map((category) => [category.id, new ScopedBuilder()]));
  const reachedInPeriod: { record: LearnerRecord; finalScore: number | null }[] = [];
  let measuredInPeriod = { learners: 0, seconds: 0 };
  let measuredCumulative = { learners: 0, seconds: 0 };
  let roleUnknown = 0;

  for (const learner of summaries.learners) {
    const { record } = learner;
    const builders = [totals, byCategory.get(learner.category)!];
    if (activeIn(record, period.from, period.to)) {
      const { best, score } = resultsIn(record, period.from, period.to);
      for (const builder of builders) builder.inPeriod.add(best >= COMPLETED_RANK, best === PASSED_RANK, score);
      reachedInPeriod.push({ record, finalScore: score });
      if (record.seconds !== null)
        measuredInPeriod = { learners: measuredInPeriod.learners + 1, seconds: measuredInPeriod.seconds + record.seconds };
      if (learner.category === ROLE_UNKNOWN.id) roleUnknown += 1;
    }
    const isNew = within(learner.firstDay, period.from, period.to);
    const completedNew = within(learner.firstCompleted, period.from, period.to);
    const passedNew = within(learner.firstPassed, period.from, period.to);
    if (isNew || completedNew || passedNew) {
      const score = isNew ? resultsIn(record, period.from, period.to).score : null;
      for (const builder of builders) builder.newInPeriod.add(completedNew, passedNew, score, isNew);
    }
    if (activeIn(record, windowStart, period.to)) {
      const { best, score } = resultsIn(record, windowStart, period.to);
      for (const builder of builders) builder.cumulative.add(best >= COMPLETED_RANK, best === PASSED_RANK, score);
      if (record.seconds !== null)
        measuredCumulative = { learners: measuredCumulative.learners + 1, seconds: measuredCumulative.seconds + record.seconds };
    }
  }

  const quarterStart = Math.min(windowStart, period.from);
  const byQuarter = quartersBetween(quarterStart, period.to).map((quarter) => {
    const counts = new CountsBuilder();
    let newReached = 0;
    for (const learner of summaries.learners) {
      if (within(learner.firstDay, quarter.from, quarter.to)) newReached += 1;
      if (!activeIn(learner.record, quarter.from, quarter.to)) continue;
      const { best, score } = resultsIn(learner.record, quarter.from, quarter.to);
      counts.add(best >= COMPLETED_RANK, best === PASSED_RANK, score);
    }
    return { period: quarter, inPeriod: counts.counts(), newReached };
  });

  const courseHours = course.estimatedMinutes / 60;
  const scoped = totals.scoped();
  const hours = (completers: number, measured: { learners: number; seconds: number }): HoursFigures => ({
    completers,
    trainingHours: completers * courseHours,
    measuredLearners: measured.learners,
    measuredHours: measured.seconds / 3600,
  });

  const warnings: string[] = [];
  if (roleUnknown > 0) {
    warnings.push(
      `${roleUnknown} learner${roleUnknown === 1 ? ' is' : 's are'} known only from files that cannot carry the intake answer ` +
        `(Moodle's basic report, or its interactions report of a SCORM 2004 activity): they are counted under "${ROLE_UNKNOWN.label}", not "${NOT_STATED.label}"`,
    );
  }
  if (summaries.undated > 0) {
    warnings.push(
      `${summaries.undated} learner${summaries.undated === 1 ? ' appears' : 's appear'} only in rows without dates of activity ` +
        '(gradebook export, learners who have not completed in the completion report): not counted until another file dates them',
    );
  }

  return {
    period,
    cumulativeFrom,
    courseHours,
    totals: scoped,
    byCategory: categories.map(({ id, label }) => ({ id, label, counts: byCategory.get(id)!.scoped() })),
    byQuarter,
    hours: {
      inPeriod: hours(scoped.inPeriod.completed, measuredInPeriod),
      cumulative: hours(scoped.cumulative.completed, measuredCumulative),
    },
    knowledge: knowledgeOf(reachedInPeriod, course),
    evaluation: evaluationOf(
      reachedInPeriod.map(({ record }) => record),
      course,
    ),
    hideSmallGroups: settings.hideSmallGroups,
    warnings,
  };
}

/** Counts of 1 to 4 in a group are hidden when the user asks, so a small group's members cannot be singled out. */
export const SMALL_GROUP = 5;

export function isHidden(figures: Pick<ReportFigures, 'hideSmallGroups'>, count: number): boolean {
  return figures.hideSmallGroups && count > 0 && count < SMALL_GROUP;
}
