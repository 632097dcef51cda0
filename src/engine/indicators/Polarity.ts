import { normaliseHeaderText } from '../sheets/normaliseHeader';
import { memoise } from '../memo/memoise';

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
export const parsePolarity: (text: string) => Polarity | undefined = memoise((text: string) =>
  SYNONYMS.get(normaliseHeaderText(text).replace(/[.]$/, '')), 1_000);
