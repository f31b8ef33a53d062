// Answers turned into interaction records for the LMS's question-by-question reports.
// Ids: "final.<attempt>.<item>", "practice.<item>.<time>", "intake.role", "pre.<item>" (the pre-test),
// "eval.<statement>" (the evaluation). Free text never becomes an interaction.
import { richToText } from '../content/richText';
import type { Question } from '../content/schema';
import { correctAnswer, isCorrect, sortedPairIds } from './answers';
import type { CourseIndex } from './courseIndex';
import type { InteractionRecord, InteractionResponse } from './tracker';

function responseOf(question: Question, answer: string): InteractionResponse {
  switch (question.kind) {
    case 'single':
    case 'multiple':
      return { kind: 'choice', ids: [...answer] };
    case 'trueFalse':
      return { kind: 'true-false', value: answer === 't' };
    case 'matching': {
      const sources = sortedPairIds(question);
      return {
        kind: 'matching',
        pairs: [...answer].flatMap((target, i) => (target === '-' ? [] : [[sources[i] as string, target] as [string, string]])),
      };
    }
  }
}

/** Interaction descriptions are plain text and short: the LMS shows them in its report. */
function describe(question: Question): string {
  const text = richToText(question.stem).replace(/\s+/g, ' ').trim();
  return text.length > 250 ? `${text.slice(0, 249)}…` : text;
}

export function questionInteraction(
  question: Question,
  answer: string,
  id: string,
  timestamp: Date,
  latencyMs: number | null,
): InteractionRecord {
  return {
    id,
    type: responseOf(question, correctAnswer(question)).kind,
    description: describe(question),
    response: responseOf(question, answer),
    correct: responseOf(question, correctAnswer(question)),
    result: isCorrect(question, answer) ? 'correct' : 'incorrect',
    timestamp,
    latencyMs,
    objectiveId: question.objective ?? null,
  };
}

export function practiceInteractionId(questionId: string, timestamp: Date): string {
  return `practice.${questionId}.${timestamp.getTime().toString(36)}`;
}

export function finalInteractionId(attemptNumber: number, itemId: string): string {
  return `final.${attemptNumber}.${itemId}`;
}

export function pretestInteractionId(itemId: string): string {
  return `pre.${itemId}`;
}

export function evaluationInteractionId(statementId: string): string {
  return `eval.${statementId}`;
}

/** One likert interaction per rated statement, in the form's order; no right answer, so the result is neutral. */
export function evaluationInteractions(index: CourseIndex, ratings: Record<string, string>, timestamp: Date): InteractionRecord[] {
  return (index.evaluation?.items ?? []).flatMap((item) => {
    const rating = ratings[item.id];
    if (rating === undefined) return [];
    return [
      {
        id: evaluationInteractionId(item.id),
        type: 'likert',
        description: item.statement,
        response: { kind: 'likert', value: rating },
        correct: null,
        result: 'neutral',
        timestamp,
        latencyMs: null,
        objectiveId: null,
      },
    ];
  });
}

export const ROLE_INTERACTION_ID = 'intake.role';

export function roleInteraction(index: CourseIndex, roleId: string, timestamp: Date): InteractionRecord | null {
  const role = index.course.intake.roles.find((r) => r.id === roleId);
  if (!role) return null;
  return {
    id: ROLE_INTERACTION_ID,
    type: 'choice',
    description: index.course.intake.question,
    response: { kind: 'choice', ids: [role.id], codes: [role.code] },
    correct: null,
    result: 'neutral',
    timestamp,
    latencyMs: null,
    objectiveId: null,
  };
}
