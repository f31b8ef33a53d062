// Completion, success, score and progress, derived from the learner's state by the course's rules:
// - a page is complete when visited and everything it asks of the learner is done;
// - the course is completed when every page is complete (the final assessment page needs a pass, or no attempts left);
// - with a mastery score, success comes from the final assessment; without one it stays unknown.
import { isComplete } from './answers';
import type { CourseIndex, Requirement } from './courseIndex';
import { currentAttempt, finalIsFinished, finalStatus, objectiveScores } from './finalAssessment';
import type { LearnerState } from './state';

export type Completion = 'incomplete' | 'completed';
export type Success = 'unknown' | 'passed' | 'failed';

function requirementMet(index: CourseIndex, state: LearnerState, requirement: Requirement): boolean {
  switch (requirement.kind) {
    case 'question': {
      const answer = state.answers[requirement.id];
      const question = index.questionById.get(requirement.id);
      return answer !== undefined && question !== undefined && isComplete(question, answer);
    }
    case 'activity':
      return state.done.includes(requirement.id);
    case 'final':
      return finalIsFinished(index, state);
  }
}

export function isPageComplete(index: CourseIndex, state: LearnerState, pageId: string): boolean {
  if (!state.visited.includes(pageId)) return false;
  return (index.requirementsByPage.get(pageId) ?? []).every((r) => requirementMet(index, state, r));
}

export function completedPageCount(index: CourseIndex, state: LearnerState): number {
  return index.pageOrder.filter((id) => isPageComplete(index, state, id)).length;
}

export function progressMeasure(index: CourseIndex, state: LearnerState): number {
  return index.pageOrder.length === 0 ? 1 : completedPageCount(index, state) / index.pageOrder.length;
}

export function completion(index: CourseIndex, state: LearnerState): Completion {
  return completedPageCount(index, state) === index.pageOrder.length ? 'completed' : 'incomplete';
}

export function success(index: CourseIndex, state: LearnerState): Success {
  if (index.course.masteryScore === null || !index.final) return 'unknown';
  const status = finalStatus(index, state);
  if (status.kind === 'passed') return 'passed';
  if (status.kind === 'failed') return 'failed';
  // A retake under way does not undo the failed attempt before it: until it is submitted, that result stands.
  if (status.kind === 'in-progress' && state.attempts.some((a) => a.score !== null)) return 'failed';
  return 'unknown';
}

/**
 * The course's rule for a certificate, the same one the LMS record follows: every page complete and, with a pass
 * mark, the final assessment passed. (SCORM 1.2 reports "passed" only then, SCORM 2004 completed and passed.)
 */
export function certificateEarned(completionNow: Completion, successNow: Success, masteryScore: number | null): boolean {
  return completionNow === 'completed' && (successNow === 'passed' || masteryScore === null);
}

/** The score of the latest submitted final attempt, in percent. */
export function scorePercent(index: CourseIndex, state: LearnerState): number | null {
  for (let i = state.attempts.length - 1; i >= 0; i--) {
    const score = state.attempts[i]?.score;
    if (score !== null && score !== undefined) return score;
  }
  return null;
}

export interface ObjectiveStatus {
  id: string;
  completion: Completion;
  success: Success;
  scorePercent: number | null;
  /** Share of the objective's pages complete (checkpoints included), 0–1. */
  progress: number;
}

export function objectiveStatuses(index: CourseIndex, state: LearnerState): ObjectiveStatus[] {
  const latest = [...state.attempts].reverse().find((a) => a.score !== null) ?? currentAttempt(state);
  const scores = latest && latest.score !== null ? objectiveScores(index, latest) : new Map<string, number>();
  const mastery = index.course.masteryScore;
  return index.course.objectives.map((objective) => {
    const pages = index.course.pages.filter((p) => p.objective === objective.id);
    const complete = pages.filter((p) => isPageComplete(index, state, p.id)).length;
    const score = scores.get(objective.id) ?? null;
    return {
      id: objective.id,
      completion: complete === pages.length ? 'completed' : 'incomplete',
      success: score === null || mastery === null ? 'unknown' : score >= mastery ? 'passed' : 'failed',
      scorePercent: score,
      progress: pages.length === 0 ? 1 : complete / pages.length,
    };
  });
}
