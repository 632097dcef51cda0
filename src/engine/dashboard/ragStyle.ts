import type { Rag } from '../CalculationResult';

/**
 * Fills for the RAG letters, the same as the task pane's. The letter is always written too, so the
 * rating survives greyscale printing and colour-blind reading; red takes white text for contrast.
 */
export const RAG_FILLS: Readonly<Record<Rag, string>> = { G: '#00B050', A: '#FFC000', R: '#C00000' };
export const RAG_TEXT_COLOURS: Readonly<Record<Rag, string>> = { G: '#000000', A: '#000000', R: '#FFFFFF' };
export const RAG_NAMES: Readonly<Record<Rag, string>> = { G: 'Green', A: 'Amber', R: 'Red' };

/** Fill of the table's header row. */
export const HEADER_FILL = '#D9D9D9';

/** Marks a row whose figures are not like-for-like (explained in the key and under the table). */
export const NOT_LIKE_FOR_LIKE_MARK = '‡';

/** Marks a row whose calculation an error finding blocked (explained in the key and under the table). */
export const NOT_CALCULATED_MARK = '§';
