// The learner's intents, applied to their state. Pure: the same state and action always give the same result.
import { choosesNothing, isValidAnswer } from './answers';
import type { CourseIndex } from './courseIndex';
import { attemptItems, currentAttempt, drawItems, finalStatus, scoreAnswers } from './finalAssessment';
import { withEvaluation } from './evaluation';
import { withPretestAnswer, withPretestFinished } from './preTest';
import { SEED_LIMIT } from './random';
import type { LearnerState } from './state';

export type Action =
  | { type: 'go'; pageId: string }
  | { type: 'answer'; questionId: string; answer: string }
  | { type: 'complete'; activityId: string }
  | { type: 'setRole'; role: string | null }
  | { type: 'startAttempt'; seed: number }
  | { type: 'answerFinal'; itemId: string; answer: string }
  | { type: 'submitAttempt' }
  /** The session records the day the learner met the certificate rule; the core stays free of clocks. */
  | { type: 'finished'; day: number }
  /** Sets the learner's shuffle seed; a seed once set is kept. */
  | { type: 'seedShuffle'; seed: number }
  | { type: 'answerPretest'; itemId: string; answer: string }
  /** Submit or skip the pre-test. */
  | { type: 'finishPretest' }
  | { type: 'submitEvaluation'; ratings: Record<string, string> };

function withItem(list: string[], item: string): string[] {
  return list.includes(item) ? list : [...list, item];
}

export function apply(index: CourseIndex, state: LearnerState, action: Action): LearnerState {
  switch (action.type) {
    case 'go':
      if (!index.pageById.has(action.pageId) || state.location === action.pageId) return state;
      return { ...state, location: action.pageId, visited: withItem(state.visited, action.pageId) };
    case 'answer': {
      const question = index.questionById.get(action.questionId);
      if (!question || !index.practiceIds.has(action.questionId) || !isValidAnswer(question, action.answer)) return state;
      // Checking the same answer again changes nothing, so it is neither saved nor reported again.
      if (state.answers[action.questionId] === action.answer) return state;
      return { ...state, answers: { ...state.answers, [action.questionId]: action.answer } };
    }
    case 'complete':
      if (!index.activityIds.has(action.activityId)) return state;
      return { ...state, done: withItem(state.done, action.activityId) };
    case 'setRole':
      if (action.role !== null && !index.course.intake.roles.some((r) => r.id === action.role)) return state;
      return { ...state, role: action.role };
    case 'startAttempt': {
      const status = finalStatus(index, state);
      const canStart = status.kind === 'not-started' || (status.kind === 'failed' && status.attemptsLeft > 0);
      if (!index.final || !canStart) return state;
      const attempt = {
        number: state.attempts.length + 1,
        seed: action.seed,
        items: drawItems(index, action.seed, state.attempts),
        answers: {},
        score: null,
      };
      return { ...state, attempts: [...state.attempts, attempt] };
    }
    case 'answerFinal': {
      const attempt = currentAttempt(state);
      const item = index.questionById.get(action.itemId);
      if (!attempt || attempt.score !== null || !item || !attempt.items.includes(action.itemId)) return state;
      // Unticking every box or unmatching every pair takes the answer back: the item is unanswered again (and is
      // not reported as an empty response, which SCORM 2004 refuses).
      if (choosesNothing(action.answer)) {
        if (!(action.itemId in attempt.answers)) return state;
        const answers = Object.fromEntries(Object.entries(attempt.answers).filter(([id]) => id !== action.itemId));
        return { ...state, attempts: [...state.attempts.slice(0, -1), { ...attempt, answers }] };
      }
      if (!isValidAnswer(item, action.answer)) return state;
      const updated = { ...attempt, answers: { ...attempt.answers, [action.itemId]: action.answer } };
      return { ...state, attempts: [...state.attempts.slice(0, -1), updated] };
    }
    case 'submitAttempt': {
      const attempt = currentAttempt(state);
      // An attempt whose items all went away in a content update cannot be scored: it must not use up an attempt.
      if (!attempt || attempt.score !== null || attemptItems(index, attempt).length === 0) return state;
      const submitted = { ...attempt, score: scoreAnswers(attemptItems(index, attempt), attempt.answers) };
      return { ...state, attempts: [...state.attempts.slice(0, -1), submitted] };
    }
    case 'finished':
      if (state.finishedOn !== null || !Number.isInteger(action.day) || action.day < 0) return state;
      return { ...state, finishedOn: action.day };
    case 'seedShuffle':
      if (state.shuffleSeed !== null || !Number.isInteger(action.seed) || action.seed < 0 || action.seed >= SEED_LIMIT) return state;
      return { ...state, shuffleSeed: action.seed };
    case 'answerPretest':
      return withPretestAnswer(index, state, action.itemId, action.answer);
    case 'finishPretest':
      return withPretestFinished(index, state);
    case 'submitEvaluation':
      return withEvaluation(index, state, action.ratings);
  }
}
