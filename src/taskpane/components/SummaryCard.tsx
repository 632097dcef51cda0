import { Card, CardHeader, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import type { SummaryView } from '../state/dashboardSelectors';

const useStyles = makeStyles({
  figures: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(88px, 1fr))',
    gap: tokens.spacingVerticalS,
    margin: 0,
  },
  figure: { display: 'flex', flexDirection: 'column-reverse', margin: 0 },
  term: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  value: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
});

/** The last calculation in five figures. */
export function SummaryCard({ summary }: { summary: SummaryView }) {
  const styles = useStyles();
  const figures: ReadonlyArray<readonly [string, string | number]> = [
    ['Indicators', summary.indicators],
    ['Outcomes', summary.outcomes],
    ['Errors', summary.errors],
    ['Warnings', summary.warnings],
    ['Time', summary.elapsed],
  ];
  return (
    <Card aria-labelledby="summary-title" data-testid="summary">
      <CardHeader header={<Subtitle2 as="h2" id="summary-title">Summary</Subtitle2>} />
      <dl className={styles.figures}>
        {figures.map(([term, value]) => (
          <div key={term} className={styles.figure}>
            <dt className={styles.term}>{term}</dt>
            <dd className={styles.value}>{value}</dd>
          </div>
        ))}
      </dl>
    </Card>
  );
}
