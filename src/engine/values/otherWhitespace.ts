/** Whitespace that /\s/ matches, other than the plain space (tabs, line breaks, no-break spaces). */
export function isOtherWhitespace(code: number): boolean {
  return (code >= 9 && code <= 13) || code === 160 || (code > 127 && /\s/.test(String.fromCharCode(code)));
}

/** True when the text holds whitespace other than plain spaces. */
export function hasOtherWhitespace(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    if (isOtherWhitespace(text.charCodeAt(i))) return true;
  }
  return false;
}
