import { Body1, Button, Card, MessageBar, MessageBarBody, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { parseCellAddress } from '../../engine';
import type { SheetKindName } from '../../engine';
import type { CellRef } from '../state/dashboardReducer';
import type { Explanation } from '../state/dashboardSelectors';
import { directionWords, ragWords } from '../state/dashboardSelectors';
import { COMPARISON_TITLES, comparisonReason } from '../state/comparisonReason';
import { overallRagReason } from '../state/overallRagReason';
import { RagLetter } from './RagLetter';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  verdict: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  arrow: { fontSize: tokens.fontSizeBase500 },
});

interface ExplainCardProps {
  explanation: Explanation;
  available: boolean;
  onExplain(): void;
}

/**
 * Explain: for the selected cell, the Reason behind its indicator's arrow and colour, how its
 * outcome's Overall Progress RAG was rolled up (in that column), or its risk's rating.
 */
export function ExplainCard({ explanation, available, onExplain }: ExplainCardProps) {
  const styles = useStyles();
  return (
    <Card aria-labelledby="explain-title">
      <div className={styles.root}>
        <Subtitle2 as="h2" id="explain-title">
          Explain
        </Subtitle2>
        <Body1>
          Select a cell in an indicator's or a risk's row (on the Indicators, Risk Matrix or Dashboard sheet), then ask why it
          got its arrow and colour.
        </Body1>
        <div>
          <Button onClick={onExplain} disabledFocusable={!available}>
            Explain selected cell
          </Button>
        </div>
        <div aria-live="polite" data-testid="explanation">
          <ExplanationText explanation={explanation} />
        </div>
      </div>
    </Card>
  );
}

function ExplanationText({ explanation }: { explanation: Explanation }) {
  const styles = useStyles();
  switch (explanation.kind) {
    case 'none':
      return null;
    case 'unavailable':
      return <Body1>The selected cell could not be read. Select a single cell and try again.</Body1>;
    case 'noResult':
      return <Body1>Calculate the dashboard first; then {explanation.cell.address} can be explained.</Body1>;
    case 'notExplained':
      return <Body1>{notExplainedText(explanation.cell, explanation.sheetKind)}</Body1>;
    case 'indicator': {
      const { indicator, cell } = explanation;
      return (
        <>
          <Heading cell={cell} moved={explanation.moved}>
            <strong>{indicator.indicator}</strong>
          </Heading>
          <div className={styles.verdict}>
            <span className={styles.arrow} aria-hidden="true">
              {indicator.direction ?? '–'}
            </span>
            <Body1>{directionWords(indicator.direction)}</Body1>
            <RagLetter rag={indicator.rag} />
            <Body1>{ragWords(indicator.rag)}</Body1>
          </div>
          <Body1 as="p" block>
            {indicator.reason}
          </Body1>
        </>
      );
    }
    case 'overallRag': {
      const { indicator, cell } = explanation;
      return (
        <>
          <Heading cell={cell} moved={explanation.moved}>
            Overall Progress RAG of <strong>{indicator.outcome || 'no outcome'}</strong>
          </Heading>
          <div className={styles.verdict}>
            <RagLetter rag={indicator.overallRag} />
            <Body1>{ragWords(indicator.overallRag)}</Body1>
          </div>
          <Body1 as="p" block>
            {overallRagReason({
              outcome: indicator.outcome,
              overall: indicator.overallRag,
              rags: explanation.rags,
              method: explanation.method,
              hasOutcomeColumn: explanation.hasOutcomeColumn,
            })}
          </Body1>
        </>
      );
    }
    case 'comparison': {
      const { indicator, cell, comparison } = explanation;
      return (
        <>
          <Heading cell={cell} moved={explanation.moved}>
            {COMPARISON_TITLES[comparison]} of <strong>{indicator.indicator}</strong>: {indicator[comparison] ?? 'blank'}
          </Heading>
          <Body1 as="p" block>
            {comparisonReason(explanation)}
          </Body1>
        </>
      );
    }
    case 'risk': {
      const { risk, cell } = explanation;
      return (
        <>
          <Heading cell={cell} moved={explanation.moved}>
            <strong>{risk.category}</strong>
          </Heading>
          <Body1 as="p" block>
            Risk rating: {risk.rating ?? 'not scored'}
          </Body1>
          <Body1 as="p" block>
            Risk rank: {risk.rank === undefined ? 'none (only scored categories are ranked)' : `${risk.rank} (1 = highest risk score)`}
          </Body1>
          <Body1 as="p" block>
            {risk.reason}
          </Body1>
        </>
      );
    }
  }
}

/** The explained row's name and cell, dated to the calculation, with a warning when the row has changed since. */
function Heading({ cell, moved, children }: { cell: CellRef; moved: boolean; children: ReactNode }) {
  return (
    <>
      <Body1 as="p" block>
        {children} ({cell.sheet}!{cell.address}), as of the last calculation
      </Body1>
      {moved && (
        <MessageBar intent="warning">
          <MessageBarBody>
            Row {(parseCellAddress(cell.address.split(':')[0])?.row ?? 0) + 1} of {cell.sheet} no longer holds this name: rows may have been inserted,
            deleted or sorted since the last calculation, so this may explain another row. Calculate again, then explain.
          </MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}

/** Where Explain works, for a cell it cannot explain. */
function notExplainedText(cell: CellRef, kind: SheetKindName | undefined): string {
  const at = `${cell.sheet}!${cell.address}`;
  const where = 'Explain works on the rows of the Indicators sheet, the Risk Matrix and the Dashboard.';
  switch (kind) {
    case 'peers':
      return `${at} is on the Peers sheet, whose ranks give the Nearest Neighbour and County Comparison columns. ${where} Select an indicator's Nearest Neighbour or County Comparison cell there to see how its rank was found.`;
    case 'districts':
      return `${at} is on the Districts sheet: its Reason column says how each district compares with the county. ${where} Select an indicator's District Comparison cell there for the summary line.`;
    case 'trends':
      return `${at} is on the Trends sheet: its Reason column says how each indicator's Trend and Signal were found. ${where}`;
    case 'settings':
      return `${at} is on the Settings sheet: the Settings tab says what each setting does. ${where}`;
    default:
      return `${at} is not on an indicator's or a risk's row of the last calculation. ${where}`;
  }
}
