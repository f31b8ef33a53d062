// The course facts the report needs, from the course's own content through the course's own loader (so the
// computed course length, the evaluation statements and every quiz item's objective are the ones learners get):
// read by the CLI on each run and by the page's build, so neither copies them by hand.
import { loadCourse } from '../../src/content/load';
import type { CourseFacts } from '../../src/report/core/course';

/** Every quiz item's objective: a checkpoint's own, or the pool's of the final and the pre-test. */
function itemObjectivesOf(quizzes: ReturnType<typeof loadCourse>['quizzes']): Record<string, string> {
  const objectives: Record<string, string> = {};
  for (const quiz of Object.values(quizzes)) {
    if (quiz.kind === 'checkpoint') {
      for (const item of quiz.items) objectives[item.id] = quiz.objective;
    } else {
      for (const pool of quiz.pools) for (const item of pool.items) objectives[item.id] = pool.objective;
    }
  }
  return objectives;
}

export function readCourseFacts(repositoryRoot: string): CourseFacts {
  const course = loadCourse(repositoryRoot);
  return {
    title: course.title,
    roles: course.intake.roles.map(({ id, code, label }) => ({ id, code, label })),
    masteryScore: course.masteryScore,
    estimatedMinutes: course.estimatedMinutes,
    objectives: course.objectives.map(({ id, short }) => ({ id, label: short })),
    itemObjectives: itemObjectivesOf(course.quizzes),
    evaluationItems: Object.fromEntries((course.evaluation?.items ?? []).map((item) => [item.id, item.statement])),
  };
}
