import { useMemo, useState } from 'react';
import { Caption1, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import type { FakeWorkbookStore } from '../hosts/fakeExcel/FakeWorkbookStore';
import { OfficeHost } from '../hosts/office/OfficeHost';
import { App } from '../taskpane/components/App';
import { observedPort } from './observedPort';
import { WorkbookGrid } from './WorkbookGrid';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', height: '100%', backgroundColor: tokens.colorNeutralBackground2 },
  bar: {
    display: 'flex',
    alignItems: 'baseline',
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    backgroundColor: '#217346',
    color: '#FFFFFF',
  },
  body: { display: 'flex', flex: 1, minHeight: 0 },
  sheet: { display: 'flex', flexDirection: 'column', flex: 1, minWidth: 0, padding: tokens.spacingHorizontalS },
  pane: {
    width: '360px',
    flexShrink: 0,
    overflowY: 'auto',
    backgroundColor: tokens.colorNeutralBackground1,
    borderLeft: `1px solid ${tokens.colorNeutralStroke1}`,
  },
});

/** The sample workbook beside the real task pane, with the fake Excel underneath. */
export function Playground({ store, workbookName }: { store: FakeWorkbookStore; workbookName: string }) {
  const styles = useStyles();
  const [version, setVersion] = useState(0);
  const bump = () => setVersion((v) => v + 1);
  // OfficeHost over the global Excel.run, which the playground's entry points at the fake.
  const port = useMemo(() => observedPort(new OfficeHost(), () => setVersion((v) => v + 1)), []);
  return (
    <div className={styles.root}>
      <header className={styles.bar}>
        <Subtitle2 as="h1">Safer Dashboard playground</Subtitle2>
        <Caption1>{workbookName} · fake Excel in the browser, nothing leaves this page</Caption1>
      </header>
      <div className={styles.body}>
        <main className={styles.sheet} aria-label="Workbook">
          <WorkbookGrid store={store} version={version} onChange={bump} />
        </main>
        <aside className={styles.pane} aria-label="Task pane" data-testid="taskpane">
          <App port={port} />
        </aside>
      </div>
    </div>
  );
}
