import { DEFAULT_SETTINGS, Settings } from '../settings/Settings';
import { RiskBand, RiskSettings, riskBandsFromUpperBounds } from './RiskSettings';

/** The Risk Matrix's subset of the workbook's settings. */
export function riskSettingsFrom(settings: Settings): RiskSettings {
  return {
    bands: riskBandsFrom(settings),
    probabilityBands: settings.probabilityBands,
    probabilityScale: settings.probabilityScale,
    harmScale: settings.harmScale,
    harmDisagreement: settings.harmDisagreement,
  };
}

/** The bands of `Risk bands`, filled with `Risk band colours` (the default colours when that is not set). */
export function riskBandsFrom(settings: Settings = DEFAULT_SETTINGS): RiskBand[] {
  return riskBandsFromUpperBounds(settings.riskBands, settings.riskBandColours);
}
