import { meanRagScore, type Rag, type Settings } from '../../engine';
import { ragWords } from './dashboardSelectors';

interface OverallRagInput {
  /** The outcome's name; empty for an indicator without one. */
  readonly outcome: string;
  /** The Overall Progress RAG the engine gave the outcome (the cell's value). */
  readonly overall: Rag | undefined;
  /** The Progress RAGs of the outcome's indicators, rated or not. */
  readonly rags: ReadonlyArray<Rag | undefined>;
  readonly method: Settings['overallRagMethod'];
  /** False when the indicator's sheet has no Outcome column at all (every outcome then reads as empty); default true. */
  readonly hasOutcomeColumn?: boolean;
}

/**
 * Why an outcome got its Overall Progress RAG, in plain words, following the engine's roll-up
 * (overallRag): mean of G = 3, A = 2, R = 1 rounded half up, the worst, or the most common.
 */
export function overallRagReason({ outcome, overall, rags, method, hasOutcomeColumn = true }: OverallRagInput): string {
  if (outcome === '') {
    const fix = hasOutcomeColumn ? 'Type its outcome in the Outcome column.' : 'Add an Outcome column to the table and type each indicator\'s outcome in it.';
    return `This indicator has no outcome, so it is in no Overall Progress RAG. ${fix}`;
  }
  const rated = rags.filter((rag): rag is Rag => rag !== undefined);
  const setting = `The Overall RAG method setting is "${method}".`;
  if (rated.length === 0) {
    return `None of the outcome's ${plural(rags.length, 'indicator')} has a Progress RAG, so the outcome has no Overall Progress RAG. ${setting}`;
  }
  const of = `the outcome's ${plural(rated.length, 'Progress RAG')} (${tally(rated)})`;
  const verdict = ragWords(overall);
  const rule =
    method === 'worst'
      ? `The worst of ${of} is ${verdict}.`
      : method === 'majority'
        ? `The most common of ${of} is ${verdict}; a tie goes to the worse.`
        : `The mean of ${of}, counting Green as 3, Amber as 2 and Red as 1, is ${meanRagScore(rated).toFixed(2)}, which rounds half up to ${verdict}.`;
  const unrated = rags.length - rated.length;
  const leftOut = unrated === 0 ? '' : ` ${plural(unrated, 'indicator')} without a Progress RAG ${unrated === 1 ? 'is' : 'are'} left out.`;
  return `${rule}${leftOut} ${setting}`;
}

function tally(rated: ReadonlyArray<Rag>): string {
  return (['G', 'A', 'R'] as const)
    .map((rag) => [rated.filter((r) => r === rag).length, ragWords(rag)] as const)
    .filter(([count]) => count > 0)
    .map(([count, word]) => `${count} ${word}`)
    .join(', ');
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
