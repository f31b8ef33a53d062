// One encoding of a learner's answer per question kind, used by scoring, the saved state and the LMS reports:
//   single: "b"    multiple: "ac" (sorted)    trueFalse: "t" | "f"
//   matching: one letter per pair, in pair-id order, naming the pair whose answer was chosen ("-" = none): "bca"
import type { Question } from '../content/schema';

export function correctAnswer(question: Question): string {
  switch (question.kind) {
    case 'single':
    case 'multiple':
      return question.options
        .filter((o) => o.correct)
        .map((o) => o.id)
        .sort()
        .join('');
    case 'trueFalse':
      return question.answer ? 't' : 'f';
    case 'matching':
      return sortedPairIds(question).join('');
  }
}

export function sortedPairIds(question: Extract<Question, { kind: 'matching' }>): string[] {
  return question.pairs.map((p) => p.id).sort();
}

export function isCorrect(question: Question, answer: string): boolean {
  return answer === correctAnswer(question);
}

/** Whether an answer could have come from this question, so answers saved against an older version can be dropped. */
export function isValidAnswer(question: Question, answer: string): boolean {
  switch (question.kind) {
    case 'single':
      return answer.length === 1 && question.options.some((o) => o.id === answer);
    case 'multiple': {
      const ids = new Set(question.options.map((o) => o.id));
      const letters = [...answer];
      return letters.length > 0 && letters.every((l) => ids.has(l)) && new Set(letters).size === letters.length;
    }
    case 'trueFalse':
      return answer === 't' || answer === 'f';
    case 'matching': {
      const ids = new Set(question.pairs.map((p) => p.id));
      return answer.length === question.pairs.length && [...answer].every((l) => l === '-' || ids.has(l));
    }
  }
}

/** An answer that chooses nothing: every box unticked ("") or every pair back on "Choose…" ("---"). It is no answer. */
export function choosesNothing(answer: string): boolean {
  return [...answer].every((letter) => letter === '-');
}

export function isComplete(question: Question, answer: string): boolean {
  return question.kind !== 'matching' || !answer.includes('-');
}

export function encodeMultiple(selected: Iterable<string>): string {
  return [...selected].sort().join('');
}
