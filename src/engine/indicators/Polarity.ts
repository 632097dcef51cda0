import { normaliseHeaderText } from '../sheets/normaliseHeader';

/** Which way is better for an indicator (contract §1). */
export const POLARITIES = ['Low is good', 'High is good', 'In range', 'No judgement'] as const;

export type Polarity = (typeof POLARITIES)[number];

const SYNONYMS: ReadonlyMap<string, Polarity> = new Map<string, Polarity>([
  ['low is good', 'Low is good'],
  ['lower is better', 'Low is good'],
  ['low', 'Low is good'],
  ['high is good', 'High is good'],
  ['higher is better', 'High is good'],
  ['high', 'High is good'],
  ['in range', 'In range'],
  ['range', 'In range'],
  ['no judgement', 'No judgement'],
  ['no judgment', 'No judgement'],
  ['none', 'No judgement'],
  ['neutral', 'No judgement'],
]);

/** Reads a polarity as typed (case and spacing ignored); undefined when it is not one we know. */
export function parsePolarity(text: string): Polarity | undefined {
  const cached = POLARITY_WORDS.get(text);
  if (cached !== undefined || POLARITY_WORDS.has(text)) return cached;
  if (POLARITY_WORDS.size >= MAX_CACHED_WORDS) POLARITY_WORDS.clear();
  const polarity = SYNONYMS.get(normaliseHeaderText(text).replace(/[.]$/, ''));
  POLARITY_WORDS.set(text, polarity);
  return polarity;
}

/** A sheet types the same few polarity words on every row: each distinct text is read once. */
const POLARITY_WORDS = new Map<string, Polarity | undefined>();
const MAX_CACHED_WORDS = 1_000;
