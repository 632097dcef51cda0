import { CalculationResult, Finding, parseCellAddress, qualifiedAddress } from '../../engine';
import type { ReportSection } from './ReportSection';
import { terminalText } from './terminalText';

function position(finding: Finding): [number, number] {
  const at = parseCellAddress(finding.cell);
  return at ? [at.row, at.column] : [0, 0];
}

/**
 * Findings grouped by sheet (in the order sheets first appear), then by cell, one per line as
 * `Sheet!A1  error|warning  message`, with the fix on an indented line below.
 */
export function findingLines(findings: ReadonlyArray<Finding>): string[] {
  const sheets = [...new Set(findings.map((f) => f.sheet))];
  const width = Math.max(0, ...findings.map((f) => qualifiedAddress(f.sheet, f.cell).length));
  const lines: string[] = [];
  for (const sheet of sheets) {
    const inSheet = findings
      .filter((f) => f.sheet === sheet)
      .map((f, i) => ({ f, i }))
      .sort((a, b) => {
        const [ar, ac] = position(a.f);
        const [br, bc] = position(b.f);
        return ar - br || ac - bc || a.i - b.i;
      });
    lines.push(`${sheet} (${inSheet.length})`);
    for (const { f } of inSheet) {
      lines.push(`  ${qualifiedAddress(f.sheet, f.cell).padEnd(width)}  ${f.severity.padEnd(7)}  ${terminalText(f.message)}`);
      if (f.fix) lines.push(`      Fix: ${terminalText(f.fix)}`);
    }
  }
  return lines;
}

export function findingsSection(result: CalculationResult): ReportSection {
  const { findings } = result;
  return { title: `Findings (${findings.length})`, lines: findings.length === 0 ? ['No findings: every cell read cleanly.'] : findingLines(findings) };
}
