/** Keeping a formatted date on one line inside running text. */

/**
 * No-break spaces, and a word joiner after a range dash (a line may otherwise break
 * after "–").
 */
export function keepTogether(text: string): string {
  return text
    .replace(/ /g, '\u00a0')
    .replace(/\u2009/g, '\u202f')
    .replace(/([–-])/g, '$1\u2060');
}
