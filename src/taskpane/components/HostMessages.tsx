import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, makeStyles } from '@fluentui/react-components';

const useStyles = makeStyles({
  // Host messages may list several problems, one per line.
  body: { whiteSpace: 'pre-line' },
});
import type { DashboardState } from '../state/dashboardReducer';
import type { DashboardActions } from '../state/useDashboard';

/** Errors from the host (protected sheet, merged cells) and short notices, never a crash. */
export function HostMessages({ state, actions }: { state: DashboardState; actions: DashboardActions }) {
  const styles = useStyles();
  return (
    <>
      {state.hostError && (
        <MessageBar intent="error" layout="multiline" data-testid="host-error">
          <MessageBarBody className={styles.body}>
            <MessageBarTitle>Could not complete</MessageBarTitle>
            {state.hostError}
          </MessageBarBody>
          <MessageBarActions containerAction={<Button appearance="transparent" aria-label="Dismiss error" onClick={actions.dismissHostError}>✕</Button>} />
        </MessageBar>
      )}
      {state.notice && (
        <MessageBar intent="success">
          <MessageBarBody>{state.notice}</MessageBarBody>
          <MessageBarActions containerAction={<Button appearance="transparent" aria-label="Dismiss message" onClick={actions.dismissNotice}>✕</Button>} />
        </MessageBar>
      )}
    </>
  );
}
