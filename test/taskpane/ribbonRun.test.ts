import { LAST_RUN_SETTING } from '../../src/commands/calculateForRibbon';
import { readLastRibbonRun } from '../../src/taskpane/readLastRibbonRun';
import type { RibbonRunSettings } from '../../src/taskpane/readLastRibbonRun';
import { ribbonRunAction } from '../../src/taskpane/state/ribbonRunAction';

/** Document settings whose stored copy changes only on refreshAsync, as in a page Office opened earlier. */
function settingsHolding(stored: unknown) {
  let copy: unknown = null;
  const settings: RibbonRunSettings = {
    get: (name) => (name === LAST_RUN_SETTING ? copy : null),
    refreshAsync: (callback) => {
      copy = stored;
      callback();
    },
  };
  return settings;
}

const refused = { at: '2017-06-08T10:00:00.000Z', ok: false, message: 'Nothing was written. Sheet Indicators is protected.' };

describe("reading the ribbon's last run", () => {
  test('reloads the settings first: the ribbon saved them from another page', async () => {
    await expect(readLastRibbonRun(settingsHolding(refused))).resolves.toEqual(refused);
  });

  test('nothing when the setting is missing or holds something else', async () => {
    await expect(readLastRibbonRun(settingsHolding(null))).resolves.toBeUndefined();
    await expect(readLastRibbonRun(settingsHolding('Calculated'))).resolves.toBeUndefined();
    await expect(readLastRibbonRun(settingsHolding({ ...refused, at: 'yesterday' }))).resolves.toBeUndefined();
    await expect(readLastRibbonRun(settingsHolding({ at: refused.at, ok: 'no', message: 'x' }))).resolves.toBeUndefined();
  });
});

describe('ribbonRunAction', () => {
  const at = () => '8 Jun 2017, 11:00';

  test('a refused run is shown as an error, with its time and the reason', () => {
    expect(ribbonRunAction(refused, at)).toEqual({
      type: 'hostFailed',
      message: 'Calculate dashboard on the ribbon (8 Jun 2017, 11:00) did not complete. Nothing was written. Sheet Indicators is protected.',
    });
  });

  test('a successful run is shown as a notice with its summary', () => {
    expect(ribbonRunAction({ ...refused, ok: true, message: 'Calculated 12 indicators: 2 errors, 2 warnings.' }, at)).toEqual({
      type: 'noticeShown',
      notice: 'Calculate dashboard on the ribbon (8 Jun 2017, 11:00): Calculated 12 indicators: 2 errors, 2 warnings.',
    });
  });

  test('by default the time is written in the reviewer\'s locale', () => {
    const action = ribbonRunAction(refused);
    expect(action.type === 'hostFailed' && action.message).toContain('2017');
  });
});
