import { describe, expect, it } from 'vitest';
import { parseRichText } from '../../content/markdown';
import { withoutLeadingVerdict } from './feedbackText';

describe('feedback without a second verdict', () => {
  it('drops a verdict the author put first', () => {
    expect(withoutLeadingVerdict(parseRichText('Correct. Investigations point back to protecting lives.'))).toEqual(
      parseRichText('Investigations point back to protecting lives.'),
    );
    expect(withoutLeadingVerdict(parseRichText('Not quite. The fact sheet does not make an exception.'))).toEqual(
      parseRichText('The fact sheet does not make an exception.'),
    );
    expect(withoutLeadingVerdict(parseRichText('Correct. *Any* agency.'))).toEqual(parseRichText('*Any* agency.'));
  });

  it('leaves everything else as written', () => {
    const text = parseRichText('Correctly identifying victims matters. Not quite everyone agrees.');
    expect(withoutLeadingVerdict(text)).toEqual(text);
    const list = parseRichText('- Correct. A list item');
    expect(withoutLeadingVerdict(list)).toEqual(list);
  });

  it('drops a paragraph that held only the verdict', () => {
    expect(withoutLeadingVerdict(parseRichText('Correct.\n\nThe reason.'))).toEqual(parseRichText('The reason.'));
  });
});
