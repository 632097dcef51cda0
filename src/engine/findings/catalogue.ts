import type { Finding, Severity } from './Finding';

/** Values filled into a message template's `{name}` slots; also carries the evidence fields. */
export interface FindingDetails {
  /** The cell content as typed. */
  readonly raw?: string;
  /** What the engine read from it. */
  readonly parsed?: string;
  /** What was expected instead. */
  readonly expected?: string;
  readonly [slot: string]: string | number | undefined;
}

export interface CatalogueEntry {
  /** Stable code, never reused: reports, the README and reviewers' notes refer to it. */
  readonly code: string;
  readonly severity: Severity;
  /** One line naming the check, for the README's list of codes. */
  readonly title: string;
  /** Message template; `{slot}` is replaced from the details. */
  readonly message: string;
  /** Suggested fix template, same slots. */
  readonly fix: string;
}

/**
 * Every check the engine makes. Adding a check is one entry here; codes are stable (append, never
 * renumber). Severity `error` blocks that row's calculation; `warning` calculates and says what to check.
 */
export const CATALOGUE = {
  notANumber: {
    code: 'V001',
    severity: 'error',
    title: 'Text where a number is expected',
    message: 'The {what} "{raw}" is not a number.',
    fix: 'Type the {what} as a number, e.g. {example}, or "-" when there is no data.',
  },
  excelError: {
    code: 'V002',
    severity: 'error',
    title: 'Excel error value',
    message: 'The {what} holds the Excel error {raw}.',
    fix: 'Correct the formula or the cells it refers to, or type in its place {expected}.',
  },
  badAnnotation: {
    code: 'V003',
    severity: 'error',
    title: 'Number followed by an annotation that cannot be read',
    message: 'The {what} "{raw}" starts with a number but what follows it cannot be read.',
    fix: 'Write the figure as a number, optionally followed by footnote marks (*, **, †) and one note in brackets, e.g. "83 (April-Dec 2016)".',
  },
  negativeCount: {
    code: 'V004',
    severity: 'error',
    title: 'Negative count or population',
    message: 'The {what} is {raw}; a count or population cannot be negative.',
    fix: 'Correct the {what}; counts and populations are zero or more.',
  },
  missingDenominator: {
    code: 'V005',
    severity: 'error',
    title: 'Count without a usable denominator',
    message: 'The {what} is {state}, so the rate cannot be calculated from the count {count}.',
    fix: 'Type the population or base (greater than zero) beside the count, or remove the count and give the figure instead.',
  },
  duplicateIndicator: {
    code: 'V006',
    severity: 'error',
    title: 'Indicator listed twice',
    message: 'The indicator "{raw}" already appears at {first}; each indicator must be listed once.',
    fix: 'Remove or rename one of the two rows.',
  },
  noOutcome: {
    code: 'V007',
    severity: 'warning',
    title: 'Indicator without an outcome',
    message: 'The indicator "{indicator}" has no outcome above it, so it is left out of every Overall Progress RAG.',
    fix: 'Type the outcome this indicator supports in the Outcome column.',
  },
  unknownPolarity: {
    code: 'V008',
    severity: 'error',
    title: 'Unknown polarity',
    message: 'The polarity "{raw}" is not one the dashboard knows.',
    fix: 'Use one of: Low is good, High is good, In range, No judgement.',
  },
  unknownMeasure: {
    code: 'V009',
    severity: 'error',
    title: 'Unknown measure',
    message: 'The measure "{raw}" is not one the dashboard knows.',
    fix: 'Use one of: Rate per 1,000, Rate per 10,000, Rate per 100,000, Percentage, Count, Ratio, Score.',
  },
  missingPolarity: {
    code: 'V010',
    severity: 'warning',
    title: 'No polarity given',
    message: 'The indicator "{indicator}" has no polarity, so it is treated as No judgement: no colour, and an arrow only when stable.',
    fix: 'Give a polarity in the Polarity column or as "Polarity: {indicator}" on the Settings sheet.',
  },
  partialPeriod: {
    code: 'V011',
    severity: 'warning',
    title: 'Not like-for-like: part-year figure',
    message: 'The {side} figure covers a part year ({period}) {against}, so the two are not compared.',
    fix: 'Compare like with like: give both figures for the same months (a full year each, or the same part year named on both, e.g. "Apr-Dec 2015" and "Apr-Dec 2016"), or accept that this row has no arrow or colour.',
  },
  differentPeriodLengths: {
    code: 'V012',
    severity: 'warning',
    title: 'Not like-for-like: periods of different lengths',
    message: 'The previous figure covers {previousMonths} months and the current {currentMonths} months, so the two are not compared.',
    fix: 'Give both figures for periods of the same length.',
  },
  footnotedNotComparable: {
    code: 'V013',
    severity: 'warning',
    title: 'Not like-for-like: footnoted as estimated or not comparable',
    message: 'The {side} figure "{raw}" carries footnote {mark}, which says: "{footnote}". The two figures are not compared.',
    fix: 'Check the footnote; if the figures are in fact comparable, remove the footnote mark or reword the footnote.',
  },
  footnoteNotFound: {
    code: 'V014',
    severity: 'warning',
    title: 'Footnote mark with no footnote',
    message: 'The {side} figure "{raw}" carries footnote {mark}, but no footnote starting with {mark} was found under the table, so the figures are not compared.',
    fix: 'Add the footnote under the table (a row starting with {mark}), or remove the mark.',
  },
  missingHeader: {
    code: 'V015',
    severity: 'error',
    title: 'Header row not found',
    message: 'The sheet looks like {kind} sheet but no header row holding {looked} was found in its first 20 rows. Headers seen: {seen}.{note}',
    fix: 'Add a header row with {looked} (any case; line breaks and trailing * are ignored).',
  },
  ownedSheetNameTaken: {
    code: 'V027',
    severity: 'warning',
    title: 'A sheet of yours has the name of a sheet the add-in writes',
    message: 'The workbook already has a sheet named "{sheet}" without the line Safer Dashboard puts on the sheets it rebuilds, so the {sheet} sheet was not written and nothing on yours was changed.',
    fix: 'Rename your sheet (right-click its tab, then Rename) and calculate again; if it is the add-in\'s {sheet} sheet from an earlier version, delete it.',
  },
  addinSheetCopy: {
    code: 'V038',
    severity: 'warning',
    title: 'A copy of a sheet the add-in made',
    message: 'The sheet "{sheet}" was made by the add-in (it carries the line "Rebuilt by Safer Dashboard…" in {cell}), so it is not read as input and is left as it is: its figures are not counted again.',
    fix: 'Nothing to do if you keep it as a record. Figures you want calculated go on your own sheet, e.g. Indicators, not on a copy of a sheet the add-in made.',
  },
  earlierOwnedSheet: {
    code: 'V039',
    severity: 'warning',
    title: 'A sheet laid out like the add-in\'s from an earlier version',
    message: 'The sheet "{sheet}" is laid out like the {sheet} sheet an earlier version of the add-in wrote and lacks the line Safer Dashboard now puts on its own sheets, so it was not read as input and nothing on it was changed; while it is there, the add-in writes no {sheet} sheet.',
    fix: 'If it is the add-in\'s {sheet} sheet from an earlier version, delete it (right-click its tab, then Delete) and calculate again to get a new one; if it is your own table, rename it (right-click its tab, then Rename) and calculate again to have it read as input.',
  },
  badTolerance: {
    code: 'V028',
    severity: 'error',
    title: 'A Tolerance that cannot be a stable band',
    message: 'The tolerance "{raw}" cannot be used as a stable band: {why}.',
    fix: 'Type a percentage from 0% to below 100%, e.g. 5%, or leave the cell empty to use the "Stable tolerance" setting.',
  },
  typedValueDisagreesWithCounts: {
    code: 'V029',
    severity: 'warning',
    title: 'A typed value that its counts do not give',
    message: 'The {side} value "{raw}" does not match its counts: {from} gives {calculated}. The figure from the counts is the one compared and rated.',
    fix: 'Correct the value or the counts so that they agree, or clear the value to show the figure calculated from the counts.',
  },
  badSetting: {
    code: 'V016',
    severity: 'warning',
    title: 'Setting value cannot be used',
    message: 'The setting "{setting}" has the value "{raw}", which cannot be used: {problem}. The default, {default}, is used instead.',
    fix: 'Type {expected}.',
  },
  unknownSetting: {
    code: 'V017',
    severity: 'warning',
    title: 'Unknown setting',
    message: 'The setting "{raw}" is not one the dashboard knows, so it is ignored.',
    fix: 'Check the spelling against the settings list: {known}.',
  },
  secondSettingsTable: {
    code: 'V030',
    severity: 'warning',
    title: 'A second Settings table',
    message: 'This second Settings table (Setting and Value) is ignored; settings are read from {used}.',
    fix: 'Move any setting you need from here to the "{sheet}" sheet, then delete this table.',
  },
  settingForNoIndicator: {
    code: 'V031',
    severity: 'warning',
    title: 'A per-indicator setting that names no indicator',
    message: 'The setting "{raw}" names the indicator "{indicator}", which is on no sheet, so it is ignored.',
    fix: 'Name the indicator as on the Indicators sheet (case and spacing do not matter), or delete the row.',
  },
  repeatedSetting: {
    code: 'V032',
    severity: 'warning',
    title: 'A setting given more than once',
    message: 'The setting "{setting}" is also given at {earlier}; only this last row counts, so {used} is used.',
    fix: 'Keep one row for this setting and delete the others.',
  },
  unnamedSettingValue: {
    code: 'V033',
    severity: 'warning',
    title: 'A setting value with no setting name',
    message: 'The value "{raw}" has no setting name beside it, so it is ignored.',
    fix: 'Type the name of the setting in the Setting column, or clear the value.',
  },
  percentScaleLimit: {
    code: 'V034',
    severity: 'error',
    title: "A percentage indicator's target or range on another scale than its figures",
    message: 'The {what} {raw}{where} would be read as {parsed}, but the figures are percentages (the current figure is {figure}): it looks like percentage points typed without %, so the row is not scored.',
    fix: 'Type {expected}, so the {what} and the figures are on the same scale.',
  },
  rowsBelowTable: {
    code: 'V035',
    severity: 'warning',
    title: 'Indicator rows below the end of the table, not read',
    message: '{rows}, but the table ends above at {ending} (row {end}), so {they} not read or calculated.',
    fix: 'Delete the blank row between them and the table (or move the footnotes below the last indicator), then calculate again.',
  },
  comparisonExcelError: {
    code: 'V036',
    severity: 'warning',
    title: 'Excel error value in a typed comparison cell',
    message: 'The {what} holds the Excel error {raw}, so it is left off the Dashboard and the board report; the row is still calculated.',
    fix: 'Correct the formula or the cells it refers to, or type the comparison (e.g. {example}), or clear the cell.',
  },
  duplicateHeader: {
    code: 'V037',
    severity: 'warning',
    title: 'A column header given twice',
    message: 'The header "{raw}" is another "{used}" column, as at {first}; only the first is read, so this column is ignored.',
    fix: 'Rename or delete one of the two columns (keep the one holding the figures you mean), then calculate again.',
  },
  missingIndicatorName: {
    code: 'V018',
    severity: 'error',
    title: 'Figures without an indicator name',
    message: 'This row has figures but no indicator name.',
    fix: 'Type the indicator name, or clear the row.',
  },
  badRange: {
    code: 'V019',
    severity: 'error',
    title: 'Range cannot be read',
    message: 'The range "{raw}" cannot be read as a low and a high figure.',
    fix: 'Write the range as low-high, e.g. 28%-40%, with the low figure first.',
  },
  changeBeyondSanityBound: {
    code: 'V020',
    severity: 'warning',
    title: 'Change larger than the sanity bound',
    message: 'The figure changed by {change} ({previous} → {current}), more than the ±{bound} sanity bound.',
    fix: 'Confirm both figures are right (same units, same definition); if they are, no action is needed.',
  },
  percentAboveHundred: {
    code: 'V021',
    severity: 'error',
    title: 'Percentage above 100%',
    message: 'The {what} is {raw}, read as {parsed}; a percentage cannot be above 100%{slip}.',
    fix: 'Correct the figure (42.8% is typed as 42.8% or 0.428 formatted as a percentage); if the indicator is a change that can pass 100%, set its Measure to Ratio.',
  },
  unitSlip: {
    code: 'V022',
    severity: 'error',
    title: 'Unit slip: the two figures are about 100 or 1,000 times apart',
    message: 'The {side} figure {raw} is {factor} the {otherSide} figure {otherRaw}; that is a unit slip ({slip}), not a real change, so the row is not scored.',
    fix: 'Give both figures in the same unit: {unit}.',
  },
  negativeFigure: {
    code: 'V023',
    severity: 'error',
    title: 'Negative rate or count',
    message: 'The {what} is {raw}; a {measure} cannot be negative.',
    fix: 'Correct the figure; if the indicator measures a change that can be negative, set its Measure to Ratio or Score.',
  },
  rankOutOfRange: {
    code: 'V024',
    severity: 'error',
    title: 'Rank k/n with k above n',
    message: 'The {what} "{raw}" is impossible: rank {rank} of {size} areas.',
    fix: 'Correct the rank to k/n with k from 1 to n (1 = best), e.g. 4/9.',
  },
  periodMismatch: {
    code: 'V025',
    severity: 'warning',
    title: "Period does not match the column header's period",
    message: 'The {side} period "{raw}" does not match the period in the column header, "{expected}".',
    fix: 'Correct the period or the header; if this row truly covers another window, footnote it under the table.',
  },
  smallCount: {
    code: 'V026',
    severity: 'warning',
    title: 'Count below the small number threshold',
    message: 'The {what} is {raw}, below the small number threshold of {threshold}; rates and changes from so few events are unstable.',
    fix: 'Read the change with caution, or combine periods or areas for a larger count ("Small number threshold" in Settings sets the limit).',
  },
  // Risk Matrix (contract §5): an R-series of their own, so they never collide with the V-series.
  riskScoreOutOfScale: {
    code: 'R001',
    severity: 'error',
    title: 'Risk Matrix: score outside its scale',
    message: 'The {header} score for {category} is {read}, outside the {scale} scale {range}, so the row is not scored.',
    fix: 'Correct the score to a number from {range}, or change the "{setting}" setting if the partnership uses another scale.',
  },
  riskMissingCategory: {
    code: 'R002',
    severity: 'error',
    title: 'Risk Matrix: scores without a category',
    message: 'This row has scores but no category, so it is not scored.',
    fix: 'Type the crime or incident type in the Category cell, or clear the row.',
  },
  riskPeriodDiffers: {
    code: 'R003',
    severity: 'warning',
    title: "Risk Matrix: row's period differs from the sheet's",
    message: "{category} covers {raw}, not the sheet's main period {main}; it is scored and ranked with the others, but its figures cover a different window.",
    fix: 'Check the figures are comparable and footnote the different window under the table, as the board paper does.',
  },
  riskHarmDisagreement: {
    code: 'R004',
    severity: 'warning',
    title: 'Risk Matrix: partners disagree on a harm score',
    message: 'Partners disagree on the harm of {category}: their scores have a standard deviation of {spread} (above {threshold}). Lowest: {lowest}; highest: {highest}.',
    fix: 'Ask the lowest and highest scorers to confirm their scores; the board asked that the model take cognisance of local knowledge.',
  },
  riskDuplicateCategory: {
    code: 'R005',
    severity: 'warning',
    title: 'Risk Matrix: category listed twice',
    message: 'The category "{raw}" already appears at {first}; both rows are scored and ranked.',
    fix: 'Give each category one row, or name the rows apart (e.g. by district).',
  },
  riskVolumeBelowBands: {
    code: 'R006',
    severity: 'warning',
    title: 'Risk Matrix: volume below every probability band',
    message: 'The volume {raw} for {category} is below the lowest probability band, so no probability is derived{outcome}.',
    fix: 'Type the probability, or add a probability band in Settings starting at or below this volume.',
  },
  riskDerivedProbabilityOutOfScale: {
    code: 'R007',
    severity: 'error',
    title: 'Risk Matrix: probability from the volume outside its scale',
    message: 'The volume {raw} for {category} gives probability {score} by the "Probability bands" setting, outside the probability scale {range}, so the row is not scored.',
    fix: 'Correct the "Probability bands" setting so every band\'s score is within {range}, or type a Probability for {category}.',
  },
  riskVolumeNotUsed: {
    code: 'R008',
    severity: 'warning',
    title: 'Risk Matrix: unreadable volume not used beside a typed probability',
    message: 'The Volume "{raw}" for {category} {problem}; it is not used, because a Probability is typed.',
    fix: 'Correct the Volume to a count of 0 or more, e.g. 1,150, so the sheet records it; the typed Probability is used either way.',
  },
  riskSheetNotInHierarchy: {
    code: 'R009',
    severity: 'warning',
    title: 'Risk Matrix: a further Risk Matrix sheet, not in the ranked hierarchy',
    message: 'This Risk Matrix is calculated on its own sheet, but it is not added to the ranked hierarchy on the Dashboard, in the board report and on the Risk chart: that is built from the first Risk Matrix sheet, "{first}", alone, as ranks from two sheets would clash.',
    fix: 'Keep one Risk Matrix sheet per workbook (move other years to a workbook of their own), or move this sheet before "{first}" to rank it instead.',
  },
  riskPartYearVolume: {
    code: 'R010',
    severity: 'warning',
    title: 'Risk Matrix: probability from a part-year volume',
    message: 'The volume {volume} for {category} covers {period}, part of a year; the probability bands are for 12 months of volume, so the probability {score} from them may be too low.',
    fix: 'Type the volume for a full 12 months, or type the Probability for {category} yourself.',
  },
  riskHarmColumnOnlyText: {
    code: 'R011',
    severity: 'warning',
    title: 'Risk Matrix: a Harm column holding only text',
    message: 'The column "{raw}" starts with the word Harm but holds only text, no scores, so it is not read as a partner\'s harm scores and no row\'s harm score counts it.',
    fix: 'If it holds a partner\'s harm scores, type them as numbers from {range}; if not, rename it so it does not start with the word Harm, e.g. "Lead for harm reduction".',
  },
  // Districts, Peers and Trends sheets (contract §2-§4): D-, P- and T-series of their own.
  districtNotListed: {
    code: 'D001',
    severity: 'error',
    title: 'Districts: name not in the Districts setting',
    message: 'The district "{raw}" is not one of the districts in Settings ({known}), so the row is not compared or ranked.',
    fix: 'Correct the spelling to match the Districts setting, or add the name to that setting.',
  },
  districtMissing: {
    code: 'D002',
    severity: 'warning',
    title: 'Districts: a district missing for some indicators',
    message: '"{district}" has no row for {count} indicator(s) that other districts have: {missing}. Those comparisons leave it out.',
    fix: 'Add the missing rows (or "-" when there is no data), or check the district is spelt the same on every row.',
  },
  districtNoCountyRate: {
    code: 'D003',
    severity: 'warning',
    title: 'Districts: no county rate',
    message: 'No county rate for {indicator}{period}: some districts give only a value (no count and population) and there is no county row, so the districts are ranked but not compared with the county.',
    fix: 'Give every district its Count and Population, or add a county row (named as the Home area setting).',
  },
  districtDuplicate: {
    code: 'D004',
    severity: 'error',
    title: 'Districts: a district listed twice for one indicator and period',
    message: 'The district "{raw}" already appears for {indicator} {period} at {first}; this row is not compared or ranked.',
    fix: 'Remove one of the two rows, or correct its indicator or period.',
  },
  indicatorWithoutPolarity: {
    code: 'D005',
    severity: 'warning',
    title: 'Indicator with no polarity on the Indicators sheet',
    message: 'The indicator "{raw}" on the {sheet} sheet is not on the Indicators sheet and has no "Polarity: {raw}" setting, so {consequence}.',
    fix: 'Name the indicator exactly as on the Indicators sheet, or add "Polarity: {raw}" to the Settings sheet.',
  },
  missingRowName: {
    code: 'D006',
    severity: 'error',
    title: 'Figures without a name',
    message: 'This row of the {sheet} sheet has figures but no {what}, so it is not used.',
    fix: 'Type the {what}, or clear the row.',
  },
  countAboveTotal: {
    code: 'D007',
    severity: 'error',
    title: 'Count above its total',
    message: 'The count {raw} is above its total {total}, so no percentage can be calculated.',
    fix: 'Check the count and the total; a percentage counts part of its total.',
  },
  districtCountyIncomplete: {
    code: 'D008',
    severity: 'warning',
    title: 'Districts: no county rate, as a district has no count and population',
    message: 'No county rate for {indicator}{period}: there is no count and population for {districts}, and no county row. A sum of the other districts is not the county\'s rate, so the districts are ranked but not compared with the county.',
    fix: 'Give every district its Count and Population (correcting any error on its row), or add a county row (named as the Home area setting).',
  },
  districtWithoutRows: {
    code: 'D009',
    severity: 'warning',
    title: 'Districts: a district in the Districts setting has no row',
    message: '"{district}" is in the Districts setting (Settings sheet) but has no row on the {sheet} sheet, so {count} indicator(s) leave it out: {missing}. This finding is on the District header because the district has no cell of its own.',
    fix: 'Add rows for {district} (or "-" when there is no data), or correct its spelling in the Districts setting to match the {sheet} sheet.',
  },
  districtPeriodMissing: {
    code: 'D010',
    severity: 'warning',
    title: 'Districts: no figures for the indicator\'s current period',
    message: 'The {sheet} sheet has no {period} figures for "{indicator}" (it has {has}), so the District Comparison is left as it is, not filled from another period\'s figures.',
    fix: 'Add the {period} rows for "{indicator}" to the {sheet} sheet, then calculate again.',
  },
  peerHomeAreaMissing: {
    code: 'P001',
    severity: 'warning',
    title: 'Peers: home area not in the group',
    message: 'The home area "{home}" (Settings) has no figure among the areas given for {indicator}, so no Nearest Neighbour rank or County Comparison is given.',
    fix: 'Add a row for {home} with its figure, or correct the Home area setting to the name used on the Peers sheet.',
  },
  peerTooFew: {
    code: 'P002',
    severity: 'warning',
    title: 'Peers: fewer than two comparator areas',
    message: 'Only {count} comparator area(s) besides {home} have a figure for {indicator}; a rank needs at least 2, so none is given.',
    fix: 'Give the figures for the most similar group (usually 8 areas besides the home area).',
  },
  peerNoJudgement: {
    code: 'P003',
    severity: 'warning',
    title: 'Peers: no polarity, so no best area',
    message: 'The indicator "{indicator}" is {polarity}, so there is no best area and the home area is not ranked.',
    fix: 'Give the indicator a polarity (Low is good or High is good) on the Indicators sheet or as "Polarity: {indicator}" in Settings.',
  },
  peerDuplicateArea: {
    code: 'P004',
    severity: 'error',
    title: 'Peers: an area listed twice for one indicator',
    message: 'The area "{raw}" already appears for {indicator} at {first}; this row is not ranked.',
    fix: 'Remove one of the two rows, or correct its indicator.',
  },
  peerPeriodMissing: {
    code: 'P005',
    severity: 'warning',
    title: 'Peers: no figures for the indicator\'s current period',
    message: 'The {sheet} sheet has no {period} figures for "{indicator}" (it has {has}), so Nearest Neighbour and County Comparison are left as they are, not filled from another period\'s figures.',
    fix: 'Add the {period} rows for "{indicator}" to the {sheet} sheet, then calculate again.',
  },
  peerAreaWithoutFigure: {
    code: 'P006',
    severity: 'warning',
    title: 'Peers: an area in the group has no figure',
    message: 'The area "{area}" has no figure for {indicator}{period}, so the home area is not ranked: a rank among only the {count} areas with a figure would not be its place in the most similar group.',
    fix: 'Type the figure for {area}; if {area} is no longer in the most similar group, delete its row.',
  },
  trendTooShort: {
    code: 'T001',
    severity: 'warning',
    title: 'Trends: fewer than two points',
    message: 'The series for {indicator} has {count} point(s) with a figure; a trend needs at least 2, so no Trend or Signal is given.',
    fix: 'Add earlier periods, oldest first.',
  },
  trendGap: {
    code: 'T002',
    severity: 'warning',
    title: 'Trends: a period without a figure',
    message: 'The series for {indicator} has no figure for {period}; the trend and signal are read without that point.',
    fix: 'Fill in the figure for that period if it is known.',
  },
  trendDuplicatePeriod: {
    code: 'T003',
    severity: 'warning',
    title: 'Trends: a period listed twice for one indicator',
    message: 'The series for {indicator} already has {period} at {first}; this row is left out of the trend and signal.',
    fix: 'Remove one of the two rows, or correct its period.',
  },
  trendPartialPeriod: {
    code: 'T004',
    severity: 'warning',
    title: 'Trends: not like-for-like: part-year figure',
    message: 'The figure for {indicator} in {period} covers a part year ({part}) while the rest of the series covers {other}, so it is left out of the trend and signal.',
    fix: 'Compare like with like: give this period\'s figure for the same length of period as the others, or accept that it is left out of the trend.',
  },
} as const satisfies Record<string, CatalogueEntry>;

export type FindingKey = keyof typeof CATALOGUE;

/** Where a finding points: the sheet and the A1 address of the cell at fault. */
export interface FindingLocation {
  readonly sheet: string;
  readonly cell: string;
}

/**
 * Each entry's templates split once into literal text and slot names (odd indices), so filling one
 * is plain concatenation: a large sheet makes a finding per row, and a regex replace each time
 * showed in the bench.
 */
interface CompiledEntry {
  readonly entry: CatalogueEntry;
  readonly message: ReadonlyArray<string>;
  readonly fix: ReadonlyArray<string>;
}

const COMPILED_ENTRIES = new Map<FindingKey, CompiledEntry>();

function compiledEntry(key: FindingKey): CompiledEntry {
  let compiled = COMPILED_ENTRIES.get(key);
  if (compiled === undefined) {
    const entry: CatalogueEntry = CATALOGUE[key];
    compiled = { entry, message: entry.message.split(SLOT), fix: entry.fix.split(SLOT) };
    COMPILED_ENTRIES.set(key, compiled);
  }
  return compiled;
}

const SLOT = /\{(\w+)\}/;

function fill(parts: ReadonlyArray<string>, details: FindingDetails): string {
  let text = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const value = details[parts[i]];
    text += (value === undefined ? `{${parts[i]}}` : String(value)) + parts[i + 1];
  }
  return text;
}

/** Builds a finding from its catalogue entry, filling the templates and carrying the evidence. */
export function makeFinding(key: FindingKey, at: FindingLocation, details: FindingDetails = {}): Finding {
  const { entry, message, fix } = compiledEntry(key);
  // Optional fields assigned in place rather than spread in: spreading is slow per finding on large sheets.
  const finding: { -readonly [K in keyof Finding]: Finding[K] } = {
    code: entry.code,
    severity: entry.severity,
    sheet: at.sheet,
    cell: at.cell,
    message: fill(message, details),
    fix: fill(fix, details),
  };
  if (details.raw !== undefined) finding.raw = details.raw;
  if (details.parsed !== undefined) finding.parsed = details.parsed;
  if (details.expected !== undefined) finding.expected = details.expected;
  return finding;
}

/** The catalogue as a list, in code order (for the README and the task pane's help). */
export function catalogueEntries(): CatalogueEntry[] {
  return (Object.values(CATALOGUE) as CatalogueEntry[]).slice().sort((a, b) => a.code.localeCompare(b.code));
}
