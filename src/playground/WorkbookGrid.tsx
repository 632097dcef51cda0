import { KeyboardEvent, useEffect, useRef } from 'react';
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { cellAddress, columnLetter } from '../engine';
import type { FakeWorkbookStore, StoredSheet } from '../hosts/fakeExcel/FakeWorkbookStore';
import { formatCell } from './formatCell';

const MAX_ROWS = 300;
const MAX_COLUMNS = 40;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', minHeight: 0, flex: 1, gap: tokens.spacingVerticalXS },
  nameBar: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', fontSize: tokens.fontSizeBase200 },
  nameBox: {
    minWidth: '140px',
    padding: `2px ${tokens.spacingHorizontalS}`,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    fontFamily: tokens.fontFamilyMonospace,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  scroller: {
    flex: 1,
    overflow: 'auto',
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: '#FFFFFF',
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
  },
  table: { borderCollapse: 'collapse', fontSize: '12px', fontFamily: 'Calibri, Arial, sans-serif', tableLayout: 'fixed' },
  heading: {
    position: 'sticky',
    top: 0,
    zIndex: 1,
    backgroundColor: '#F3F3F3',
    color: '#444444',
    fontWeight: 'normal',
    border: '1px solid #D4D4D4',
    padding: '1px 4px',
    minWidth: '64px',
  },
  rowHeading: { position: 'sticky', left: 0, zIndex: 1, backgroundColor: '#F3F3F3', color: '#444444', fontWeight: 'normal', border: '1px solid #D4D4D4', padding: '1px 6px', textAlign: 'right' },
  corner: { left: 0, zIndex: 2, minWidth: '36px' },
  cell: {
    border: '1px solid #E1E1E1',
    padding: '1px 4px',
    maxWidth: '220px',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
    cursor: 'cell',
  },
  number: { textAlign: 'right' },
  selected: { outline: '2px solid #217346', outlineOffset: '-2px', backgroundColor: 'rgba(33, 115, 70, 0.12)' },
  tabs: { display: 'flex', gap: '2px', flexWrap: 'wrap' },
  tab: {
    padding: `2px ${tokens.spacingHorizontalM}`,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderTop: 'none',
    backgroundColor: tokens.colorNeutralBackground3,
    fontFamily: tokens.fontFamilyBase,
    cursor: 'pointer',
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  activeTab: { backgroundColor: '#FFFFFF', color: '#217346', fontWeight: tokens.fontWeightSemibold, borderBottom: '2px solid #217346' },
});

interface WorkbookGridProps {
  store: FakeWorkbookStore;
  /** Bumped whenever the store changed, so the grid re-renders. */
  version: number;
  onChange(): void;
}

/** A read-only spreadsheet view of the fake workbook: sheet tabs, addresses and the selection. */
export function WorkbookGrid({ store, version, onChange }: WorkbookGridProps) {
  const styles = useStyles();
  const scroller = useRef<HTMLDivElement>(null);
  const sheet = (store.activeSheet && store.sheet(store.activeSheet)) || store.sheets[0];
  const selection = sheet && store.selection?.sheet === sheet.name ? store.selection.rect : undefined;
  const selectedAddress = selection ? cellAddress(selection.top, selection.left) : undefined;

  useEffect(() => {
    scroller.current?.querySelector('[data-selected="true"]')?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [version, sheet?.name, selectedAddress]);

  if (!sheet) return <p>The workbook has no sheets.</p>;

  const select = (row: number, column: number) => {
    store.activeSheet = sheet.name;
    store.selection = { sheet: sheet.name, rect: { top: row, left: column, bottom: row, right: column } };
    onChange();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const moves: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    const from = selection ?? { top: 0, left: 0 };
    select(Math.max(0, from.top + move[0]), Math.max(0, from.left + move[1]));
  };

  const used = sheet.usedRect(false);
  const rows = Math.min(MAX_ROWS, Math.max((used?.bottom ?? 0) + 2, selection ? selection.bottom + 1 : 0));
  const columns = Math.min(MAX_COLUMNS, Math.max((used?.right ?? 0) + 2, selection ? selection.right + 1 : 0));
  const inSelection = (r: number, c: number) =>
    !!selection && r >= selection.top && r <= selection.bottom && c >= selection.left && c <= selection.right;

  return (
    <div className={styles.root} data-testid="grid" data-sheet={sheet.name} data-selected={selectedAddress ? `${sheet.name}!${selectedAddress}` : ''}>
      <div className={styles.nameBar}>
        <span id="name-box-label">Selected cell</span>
        <output className={styles.nameBox} aria-labelledby="name-box-label" data-testid="name-box">
          {selectedAddress ? `${sheet.name}!${selectedAddress}` : '—'}
        </output>
      </div>
      <div
        ref={scroller}
        className={styles.scroller}
        tabIndex={0}
        role="grid"
        aria-label={`Sheet ${sheet.name}; arrow keys move the selection`}
        aria-activedescendant={selectedAddress ? `cell-${selectedAddress}` : undefined}
        onKeyDown={onKeyDown}
      >
        <table className={styles.table}>
          <thead>
            <tr>
              <th className={mergeClasses(styles.heading, styles.corner)} aria-label="Row and column headings" />
              {Array.from({ length: columns }, (_, c) => (
                <th key={c} className={styles.heading} scope="col">
                  {columnLetter(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: rows }, (_, r) => (
              <tr key={r} data-row={r + 1}>
                <th className={styles.rowHeading} scope="row">
                  {r + 1}
                </th>
                {Array.from({ length: columns }, (_, c) => (
                  <GridCell key={c} sheet={sheet} row={r} column={c} selected={inSelection(r, c)} anchor={selection?.top === r && selection.left === c} onSelect={select} />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className={styles.tabs} role="tablist" aria-label="Sheets">
        {store.sheets.map((s) => (
          <button
            key={s.name}
            type="button"
            role="tab"
            aria-selected={s === sheet}
            className={mergeClasses(styles.tab, s === sheet && styles.activeTab)}
            onClick={() => {
              store.activeSheet = s.name;
              onChange();
            }}
          >
            {s.name}
          </button>
        ))}
      </div>
    </div>
  );
}

interface GridCellProps {
  sheet: StoredSheet;
  row: number;
  column: number;
  selected: boolean;
  /** The active cell of the selection (its top-left), named by aria-activedescendant. */
  anchor: boolean;
  onSelect(row: number, column: number): void;
}

function GridCell({ sheet, row, column, selected, anchor, onSelect }: GridCellProps) {
  const styles = useStyles();
  const cell = sheet.cell(row, column);
  const address = cellAddress(row, column);
  const value = cell?.error !== undefined ? { error: cell.error } : cell?.value;
  return (
    <td
      id={anchor ? `cell-${address}` : undefined}
      role="gridcell"
      aria-selected={selected}
      data-address={address}
      data-selected={selected ? 'true' : undefined}
      className={mergeClasses(styles.cell, typeof value === 'number' && styles.number, selected && styles.selected)}
      style={{
        backgroundColor: cell?.fill,
        color: cell?.fontColor,
        fontWeight: cell?.bold ? 'bold' : undefined,
        fontStyle: cell?.italic ? 'italic' : undefined,
        textAlign: (cell?.horizontalAlignment?.toLowerCase() as 'left' | 'center' | 'right' | undefined) ?? undefined,
      }}
      title={`${address}${cell?.value !== null && cell?.value !== undefined ? `: ${String(cell.value)}` : ''}`}
      onClick={() => onSelect(row, column)}
    >
      {formatCell(value, cell?.numberFormat)}
    </td>
  );
}
