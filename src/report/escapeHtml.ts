/** Escapes text for HTML element content and double- or single-quoted attributes. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Removes the control characters XML 1.0 cannot hold (a stray one would make the file unreadable). */
export function stripXmlInvalid(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');
}

/** Escapes text for XML (SVG) content and attributes. */
export function escapeXml(text: string): string {
  return escapeHtml(stripXmlInvalid(text));
}
