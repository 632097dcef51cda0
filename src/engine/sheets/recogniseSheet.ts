import type { Finding } from '../findings/Finding';
import { makeFinding } from '../findings/catalogue';
import type { SheetGrid } from '../grid/CellGrid';
import { ownedSheetMarkRow, sheetOwner } from '../output/ownedSheetMark';
import { HeaderSearch, LocatedTable, headerSearch, headersSeen, locateTableIn } from './locateTable';
import type { SheetKind } from './SheetKind';

export type Recognition =
  | { readonly kind: SheetKind; readonly table: LocatedTable }
  | { readonly kind?: undefined; readonly finding?: Finding };

/**
 * Which kind a sheet is, by its header row (never by its name). A sheet the add-in made itself (see
 * sheetOwner) is never input, whatever its name: a copy of it under another name gets a finding only
 * when it has a header row that would otherwise be read (a kept Dashboard would count every
 * indicator twice), and one laid out as an earlier version wrote it always gets one, as it may be the
 * analyst's. A sheet named like a kind whose header cannot be found gets a finding saying which
 * headers were looked for and which were seen. `search` is the sheet's header search when the caller
 * already has one (it is shared by every kind).
 */
export function recogniseSheet(grid: SheetGrid, kinds: ReadonlyArray<SheetKind>, search: HeaderSearch = headerSearch(grid)): Recognition {
  const owner = sheetOwner(grid);
  if (owner === 'rebuilt') return {};
  if (owner === 'earlier') return { finding: makeFinding('earlierOwnedSheet', { sheet: grid.name, cell: 'A1' }, { sheet: grid.name }) };
  for (const kind of kinds) {
    const table = locateTableIn(search, kind.columns, kind.isComplete);
    if (table && owner === 'copy') return { finding: copyFinding(grid) };
    if (table) return { kind, table };
  }
  if (owner === 'copy') return {};
  const hinted = kinds.find((k) => k.nameHint.test(grid.name));
  if (!hinted) return {};
  return { finding: missingHeaderFinding(grid, hinted.title, hinted.requiredHeaders, hinted.missingHeaderNote) };
}

function copyFinding(grid: SheetGrid): Finding {
  const cell = `A${(ownedSheetMarkRow(grid) ?? 0) + 1}`;
  return makeFinding('addinSheetCopy', { sheet: grid.name, cell }, { sheet: grid.name, cell });
}

export function missingHeaderFinding(grid: SheetGrid, title: string, looked: string, noteFor?: SheetKind['missingHeaderNote']): Finding {
  const seen = headersSeen(grid).slice(0, 25);
  const note = noteFor?.(seen);
  return makeFinding('missingHeader', { sheet: grid.name, cell: 'A1' }, {
    kind: /^[aeiou]/i.test(title) ? `an ${title}` : `a ${title}`,
    looked,
    seen: seen.length === 0 ? 'none' : seen.map((s) => `"${s.replace(/\s+/g, ' ')}"`).join(', '),
    note: note === undefined ? '' : ` ${note}`,
    expected: looked,
  });
}
