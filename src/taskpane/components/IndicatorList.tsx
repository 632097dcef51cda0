import { Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import type { IndicatorResult } from '../../engine';
import { directionWords } from '../state/dashboardSelectors';
import { RagLetter } from './RagLetter';

const useStyles = makeStyles({
  table: { width: '100%', borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200 },
  cell: { padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`, borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, textAlign: 'left' },
  centred: { textAlign: 'center' },
  arrow: { fontSize: tokens.fontSizeBase400 },
  rag: { textAlign: 'center', width: '40px' },
});

/** Each indicator's arrow and RAG from the last calculation, as the Dashboard reads them. */
export function IndicatorList({ indicators }: { indicators: ReadonlyArray<IndicatorResult> }) {
  const styles = useStyles();
  if (indicators.length === 0) return null;
  return (
    <section aria-labelledby="indicators-title">
      <Subtitle2 as="h2" id="indicators-title">
        Indicators
      </Subtitle2>
      <table className={styles.table}>
        <thead>
          <tr>
            <th className={styles.cell} scope="col">Indicator</th>
            <th className={`${styles.cell} ${styles.centred}`} scope="col">Direction</th>
            <th className={`${styles.cell} ${styles.rag}`} scope="col">RAG</th>
          </tr>
        </thead>
        <tbody>
          {indicators.map((indicator) => (
            <tr key={`${indicator.sheet}-${indicator.row}`}>
              <td className={styles.cell}>{indicator.indicator}</td>
              <td className={`${styles.cell} ${styles.centred} ${styles.arrow}`}>
                <span role="img" aria-label={directionWords(indicator.direction)} title={directionWords(indicator.direction)}>
                  {indicator.direction ?? '–'}
                </span>
              </td>
              <td className={`${styles.cell} ${styles.rag}`}>
                <RagLetter rag={indicator.rag} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
