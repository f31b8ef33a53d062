// Authors often open an option's feedback with a verdict ("Correct. Law enforcement…"). The feedback box already
// says the verdict once, at the top, and labels each option (your answer, or a right answer you missed), so a
// second verdict under it reads "Not quite. Not quite." or, under a missed right answer, a confusing "Correct.".
import type { Inline, RichText } from '../../content/richText';

const LEADING_VERDICT = /^\s*(Correct|Not quite|Incorrect|That's right|Right)[.!]\s*/;

/** The feedback without a verdict at its very start; anything else is left as written. */
export function withoutLeadingVerdict(feedback: RichText): RichText {
  const [first, ...rest] = feedback;
  if (!first || first.t !== 'p') return feedback;
  const [head, ...tail] = first.c;
  if (typeof head !== 'string' || !LEADING_VERDICT.test(head)) return feedback;
  const trimmed = head.replace(LEADING_VERDICT, '');
  const content: Inline[] = trimmed === '' ? tail : [trimmed.charAt(0).toUpperCase() + trimmed.slice(1), ...tail];
  return content.length === 0 ? rest : [{ t: 'p', c: content }, ...rest];
}
