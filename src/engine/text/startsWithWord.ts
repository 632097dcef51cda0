/**
 * True when `text` starts with `word` as a whole word: the next character, if any, is not a letter.
 * "harm (police)" and "harm-council" start with "harm"; "harmful drinking notes" does not.
 */
export function startsWithWord(text: string, word: string): boolean {
  return text.startsWith(word) && (text.length === word.length || !LETTER.test(text[word.length]));
}

const LETTER = /\p{L}/u;
