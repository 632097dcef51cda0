import type { CellValue, SheetGrid } from '../../src/engine';

/** A sheet from plain rows; `formats` gives number formats by A1-style "row,column" (0-based) keys. */
export function gridOf(name: string, rows: CellValue[][], formats: Record<string, string> = {}): SheetGrid {
  const width = Math.max(0, ...rows.map((r) => r.length));
  const numberFormats = rows.map((r, ri) => Array.from({ length: width }, (_, ci) => formats[`${ri},${ci}`]));
  return { name, values: rows, numberFormats };
}

/** The seed's Appendix 1 (seed 002, Quarter 4 2016/17) as an analyst keeps it, with counts for the crime rates. */
export const SEED_HEADER: CellValue[] = [
  'Outcomes', 'Supporting Indicators', 'Previous Year (2015-16)', 'Current Year (2016-17)',
  'Previous count', 'Previous population', 'Current count', 'Current population',
  'Nearest Neighbour Comparison', 'County Comparison',
];

const CRIME = 'Ongoing reductions in crime';
const OFFENDING = 'Reduce offending and re-offending';
const VULNERABLE = 'Protect and support the most vulnerable in communities';
const ASB = 'Continue to reduce anti-social behaviour';
const PREVENT = 'Prevent people from being drawn into terrorism';

export const SEED_ROWS: CellValue[][] = [
  [CRIME, 'Total Crime rate (per 1,000 population)', 47.21, 51.61, 32287, 683900, 35580, 689400, '4/9', 'Top'],
  [null, 'Domestic Burglary rate (per 1,000 population)', 3.53, 3.91, 2414, 683900, 2696, 689400, '6/9', 'Above Average'],
  [null, 'Vehicle Crime rate (per 1,000 population)', 7.07, 7.29, 4835, 683900, 5026, 689400, '5/9', 'Average'],
  [null, 'Violence with Injury rate (per 1,000 population)', 2.95, 3.93, 2018, 683900, 2709, 689400, '2/9', 'Top'],
  [OFFENDING, '% Reduction in offending by IOM & PPO Offenders', '41%', 0.428, null, null, null, null, '-', '-'],
  [null, 'Rate of re-offending by young offenders (local data)', 0.82, '0.28 (Q3 tracking)', null, null, null, null, '-', '-'],
  [null, 'Number of first time entrants to the criminal justice system aged 10 - 17', 124, '83 (April -Dec2016)', null, null, null, null, 'Top', null],
  [VULNERABLE, '% of domestic violence cases reviewed at MARAC that are repeat incidents', '28% (Apr2015-Mar2016)', '37% (Jan2016-Dec2016)', null, null, null, null, '-', '-'],
  [null, 'Number of referrals to domestic abuse support services (adults)', '2003*', '1611**', null, null, null, null, '-', '-'],
  [ASB, '% of people stating that they have been a victim of anti-social behaviour in the past year', 0.054, 0.054, null, null, null, null, '-', '-'],
  [null, '% of people who feel the police and other local public services are successfully dealing with ASB and crime', '92.7%', '84.5%', null, null, null, null, '-', '-'],
  [PREVENT, 'Reported hate incidents (per 1,000 population)', 0.58, 0.66, null, null, null, null, '-', '-'],
];

export const SEED_FOOTNOTES: string[] = [
  '* The figure provided includes an estimated number (227) of supports for HBBC stand-alone DA services based on 2013-15 performance.',
  '**Includes UAVA referrals (1174), HBBC & Blaby support services (287), LWA lottery funded outreach services(150).',
];

/** The Indicators sheet: two title rows and a blank row above the header (row 4), footnotes below a blank row. */
export function seedIndicatorsSheet(footnotes: string[] = SEED_FOOTNOTES): SheetGrid {
  const rows: CellValue[][] = [
    ['Appendix 1 - Safer Communities Performance Dashboard Quarter 4, 2016/17'],
    ['Leicestershire Safer Communities Strategy Board'],
    [],
    SEED_HEADER,
    ...SEED_ROWS,
    [],
    ...footnotes.map((f) => [f]),
  ];
  // 0.428, 0.054 and 0.054 are typed as numbers formatted as percentages.
  return gridOf('Indicators', rows, { '8,3': '0.0%', '13,2': '0.0%', '13,3': '0.0%' });
}

/** The sample's Settings sheet: polarity per indicator, MARAC's range. */
export function seedSettingsSheet(extra: CellValue[][] = []): SheetGrid {
  const polarity: Array<[string, string]> = [
    ['Total Crime rate (per 1,000 population)', 'Low is good'],
    ['Domestic Burglary rate (per 1,000 population)', 'Low is good'],
    ['Vehicle Crime rate (per 1,000 population)', 'Low is good'],
    ['Violence with Injury rate (per 1,000 population)', 'Low is good'],
    ['% Reduction in offending by IOM & PPO Offenders', 'High is good'],
    ['Rate of re-offending by young offenders (local data)', 'Low is good'],
    ['Number of first time entrants to the criminal justice system aged 10 - 17', 'Low is good'],
    ['% of domestic violence cases reviewed at MARAC that are repeat incidents', 'In range'],
    ['Number of referrals to domestic abuse support services (adults)', 'High is good'],
    ['% of people stating that they have been a victim of anti-social behaviour in the past year', 'Low is good'],
    ['% of people who feel the police and other local public services are successfully dealing with ASB and crime', 'High is good'],
    ['Reported hate incidents (per 1,000 population)', 'High is good'],
  ];
  return gridOf('Settings', [
    ['Setting', 'Value'],
    ['Home area', 'Leicestershire'],
    ...polarity.map(([name, value]) => [`Polarity: ${name}`, value]),
    ['Range: % of domestic violence cases reviewed at MARAC that are repeat incidents', '28%-40%'],
    ...extra,
  ]);
}
