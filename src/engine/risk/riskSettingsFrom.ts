import type { Settings } from '../settings/Settings';
import { RiskSettings, riskBandsFromUpperBounds } from './RiskSettings';

/** The Risk Matrix's subset of the workbook's settings. */
export function riskSettingsFrom(settings: Settings): RiskSettings {
  return {
    bands: riskBandsFromUpperBounds(settings.riskBands),
    probabilityBands: settings.probabilityBands,
    probabilityScale: settings.probabilityScale,
    harmScale: settings.harmScale,
    harmDisagreement: settings.harmDisagreement,
  };
}
