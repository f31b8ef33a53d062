// Build time only: how long the course takes, from its content, so the welcome screen, the certificate and the
// manifests' typical learning time never drift from what learners are given. Reading at 200 words a minute, plus
// a time for each thing a learner does.
import type { CoursePage } from './course';
import type { Block, Quiz } from './schema';
import { blockTexts, countWords, rich, words } from './words';

export const WORDS_PER_MINUTE = 200;

/** Minutes for what learners do beyond reading; a question's own text is read within its minute. */
export const ACTIVITY_MINUTES = {
  /** Read the question, answer, read the feedback (knowledge checks, checkpoint and final items). */
  question: 1,
  /** Write a note, then compare it with the model answer. */
  reflection: 2,
  sortItem: 0.5,
  scenarioDecision: 1,
  partnerNeed: 0.5,
  /** Write one field of the action plan. */
  actionPlanField: 2,
} as const;

/** How many questions a learner answers in one go through the quiz. */
function questionsAsked(quiz: Quiz): number {
  return quiz.kind === 'checkpoint' ? quiz.items.length : quiz.pools.reduce((n, pool) => n + pool.draw, 0);
}

function blockMinutes(block: Block, quizzes: Record<string, Quiz>): { readingWords: number; activityMinutes: number } {
  switch (block.type) {
    case 'question':
      return { readingWords: 0, activityMinutes: ACTIVITY_MINUTES.question };
    case 'quiz': {
      const quiz = quizzes[block.quiz];
      // The pre-test is counted once, wherever the learner is offered it (estimateTime).
      if (!quiz || quiz.kind === 'pretest') return { readingWords: 0, activityMinutes: 0 };
      return { readingWords: words(rich(quiz.intro)), activityMinutes: questionsAsked(quiz) * ACTIVITY_MINUTES.question };
    }
    case 'reflection':
      return { readingWords: words(rich(block.prompt)) + words(rich(block.modelAnswer)), activityMinutes: ACTIVITY_MINUTES.reflection };
    case 'sort':
      return { readingWords: words(blockTexts(block)), activityMinutes: block.items.length * ACTIVITY_MINUTES.sortItem };
    case 'scenario':
      return {
        readingWords: words(blockTexts(block)),
        activityMinutes: block.steps.filter((step) => step.decision).length * ACTIVITY_MINUTES.scenarioDecision,
      };
    case 'partnerBuilder':
      return { readingWords: words(blockTexts(block)), activityMinutes: block.needs.length * ACTIVITY_MINUTES.partnerNeed };
    case 'actionPlan':
      return { readingWords: words(blockTexts(block)), activityMinutes: block.fields.length * ACTIVITY_MINUTES.actionPlanField };
    default:
      return { readingWords: words(blockTexts(block)), activityMinutes: 0 };
  }
}

export interface TimeEstimate {
  readingWords: number;
  activityMinutes: number;
  /** Reading time plus activity time, rounded up to the next 5 minutes: an estimate, not a stopwatch. */
  minutes: number;
}

export function estimateTime(pages: CoursePage[], quizzes: Record<string, Quiz>): TimeEstimate {
  let readingWords = 0;
  let activityMinutes = 0;
  for (const page of pages) {
    readingWords += countWords(page.title) + words(rich(page.contentNote?.md));
    for (const block of page.blocks) {
      const part = blockMinutes(block, quizzes);
      readingWords += part.readingWords;
      activityMinutes += part.activityMinutes;
    }
  }
  for (const quiz of Object.values(quizzes)) {
    if (quiz.kind === 'pretest') activityMinutes += questionsAsked(quiz) * ACTIVITY_MINUTES.question;
  }
  const exact = readingWords / WORDS_PER_MINUTE + activityMinutes;
  return { readingWords, activityMinutes, minutes: Math.max(5, Math.ceil(exact / 5) * 5) };
}
