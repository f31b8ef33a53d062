// What the results screen offers next, from the learner's state: the pages still to finish, the pages to review
// after a failed attempt (those that teach the questions answered wrong), and the closing pages after a pass.
import type { CoursePage } from '../content/course';
import { isCorrect } from '../core/answers';
import { isPageComplete } from '../core/completion';
import type { CourseIndex } from '../core/courseIndex';
import { attemptItems, currentAttempt } from '../core/finalAssessment';
import type { LearnerState } from '../core/state';

const pagesIn = (index: CourseIndex, ids: Iterable<string>): CoursePage[] => {
  const wanted = new Set(ids);
  return index.pageOrder.filter((id) => wanted.has(id)).flatMap((id) => index.pageById.get(id) ?? []);
};

export function unfinishedPages(index: CourseIndex, state: LearnerState): CoursePage[] {
  return pagesIn(
    index,
    index.pageOrder.filter((id) => !isPageComplete(index, state, id)),
  );
}

/** The pages that teach the questions of the latest submitted attempt that were answered wrong, in course order. */
export function pagesToReview(index: CourseIndex, state: LearnerState): CoursePage[] {
  const attempt = currentAttempt(state);
  if (!attempt || attempt.score === null) return [];
  const missed = attemptItems(index, attempt).filter((item) => {
    const answer = attempt.answers[item.id];
    return answer === undefined || !isCorrect(item, answer);
  });
  return pagesIn(
    index,
    missed.flatMap((item) => (item.teaches ? [item.teaches] : [])),
  );
}

/** The page that holds the final assessment, and the pages after it (key takeaways, resources…). */
export function finalAndClosingPages(index: CourseIndex): { finalPage: CoursePage | null; closing: CoursePage[] } {
  const at = index.pageOrder.findIndex((id) =>
    index.pageById.get(id)?.blocks.some((b) => b.type === 'quiz' && index.course.quizzes[b.quiz]?.kind === 'final'),
  );
  if (at < 0) return { finalPage: null, closing: [] };
  return { finalPage: index.pageById.get(index.pageOrder[at]!) ?? null, closing: pagesIn(index, index.pageOrder.slice(at + 1)) };
}
