import { useEffect } from 'react';
import {
  Body1,
  Button,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { DashboardState } from '../state/dashboardReducer';
import type { DashboardActions } from '../state/useDashboard';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  source: { color: tokens.colorNeutralForeground2 },
  workbook: { fontWeight: tokens.fontWeightSemibold },
});

/** The effective settings (workbook values over defaults) and a way to create the Settings sheet. */
export function SettingsView({ state, actions }: { state: DashboardState; actions: DashboardActions }) {
  const styles = useStyles();
  const { loadSettings } = actions;
  useEffect(() => {
    void loadSettings();
  }, [loadSettings]);

  return (
    <div className={styles.root}>
      <Body1>
        These settings decide the arrows and colours. A value typed on the workbook's Settings sheet wins over the
        default.
      </Body1>
      {state.settings && (
        <Table size="small" aria-label="Effective settings">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Setting</TableHeaderCell>
              <TableHeaderCell>Value</TableHeaderCell>
              <TableHeaderCell>From</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {state.settings.map((setting) => (
              <TableRow key={setting.name}>
                <TableCell title={setting.description}>{setting.name}</TableCell>
                <TableCell className={setting.source === 'workbook' ? styles.workbook : undefined}>{setting.value || '—'}</TableCell>
                <TableCell className={styles.source}>{setting.source === 'workbook' ? 'Workbook' : 'Default'}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <div>
        <Button disabledFocusable={state.settingsSheetExists !== false} onClick={() => void actions.createSettingsSheet()}>
          Create Settings sheet
        </Button>
      </div>
      {state.settingsSheetExists && <Body1>The workbook has a Settings sheet: change values there, then calculate again.</Body1>}
    </div>
  );
}
