import { Body1, Radio, RadioGroup, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import type { DashboardState, SeverityFilter } from '../state/dashboardReducer';
import { selectFindingCounts, selectFindingGroups } from '../state/dashboardSelectors';
import { FindingRow } from './FindingRow';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
});

interface FindingsViewProps {
  state: DashboardState;
  onFilter(filter: SeverityFilter): void;
  onSelect(sheet: string, cell: string): void;
}

export function FindingsView({ state, onFilter, onSelect }: FindingsViewProps) {
  const styles = useStyles();
  const counts = selectFindingCounts(state);
  const groups = selectFindingGroups(state);
  if (!state.result) return <Body1>Press Calculate dashboard to check the workbook; problems found are listed here.</Body1>;
  return (
    <div className={styles.root}>
      <RadioGroup
        layout="horizontal"
        aria-label="Show findings"
        value={state.severityFilter}
        onChange={(_, data) => onFilter(data.value as SeverityFilter)}
      >
        <Radio value="all" label={`All (${counts.all})`} />
        <Radio value="error" label={`Errors (${counts.error})`} />
        <Radio value="warning" label={`Warnings (${counts.warning})`} />
      </RadioGroup>
      {groups.length === 0 && <Body1>{counts.all === 0 ? 'No problems found.' : 'No findings of this kind.'}</Body1>}
      {groups.map((group, index) => {
        // From the index: sheet names such as "Q1 2016" and "Q1-2016" would make the same id.
        const headingId = `findings-group-${index}`;
        return (
          <section key={group.sheet} aria-labelledby={headingId} className={styles.group}>
            <Subtitle2 as="h3" id={headingId} className={styles.heading}>
              {group.sheet} ({group.findings.length})
            </Subtitle2>
            <ul className={styles.list}>
              {group.findings.map((finding, i) => (
                <li key={`${finding.code}-${finding.cell}-${i}`}>
                  <FindingRow finding={finding} onSelect={onSelect} />
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
