import { useRef } from 'react';
import { AriaLiveAnnouncer, Tab, TabList, Title3, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import type { TaskpanePort } from '../TaskpanePort';
import type { PaneTab } from '../state/dashboardReducer';
import { selectFindingCounts } from '../state/dashboardSelectors';
import { useDashboard } from '../state/useDashboard';
import { DashboardView } from './DashboardView';
import { FindingsView } from './FindingsView';
import { HostMessages } from './HostMessages';
import { SettingsView } from './SettingsView';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    minWidth: '280px',
    boxSizing: 'border-box',
  },
  header: { display: 'flex', flexDirection: 'column' },
  panel: { paddingTop: tokens.spacingVerticalS },
});

const paneTabs: ReadonlyArray<PaneTab> = ['dashboard', 'findings', 'settings'];
const tabLabels: Record<PaneTab, string> = { dashboard: 'Dashboard', findings: 'Findings', settings: 'Settings' };

/**
 * The task pane. Every workbook call goes through `port`; App never touches Excel itself. The
 * AriaLiveAnnouncer is what lets Fluent's MessageBars announce errors and notices to screen readers.
 */
export function App({ port }: { port: TaskpanePort }) {
  const styles = useStyles();
  const [state, actions] = useDashboard(port);
  const counts = selectFindingCounts(state);
  const tabs = useRef<Partial<Record<PaneTab, HTMLButtonElement | null>>>({});
  const showAllFindings = () => {
    actions.selectTab('findings');
    tabs.current.findings?.focus();
  };
  return (
    <AriaLiveAnnouncer>
      <div className={styles.root}>
        <header className={styles.header}>
          <Title3 as="h1">Safer Dashboard</Title3>
          <Caption1>Community safety performance, calculated in place</Caption1>
        </header>
        <HostMessages state={state} actions={actions} onDismissed={() => tabs.current[state.tab]?.focus()} />
        <TabList selectedValue={state.tab} onTabSelect={(_, data) => actions.selectTab(data.value as PaneTab)} aria-label="Views">
          {paneTabs.map((tab) => (
            <Tab
              key={tab}
              value={tab}
              id={`tab-${tab}`}
              ref={(element) => {
                tabs.current[tab] = element;
              }}
            >
              {tab === 'findings' && state.result ? `Findings (${counts.all})` : tabLabels[tab]}
            </Tab>
          ))}
        </TabList>
        <div role="tabpanel" aria-labelledby={`tab-${state.tab}`} className={styles.panel}>
          {state.tab === 'dashboard' && (
            <DashboardView state={state} actions={actions} canExplain={port.readSelectedCellAddress !== undefined} onShowAllFindings={showAllFindings} />
          )}
          {state.tab === 'findings' && (
            <FindingsView state={state} onFilter={actions.setFilter} onSelect={(sheet, cell) => void actions.selectFinding(sheet, cell)} />
          )}
          {state.tab === 'settings' && <SettingsView state={state} actions={actions} />}
        </div>
      </div>
    </AriaLiveAnnouncer>
  );
}
