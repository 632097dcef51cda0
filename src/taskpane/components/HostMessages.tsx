import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, makeStyles } from '@fluentui/react-components';

const useStyles = makeStyles({
  // Host messages may list several problems, one per line.
  body: { whiteSpace: 'pre-line' },
});
import type { DashboardState } from '../state/dashboardReducer';
import type { DashboardActions } from '../state/useDashboard';

interface HostMessagesProps {
  state: DashboardState;
  actions: DashboardActions;
  /** Called once a message is dismissed: its button is gone, so focus must go somewhere. */
  onDismissed(): void;
}

/**
 * Errors from the host (protected sheet, merged cells) and short notices, never a crash. Fluent's
 * MessageBar announces itself to screen readers through the AriaLiveAnnouncer around the App.
 */
export function HostMessages({ state, actions, onDismissed }: HostMessagesProps) {
  const styles = useStyles();
  const dismiss = (action: () => void) => () => {
    action();
    onDismissed();
  };
  return (
    <>
      {/* Keyed by their text: a MessageBar announces when it mounts, so a new message must mount anew. */}
      {state.hostError && (
        <MessageBar key={state.hostError} intent="error" layout="multiline" data-testid="host-error">
          <MessageBarBody className={styles.body}>
            <MessageBarTitle>Could not complete</MessageBarTitle>
            {/* The announcement is the body's text: without the space it reads "completeNothing". */}
            {' '}
            {state.hostError}
          </MessageBarBody>
          <MessageBarActions containerAction={<Button appearance="transparent" aria-label="Dismiss error" onClick={dismiss(actions.dismissHostError)}>✕</Button>} />
        </MessageBar>
      )}
      {state.notice && (
        <MessageBar key={state.notice} intent="success" data-testid="notice">
          <MessageBarBody>{state.notice}</MessageBarBody>
          <MessageBarActions containerAction={<Button appearance="transparent" aria-label="Dismiss message" onClick={dismiss(actions.dismissNotice)}>✕</Button>} />
        </MessageBar>
      )}
    </>
  );
}
