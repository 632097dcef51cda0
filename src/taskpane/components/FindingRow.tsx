import { makeStyles, tokens } from '@fluentui/react-components';
import { qualifiedAddress } from '../../engine';
import type { Finding } from '../../engine';
import { SeverityLabel } from './SeverityLabel';

const useStyles = makeStyles({
  row: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    width: '100%',
    textAlign: 'left',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
  },
  top: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'baseline' },
  address: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightSemibold },
  fix: { color: tokens.colorNeutralForeground2 },
});

/**
 * One finding as a native button, so a click, Enter or Space all select its cell; the text inside
 * is the accessible name.
 */
interface FindingRowProps {
  finding: Finding;
  /** Show the sheet with the address, where the row is not under its sheet's heading. */
  withSheet?: boolean;
  onSelect(sheet: string, cell: string): void;
}

export function FindingRow({ finding, withSheet = false, onSelect }: FindingRowProps) {
  const styles = useStyles();
  return (
    <button
      type="button"
      className={styles.row}
      data-finding-cell={`${finding.sheet}!${finding.cell}`}
      onClick={() => onSelect(finding.sheet, finding.cell)}
    >
      <span className={styles.top}>
        <span className={styles.address}>{withSheet ? qualifiedAddress(finding.sheet, finding.cell) : finding.cell}</span>
        <SeverityLabel severity={finding.severity} />
      </span>
      <span>{finding.message}</span>
      {finding.fix && <span className={styles.fix}>Fix: {finding.fix}</span>}
    </button>
  );
}
