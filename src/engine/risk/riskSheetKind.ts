import type { SheetKind } from '../sheets/SheetKind';
import { calculateRiskSheet } from './calculateRiskSheet';
import { RISK_COLUMN_SPECS, hasOnlyOutputHarmScore, isRiskTableComplete } from './locateRiskTable';
import { riskSettingsFrom } from './riskSettingsFrom';
import { readTableFootnotes } from '../sheets/readTableFootnotes';

const HARM_SCORE_NOTE =
  '"Harm score" is the column the add-in writes (the mean of the partners\' scores), not a partner\'s score: ' +
  'put each partner\'s harm score in a column of its own, such as "Harm (Police)" or "Harm (County Council)".';

/** The Risk Matrix (contract §5) as a registered sheet kind. */
export const riskSheetKind: SheetKind = {
  kind: 'risk',
  title: 'Risk Matrix',
  columns: RISK_COLUMN_SPECS,
  requiredHeaders: '"Category", "Probability" or "Volume", and at least one "Harm …" column',
  missingHeaderNote: (seen) => (hasOnlyOutputHarmScore(seen) ? HARM_SCORE_NOTE : undefined),
  isComplete: isRiskTableComplete,
  nameHint: /risk/i,
  calculate: (grid, table, context) => {
    const { rows, columns, findings } = calculateRiskSheet(grid, table, riskSettingsFrom(context.settings));
    // The notes typed under the matrix ("* Road casualty data uses…") go under the risk hierarchy.
    const footnotes = readTableFootnotes(grid, table).map((note) => ({ sheet: grid.name, text: note.text }));
    return { findings, columns, risk: rows, footnotes };
  },
};
