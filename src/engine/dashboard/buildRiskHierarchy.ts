import type { CalculationResult } from '../CalculationResult';
import { FOOTNOTE_MARK_RUN } from '../sheets/readTableFootnotes';
import type { RiskResult } from '../risk/RiskResult';
import { NO_DATA_FILL, NO_DATA_FONT_COLOR, NO_DATA_RATING, RiskBand } from '../risk/RiskSettings';
import { formatRiskNumber, formatTypedNumber, riskScoreNumberFormat } from '../risk/formatRiskNumber';
import { riskBandsFrom } from '../risk/riskSettingsFrom';

export interface RiskHierarchyColumn {
  readonly header: string;
  readonly align: 'left' | 'center';
}

/** One category of the ranked hierarchy, every figure already written as text. */
export interface RiskHierarchyRow {
  /** "1", "2", "2", "4" …; "-" for NO DATA. */
  readonly rank: string;
  readonly category: string;
  readonly probability: string;
  readonly harm: string;
  readonly score: string;
  readonly rating: string;
  /** The band's fill and text colour for the rating cell (the rating is always written as well). */
  readonly fill: string;
  readonly fontColor: string;
  /** The Risk Matrix row it shows (Explain traces a Dashboard row back to it). */
  readonly source: RiskResult;
  /** The same figures as numbers, for a spreadsheet: rank, probability, harm score, risk score. */
  readonly values: { readonly rank?: number; readonly probability?: number; readonly harm?: number; readonly score?: number };
  /** The risk score's number format for a spreadsheet cell (riskScoreNumberFormat: more decimals beside a band bound). */
  readonly scoreFormat: string;
}

/** Seed 002 Appendix 2 as a table: the categories, highest risk first, NO DATA last. */
export interface RiskHierarchy {
  readonly title: string;
  readonly columns: ReadonlyArray<RiskHierarchyColumn>;
  readonly rows: ReadonlyArray<RiskHierarchyRow>;
  /** One line per row whose period differs from the sheet's, then how the score is formed. */
  readonly footnotes: ReadonlyArray<string>;
}

export const RISK_HIERARCHY_COLUMNS: ReadonlyArray<RiskHierarchyColumn> = [
  { header: 'Rank', align: 'center' },
  { header: 'Category', align: 'left' },
  { header: 'Probability', align: 'center' },
  { header: 'Harm score', align: 'center' },
  { header: 'Risk score', align: 'center' },
  { header: 'Risk rating', align: 'center' },
];

const figure = (value: number | undefined, bounds: ReadonlyArray<number> = []) => (value === undefined ? '-' : formatRiskNumber(value, bounds));

/** "LOW up to 108, MEDIUM up to 216, HIGH above 216" (upper bounds inclusive). */
function bandText(bands: ReadonlyArray<RiskBand>): string {
  return bands
    .map((band, i) => (band.upTo === undefined ? `${band.label} above ${formatRiskNumber(bands[i - 1]?.upTo ?? 0)}` : `${band.label} up to ${formatRiskNumber(band.upTo)}`))
    .join(', ');
}

/**
 * The ranked hierarchy the board reads beside Appendix 1: rated rows by rank (ties in sheet order),
 * then NO DATA rows; rows an error kept from being scored are left out (the findings say why).
 * Undefined when there are no rated rows at all.
 */
export function buildRiskHierarchy(risk: ReadonlyArray<RiskResult> | undefined, bands: ReadonlyArray<RiskBand>, typedFootnotes: ReadonlyArray<string> = []): RiskHierarchy | undefined {
  const rated = (risk ?? []).filter((r) => r.rating !== undefined && !r.notScored);
  if (rated.length === 0) return undefined;
  const ordered = [...rated.filter((r) => r.rank !== undefined).sort((a, b) => a.rank! - b.rank!), ...rated.filter((r) => r.rank === undefined)];
  const bounds = bands.flatMap((b) => (b.upTo === undefined ? [] : [b.upTo]));
  const rows = ordered.map((r): RiskHierarchyRow => {
    const band = bands.find((b) => b.label === r.rating);
    return {
      rank: r.rank === undefined ? '-' : String(r.rank),
      category: r.category,
      probability: r.probability === undefined ? '-' : formatTypedNumber(r.probability),
      harm: figure(r.harmScore),
      score: figure(r.riskScore, bounds),
      rating: r.rating ?? NO_DATA_RATING,
      fill: band?.fill ?? NO_DATA_FILL,
      fontColor: band?.fontColor ?? NO_DATA_FONT_COLOR,
      source: r,
      values: { rank: r.rank, probability: r.probability, harm: r.harmScore, score: r.riskScore },
      scoreFormat: r.riskScore === undefined ? '0.0' : riskScoreNumberFormat(r.riskScore, bounds),
    };
  });
  // A category's own period is said here unless the analyst's footnote for its mark already says it.
  const typedMarks = new Set(typedFootnotes.map((note) => FOOTNOTE_MARK_RUN.exec(note)?.[1]).filter((mark) => mark !== undefined));
  const periods = ordered
    .filter((r) => r.periodDiffers && r.period && !typedMarks.has(MARK_RUN_AT_END.exec(r.category)?.[1] ?? ''))
    .map((r) => `${r.category}: figures for ${r.period}, a different period from the other categories.`);
  return {
    title: 'Risk rating by harm scores: priorities ranked',
    columns: RISK_HIERARCHY_COLUMNS,
    rows,
    footnotes: [
      ...periods,
      ...typedFootnotes,
      `Risk score = probability × harm score (the mean of the partners' harm scores). Bands: ${bandText(bands)}; ${NO_DATA_RATING} when a score is missing. Rank 1 is the highest risk.`,
    ],
  };
}

/** The mark run a category ends with ("Road casualties*"). */
const MARK_RUN_AT_END = /(\*+|†+|‡+)$/u;

/**
 * The rows the hierarchy and the Risk chart are built from: those of the workbook's first Risk Matrix
 * sheet. Two sheets' ranks would clash (two 1s), so any further Risk Matrix sheet is calculated on its
 * own sheet only, and warning R009 there says so (riskSheetsLeftOut).
 */
export function hierarchyRiskRows(result: CalculationResult): ReadonlyArray<RiskResult> {
  const first = result.sheets.find((s) => s.kind === 'risk')?.name;
  const risk = result.risk ?? [];
  return risk.every((r) => r.sheet === first) ? risk : risk.filter((r) => r.sheet === first);
}

/** The hierarchy of a calculation, banded by the settings it used, with the notes typed under its Risk Matrix. */
export function riskHierarchyFor(result: CalculationResult): RiskHierarchy | undefined {
  const bands = riskBandsFrom(result.settings);
  const riskSheets = [...new Set(result.sheets.filter((s) => s.kind === 'risk').map((s) => s.name))];
  const [first, ...others] = riskSheets;
  const typed = (result.footnotes ?? []).filter((f) => f.sheet === first).map((f) => f.text.trim()).filter((t) => t !== '');
  const hierarchy = buildRiskHierarchy(hierarchyRiskRows(result), bands, typed);
  if (hierarchy === undefined || others.length === 0) return hierarchy;
  const named = (names: ReadonlyArray<string>) => names.map((name) => `"${name}"`).join(', ');
  return {
    ...hierarchy,
    title: `${hierarchy.title} (sheet ${named([first])})`,
    footnotes: [...hierarchy.footnotes, `Only the first Risk Matrix sheet, ${named([first])}, is ranked here; ${named(others)} ${others.length === 1 ? 'is' : 'are'} calculated on ${others.length === 1 ? 'its own sheet' : 'their own sheets'}.`],
  };
}
