import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { Severity } from '../../engine';

const useStyles = makeStyles({
  label: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, fontWeight: tokens.fontWeightSemibold },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteMarigoldForeground2 },
  icon: { fontSize: tokens.fontSizeBase300, lineHeight: '1' },
});

const icons: Record<Severity, string> = { error: '✖', warning: '⚠' };
const words: Record<Severity, string> = { error: 'Error', warning: 'Warning' };

/** Severity as icon plus word: colour is never the only signal. */
export function SeverityLabel({ severity }: { severity: Severity }) {
  const styles = useStyles();
  return (
    <span className={mergeClasses(styles.label, styles[severity])}>
      <span aria-hidden="true" className={styles.icon}>
        {icons[severity]}
      </span>
      {words[severity]}
    </span>
  );
}
