import type { SheetKind } from '../sheets/SheetKind';
import { calculateRiskSheet } from './calculateRiskSheet';
import { RISK_COLUMN_SPECS, isRiskTableComplete } from './locateRiskTable';
import { riskSettingsFrom } from './riskSettingsFrom';
import { readTableFootnotes } from '../sheets/readTableFootnotes';

/** The Risk Matrix (contract §5) as a registered sheet kind. */
export const riskSheetKind: SheetKind = {
  kind: 'risk',
  title: 'Risk Matrix',
  columns: RISK_COLUMN_SPECS,
  requiredHeaders: '"Category", "Probability" or "Volume", and at least one "Harm …" column',
  isComplete: isRiskTableComplete,
  nameHint: /risk/i,
  calculate: (grid, table, context) => {
    const { rows, columns, findings } = calculateRiskSheet(grid, table, riskSettingsFrom(context.settings));
    // The notes typed under the matrix ("* Road casualty data uses…") go under the risk hierarchy.
    const footnotes = readTableFootnotes(grid, table).map((note) => ({ sheet: grid.name, text: note.text }));
    return { findings, columns, risk: rows, footnotes };
  },
};
