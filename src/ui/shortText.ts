/** The first words of a text, to tell apart controls that share a visible label ("Check answer: Which of
 *  these…"). Whole words only; an ellipsis marks what was left out. */
export function shortText(text: string, words = 8): string {
  const all = text.replace(/\s+/g, ' ').trim().split(' ');
  return all.length <= words
    ? all.join(' ')
    : `${all
        .slice(0, words)
        .join(' ')
        .replace(/[,;:.]$/, '')}…`;
}
