import type { PeriodSpan } from './ParsedValue';
import { findPeriodSpan } from './readPeriodSpan';
import { isOtherWhitespace } from './otherWhitespace';

/** A value's bracketed note and the period it names. Shared between cells: never written to. */
export interface Note {
  readonly text: string;
  readonly period: PeriodSpan | undefined;
}

/**
 * Notes repeat down a column ("Q3 tracking"), so the last note read into each slot is kept and the
 * cell's characters are compared with it in place. Slicing the note out and looking it up in a Map
 * cost more than reading the rest of the figure: comparing two distinct strings is slow in V8.
 */
const RECENT_NOTES: Array<RecentNote | undefined> = new Array(256).fill(undefined);

interface RecentNote {
  /** Everything between the brackets, as written. */
  readonly between: string;
  readonly note: Note;
}

/**
 * The note between brackets at text[from, end), trimmed, with its period; undefined when it is blank
 * or holds a bracket or whitespace other than spaces (parseText reads such text again normalised).
 */
export function readNote(text: string, from: number, end: number): Note | undefined {
  const slot = slotOf(text, from, end);
  const recent = RECENT_NOTES[slot];
  if (recent !== undefined && recent.between.length === end - from && text.startsWith(recent.between, from)) return recent.note;

  for (let i = from; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === 40 || code === 41 || code === 91 || code === 93 || isOtherWhitespace(code)) return undefined;
  }
  let start = from;
  while (start < end && text.charCodeAt(start) === 32) start++;
  let stop = end;
  while (stop > start && text.charCodeAt(stop - 1) === 32) stop--;
  if (start === stop) return undefined;
  const noteText = text.slice(start, stop);
  const note: Note = { text: noteText, period: findPeriodSpan(noteText) };
  RECENT_NOTES[slot] = { between: text.slice(from, end), note };
  return note;
}

/** A slot from the length and a few characters: cheap, and enough to keep a sheet's notes apart. */
function slotOf(text: string, from: number, end: number): number {
  const length = end - from;
  if (length === 0) return 0;
  const sample = text.charCodeAt(from) + 3 * text.charCodeAt(from + (length >> 2)) + 5 * text.charCodeAt(from + (length >> 1))
    + 7 * text.charCodeAt(end - 1 - (length >> 2)) + 11 * text.charCodeAt(end - 1);
  return (sample * 31 + length) & (RECENT_NOTES.length - 1);
}
