// Drives a session through the engine fixture as a learner would: every page, every activity, the final.
import { correctAnswer } from '../../src/core/answers';
import type { CourseIndex } from '../../src/core/courseIndex';
import { currentAttempt } from '../../src/core/finalAssessment';
import type { CourseSession } from '../../src/core/session';

export function wrongAnswer(index: CourseIndex, itemId: string): string {
  const item = index.questionById.get(itemId)!;
  const right = correctAnswer(item);
  if (item.kind === 'trueFalse') return right === 't' ? 'f' : 't';
  if (item.kind === 'matching') return [...right].reverse().join('');
  return item.options.find((o) => !o.correct)!.id;
}

export function visitEverything(session: CourseSession, index: CourseIndex): void {
  for (const pageId of index.pageOrder) {
    session.dispatch({ type: 'go', pageId });
    for (const requirement of index.requirementsByPage.get(pageId) ?? []) {
      if (requirement.kind === 'activity') session.dispatch({ type: 'complete', activityId: requirement.id });
      if (requirement.kind === 'question') {
        session.dispatch({ type: 'answer', questionId: requirement.id, answer: wrongAnswer(index, requirement.id) });
        session.dispatch({ type: 'answer', questionId: requirement.id, answer: correctAnswer(index.questionById.get(requirement.id)!) });
      }
    }
  }
}

/** Takes one final attempt, answering `rightCount` items correctly (all by default), and submits it. */
export function takeFinal(session: CourseSession, index: CourseIndex, seed: number, rightCount = Infinity): void {
  session.dispatch({ type: 'startAttempt', seed });
  const attempt = currentAttempt(session.getSnapshot().state)!;
  attempt.items.forEach((itemId, i) => {
    const item = index.questionById.get(itemId)!;
    session.dispatch({ type: 'answerFinal', itemId, answer: i < rightCount ? correctAnswer(item) : wrongAnswer(index, itemId) });
  });
  session.dispatch({ type: 'submitAttempt' });
}
