import type { Polarity } from '../indicators/Polarity';
import type { Settings } from '../settings/Settings';
import type { CountyComparisonWord } from './compareWithCounty';
import type { DistrictGroupResult } from './DistrictResult';
import { formatMeasured, levelText } from './formatMeasured';
import type { FigureKind, MeasuredFigure } from './measuredFigure';
import type { RankOrder } from './rankByPolarity';
import type { IntervalMethod } from '../stats/ConfidenceInterval';

/** What every district row of one indicator and period shares in its Reason. */
export interface DistrictReasonGroup {
  readonly countyRate?: number;
  readonly countySource: DistrictGroupResult['countySource'];
  /** How many districts are ranked. */
  readonly of: number;
  readonly order: RankOrder;
  readonly polarity: Polarity;
  readonly kind: FigureKind;
  readonly settings: Pick<Settings, 'smallNumberThreshold' | 'suppressBelow' | 'confidenceLevel'>;
  /** Rank sentences shared by the groups of one sheet (see rankSentences); made per group without it. */
  readonly rankSentences?: RankSentences;
}

/** " Rank 2 of 7 (lowest is best).", by order text, district count and rank: the same for many groups. */
export type RankSentences = Map<string, string[][]>;

export function rankSentences(): RankSentences {
  return new Map();
}

export interface DistrictReasonInput extends DistrictReasonGroup {
  readonly figure?: MeasuredFigure;
  readonly compared?: CountyComparisonWord;
  readonly rank?: number;
  readonly suppressed: boolean;
}

const COMPARED_WORDS: Record<CountyComparisonWord, string> = {
  Better: 'better than the county',
  Worse: 'worse than the county',
  Similar: 'similar to the county',
  Higher: 'higher than the county',
  Lower: 'lower than the county',
};

const JUDGEMENT_NOTES: Partial<Record<Polarity, string>> = {
  'Low is good': ' (low is good)',
  'High is good': ' (high is good)',
};

/** The plain-English Reason of one district row (see districtReasons). */
export function districtReason(input: DistrictReasonInput): string {
  return districtReasons(input)(input.figure, input.compared, input.rank, input.suppressed);
}

/**
 * The plain-English Reason of each district row of a group: its figure and interval against the
 * county, the comparison word and why, its rank, and the small-number and suppression notes (issue 3
 * §2, §6). The county and rank sentences are the same for many rows of a group, so each is made once.
 */
export function districtReasons(group: DistrictReasonGroup): (
  figure: MeasuredFigure | undefined,
  compared: CountyComparisonWord | undefined,
  rank: number | undefined,
  suppressed: boolean,
) => string {
  // Made once per group (a large sheet has thousands): one closure; each comparison sentence made on first use.
  const { countyRate, kind, settings, polarity } = group;
  const countyText = countyRate === undefined
    ? undefined
    : `${formatMeasured(countyRate, kind)} (${group.countySource === 'county row' ? 'county row' : 'all districts together'})`;
  const notComparedText = countyText === undefined
    ? ' No county rate, so not compared with the county.'
    : ` County ${countyText}: not compared, because there is no interval to test against it.`;
  // By comparison word (see COMPARED_SLOTS), for intervals wholly above and wholly below the county rate.
  const comparedTexts: Array<string | undefined> = [];
  const orderText = group.order === 'lowest first' ? 'lowest is best' : polarity === 'High is good' ? 'highest is best' : 'highest first, no judgement';
  const rankTexts = rankTextsFor(group.rankSentences, orderText, group.of);

  return (figure, compared, rank, suppressed) => {
    if (figure === undefined) return 'No figure for this district (no data).';
    let text: string;
    if (suppressed) {
      text = `Figures suppressed: the count is below ${settings.suppressBelow} (Suppress below).`;
    } else if (figure.interval) {
      const ci = figure.interval;
      text = formatMeasured(figure.value, kind) + intervalOpening(ci.level) + formatMeasured(ci.lower, kind) + ' to ' + formatMeasured(ci.upper, kind) + intervalClosing(ci.method);
    } else {
      text = `${formatMeasured(figure.value, kind)}, given as a value without its count, so it has no confidence interval.`;
    }
    if (countyText === undefined || compared === undefined) {
      text += notComparedText;
    } else {
      const above = figure.interval!.lower > countyRate!;
      const slot = COMPARED_SLOTS[compared] + (above ? 0 : 5);
      let comparedText = comparedTexts[slot];
      if (comparedText === undefined) {
        const why = compared === 'Similar' ? 'the interval includes the county rate' : `the interval lies wholly ${above ? 'above' : 'below'} the county rate`;
        const judgement = compared === 'Similar' ? '' : JUDGEMENT_NOTES[polarity] ?? ' (no judgement)';
        comparedTexts[slot] = comparedText = ` County ${countyText}: ${why}, so ${COMPARED_WORDS[compared]}${judgement}.`;
      }
      text += comparedText;
    }
    if (rank !== undefined) {
      const cacheable = Number.isInteger(rank) && rank > 0 && rank < 1000;
      let rankText = cacheable ? rankTexts[rank] : undefined;
      if (rankText === undefined) {
        rankText = ` Rank ${rank} of ${group.of} (${orderText}).`;
        if (cacheable) rankTexts[rank] = rankText;
      }
      text += rankText;
    }
    if (figure.count !== undefined && figure.count < settings.smallNumberThreshold && !suppressed) {
      text += ` Only ${figure.count} events: a rate from fewer than ${settings.smallNumberThreshold} is unstable.`;
    } else if (figure.count !== undefined && figure.count < settings.smallNumberThreshold) {
      text += ` A rate from fewer than ${settings.smallNumberThreshold} events is unstable.`;
    }
    return text;
  };
}

const COMPARED_SLOTS: Record<CountyComparisonWord, number> = { Better: 0, Worse: 1, Similar: 2, Higher: 3, Lower: 4 };

/** The rank sentences of groups ranking `of` districts in one order, shared through `sentences` when given. */
function rankTextsFor(sentences: RankSentences | undefined, orderText: string, of: number): string[] {
  if (sentences === undefined || !(Number.isInteger(of) && of >= 0 && of < 1000)) return [];
  let byOf = sentences.get(orderText);
  if (byOf === undefined) sentences.set(orderText, (byOf = []));
  return (byOf[of] ??= []);
}

// " (95% CI " and ", Byar).": the same for nearly every row, and each concatenation costs on large sheets.
let openingLevel = NaN;
let opening = '';
function intervalOpening(level: number): string {
  if (level !== openingLevel) {
    opening = ` (${levelText(level)} CI `;
    openingLevel = level;
  }
  return opening;
}

const CLOSINGS: Partial<Record<IntervalMethod, string>> = {};
function intervalClosing(method: IntervalMethod): string {
  return (CLOSINGS[method] ??= `, ${method}).`);
}
