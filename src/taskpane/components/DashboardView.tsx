import { Body1, Button, Field, Link, ProgressBar, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import type { DashboardState } from '../state/dashboardReducer';
import {
  selectExplanation,
  selectFindingCounts,
  selectIsRunning,
  selectProgress,
  selectStepLabel,
  selectSummary,
  selectTopFindings,
} from '../state/dashboardSelectors';
import type { DashboardActions } from '../state/useDashboard';
import { ExplainCard } from './ExplainCard';
import { FindingRow } from './FindingRow';
import { IndicatorList } from './IndicatorList';
import { SummaryCard } from './SummaryCard';
import { describeRun } from '../../commands/calculateForRibbon';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  status: { minHeight: '20px' },
  preview: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

interface DashboardViewProps {
  state: DashboardState;
  actions: DashboardActions;
  canExplain: boolean;
  /** Opens the Findings tab; this view (and the link pressed) goes away, so focus must move there. */
  onShowAllFindings(): void;
}

export function DashboardView({ state, actions, canExplain, onShowAllFindings }: DashboardViewProps) {
  const styles = useStyles();
  const running = selectIsRunning(state);
  const stepLabel = selectStepLabel(state);
  const summary = selectSummary(state);
  const counts = selectFindingCounts(state);
  const top = selectTopFindings(state);
  return (
    <div className={styles.root}>
      <div className={styles.actions}>
        <Button appearance="primary" size="large" disabledFocusable={running} onClick={() => void actions.calculate()}>
          Calculate dashboard
        </Button>
        <Button size="large" disabledFocusable={running || !state.result} onClick={() => void actions.copyReport()}>
          Copy for board report
        </Button>
      </div>
      {running && (
        <Field validationMessage={stepLabel && `${stepLabel}…`} validationState="none" label="Progress">
          <ProgressBar value={selectProgress(state)} max={1} thickness="large" aria-label="Calculation progress" />
        </Field>
      )}
      <div role="status" aria-live="polite" className={styles.status}>
        {running ? stepLabel && <Body1>{stepLabel}…</Body1> : state.status === 'done' && state.result && summary ? <Body1>{describeRun(state.result, summary.elapsed)}</Body1> : null}
      </div>
      {summary && <SummaryCard summary={summary} />}
      {top.length > 0 && (
        <section className={styles.preview} aria-labelledby="preview-title">
          <Subtitle2 as="h2" id="preview-title">
            Findings to review
          </Subtitle2>
          <ul className={styles.list}>
            {top.map((finding, i) => (
              <li key={`${finding.sheet}-${finding.cell}-${i}`}>
                <FindingRow finding={finding} withSheet onSelect={(sheet, cell) => void actions.selectFinding(sheet, cell)} />
              </li>
            ))}
          </ul>
          {counts.all > top.length && (
            <Link as="button" onClick={onShowAllFindings}>
              Show all {counts.all} findings
            </Link>
          )}
        </section>
      )}
      {state.result && <IndicatorList indicators={state.result.indicators} />}
      <ExplainCard explanation={selectExplanation(state)} available={canExplain} onExplain={() => void actions.explainSelection()} />
    </div>
  );
}
