import type { CalculationResult, Direction, IndicatorResult, Rag } from '../../src/engine';

/**
 * Seed 002, Appendix 1 (2016/17 Q4), as the engine would report it under the documented default
 * rules (contract §8a: 5% stable band, 15% red threshold, mean overall RAG). Worked by hand:
 * total crime 47.21 → 51.61 is +9.3%, low is good → ↓ A; violence with injury +33.2% → ↓ R;
 * outcome 1 mean (2+2+2+1)/4 = 1.75 → A; the re-offending, first-time-entrant and referral rows are
 * not like-for-like (partial period; footnoted estimates) so carry no arrow or colour.
 */
interface Row {
  outcome: string;
  indicator: string;
  previous: string;
  current: string;
  direction?: Direction;
  rag?: Rag;
  overall: Rag;
  nn?: string;
  county?: string;
  notLikeForLike?: string;
  footnotes?: string[];
}

const CRIME = 'Ongoing reductions in crime';
const OFFENDING = 'Reduce offending and re-offending';
const VULNERABLE = 'Protect and support the most vulnerable in communities';
const ASB = 'Continue to reduce anti-social behaviour';
const PREVENT = 'Prevent people from being drawn into terrorism with a focus on working in partnership to reduce the risk of radicalisation';

const rows: Row[] = [
  { outcome: CRIME, indicator: 'Total Crime rate (per 1,000 population)', previous: '47.21', current: '51.61', direction: '↓', rag: 'A', overall: 'A', nn: '4/9', county: 'Top' },
  { outcome: CRIME, indicator: 'Domestic Burglary rate (per 1,000 population)', previous: '3.53', current: '3.91', direction: '↓', rag: 'A', overall: 'A', nn: '6/9', county: 'Above Average' },
  { outcome: CRIME, indicator: 'Vehicle Crime rate (per 1,000 population)', previous: '7.07', current: '7.29', direction: '→', rag: 'A', overall: 'A', nn: '5/9', county: 'Average' },
  { outcome: CRIME, indicator: 'Violence with Injury rate (per 1,000 population)', previous: '2.95', current: '3.93', direction: '↓', rag: 'R', overall: 'A', nn: '2/9', county: 'Top' },
  { outcome: OFFENDING, indicator: '% Reduction in offending by IOM & PPO Offenders', previous: '41%', current: '42.8%', direction: '→', rag: 'A', overall: 'A' },
  { outcome: OFFENDING, indicator: 'Rate of re-offending by young offenders (local data)', previous: '0.82', current: '0.28 (Q3 tracking)', overall: 'A', notLikeForLike: 'Not compared: the current figure is year-to-date (Q3 tracking), the previous one a full year.' },
  { outcome: OFFENDING, indicator: 'Number of first time entrants to the criminal justice system aged 10 - 17', previous: '124', current: '83 (April -Dec2016)', overall: 'A', nn: 'Top', notLikeForLike: 'Not compared: the current figure covers April-December 2016 (9 months), the previous one a full year.' },
  { outcome: VULNERABLE, indicator: '% of domestic violence cases reviewed at MARAC that are repeat incidents', previous: '28% (Apr2015-Mar2016)', current: '37% (Jan2016-Dec2016)', direction: '↑', rag: 'G', overall: 'G' },
  { outcome: VULNERABLE, indicator: 'Number of referrals to domestic abuse support services (adults). From December 2015 includes sexual violence referrals.', previous: '2003*', current: '1611**', overall: 'G', footnotes: ['*', '**'], notLikeForLike: 'Not compared: both figures carry footnotes marking them as estimated or not comparable.' },
  { outcome: ASB, indicator: '% of people stating that they have been a victim of anti-social behaviour in the past year', previous: '5.4%', current: '5.4%', direction: '→', rag: 'A', overall: 'A' },
  { outcome: ASB, indicator: '% of people stating that they feel that the police and other local public services are successfully dealing with ASB and crime in their local area', previous: '92.7%', current: '84.5%', direction: '↓', rag: 'A', overall: 'A' },
  { outcome: PREVENT, indicator: 'Reported hate incidents (per 1,000 population)', previous: '0.58', current: '0.66', direction: '↑', rag: 'G', overall: 'G' },
];

export const SEED_FOOTNOTES = [
  '* The figure provided includes an estimated number (227) of supports for HBBC stand-alone DA services based on 2013-15 performance. Figures provided relate to 2015/16, not a 12 month rolling figure. Figures exclude callers to the domestic abuse helpline and children referred for specialist domestic abuse support',
  '**Includes UAVA referrals (1174), HBBC & Blaby support services (287), LWA lottery funded outreach services(150).',
];

function number(display: string): number | undefined {
  const m = /^-?[\d,]+(\.\d+)?%?/.exec(display);
  if (!m) return undefined;
  const n = Number(m[0].replace(/[,%]/g, ''));
  return m[0].endsWith('%') ? n / 100 : n;
}

export function indicatorFrom(row: Row, index: number): IndicatorResult {
  return {
    sheet: 'Indicators',
    row: 3 + index,
    outcome: row.outcome,
    indicator: row.indicator,
    measure: 'Rate per 1,000',
    polarity: 'Low is good',
    previous: { display: row.previous, value: number(row.previous), period: '2015-16' },
    current: { display: row.current, value: number(row.current), period: '2016-17' },
    direction: row.direction,
    rag: row.rag,
    overallRag: row.overall,
    nearestNeighbour: row.nn,
    countyComparison: row.county,
    reason: row.notLikeForLike ?? `Hand-worked reason for ${row.indicator}.`,
    notLikeForLike: row.notLikeForLike !== undefined,
    footnotes: row.footnotes ?? [],
  };
}

export function resultWith(indicators: IndicatorResult[], footnotes: string[] = SEED_FOOTNOTES): CalculationResult {
  const outcomes = [...new Set(indicators.map((i) => i.outcome))].map((outcome) => ({
    outcome,
    overallRag: indicators.find((i) => i.outcome === outcome)?.overallRag,
    indicatorCount: indicators.filter((i) => i.outcome === outcome).length,
  }));
  return {
    sheets: [],
    indicators,
    outcomes,
    findings: [],
    plan: { columns: [], ownedSheets: [] },
    summary: { indicators: indicators.length, outcomes: outcomes.length, errors: 0, warnings: 3 },
    footnotes: footnotes.map((text) => ({ sheet: 'Indicators', text })),
  };
}

export const seedIndicators: IndicatorResult[] = rows.map(indicatorFrom);
export const seedResult: CalculationResult = resultWith(seedIndicators);

export const SCRIPT = '<script>alert(1)</script>';
export const FORMULA = '=HYPERLINK("http://x","y")';

/** The seed with hostile text in an indicator name, a figure, a comparison and a footnote. */
export const hostileResult: CalculationResult = resultWith(
  seedIndicators.map((i, n) =>
    n === 0 ? { ...i, indicator: SCRIPT, districtComparison: 'Blaby | Melton & <b>' } : n === 1 ? { ...i, current: { display: FORMULA } } : i,
  ),
  [...SEED_FOOTNOTES, `* ${SCRIPT} ${FORMULA}`],
);
