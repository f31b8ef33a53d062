// Helpers to edit an encoded answer (see core/answers.ts) from form controls.
import type { Question } from '../../content/schema';
import { encodeMultiple, sortedPairIds } from '../../core/answers';

export function toggleChoice(answer: string, optionId: string): string {
  const selected = new Set(answer);
  if (selected.has(optionId)) selected.delete(optionId);
  else selected.add(optionId);
  return encodeMultiple(selected);
}

export function setMatch(question: Extract<Question, { kind: 'matching' }>, answer: string, pairId: string, target: string): string {
  const ids = sortedPairIds(question);
  const letters = ids.map((id, i) => answer[i] ?? '-');
  letters[ids.indexOf(pairId)] = target || '-';
  return letters.join('');
}

export function emptyAnswer(question: Question): string {
  return question.kind === 'matching' ? '-'.repeat(question.pairs.length) : '';
}

export function isAnswered(question: Question, answer: string): boolean {
  return answer !== '' && (question.kind !== 'matching' || !answer.includes('-'));
}
