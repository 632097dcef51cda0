import { useEffect } from 'react';
import {
  Body1,
  Button,
  Table,
  TableBody,
  TableCell,
  TableCellLayout,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import type { DashboardState } from '../state/dashboardReducer';
import type { SettingsSheetFound } from '../state/effectiveSettings';
import type { DashboardActions } from '../state/useDashboard';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  source: { color: tokens.colorNeutralForeground2 },
  workbook: { fontWeight: tokens.fontWeightSemibold },
  // The name column carries each setting's description, so it gets the room.
  nameColumn: { width: '35%' },
  fromColumn: { width: '64px' },
  value: { overflowWrap: 'anywhere' },
  name: { paddingTop: tokens.spacingVerticalXS, paddingBottom: tokens.spacingVerticalXS },
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
              <TableHeaderCell className={styles.nameColumn}>Setting</TableHeaderCell>
              <TableHeaderCell>Value</TableHeaderCell>
              <TableHeaderCell className={styles.fromColumn}>From</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {state.settings.map((setting) => (
              <TableRow key={setting.name}>
                <TableCell className={styles.name}>
                  <TableCellLayout description={setting.description}>{setting.name}</TableCellLayout>
                </TableCell>
                <TableCell className={mergeClasses(styles.value, setting.source === 'workbook' && styles.workbook)}>{setting.value || '—'}</TableCell>
                <TableCell className={styles.source}>{setting.source === 'workbook' ? 'Workbook' : 'Default'}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <div>
        <Button disabledFocusable={state.settingsSheet !== null} onClick={() => void actions.createSettingsSheet()}>
          Create Settings sheet
        </Button>
      </div>
      {state.settingsSheet && <Body1>{settingsSheetWords(state.settingsSheet)}</Body1>}
    </div>
  );
}

function settingsSheetWords({ name, hasTable }: SettingsSheetFound): string {
  if (hasTable) return `Settings are read from the sheet "${name}": change values there, then calculate again.`;
  return `The sheet "${name}" has no Setting | Value header row, so every setting is its default. Type that header row and the values below it, then calculate again.`;
}
