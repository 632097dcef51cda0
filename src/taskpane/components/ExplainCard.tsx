import { Body1, Button, Card, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import type { Explanation } from '../state/dashboardSelectors';
import { directionWords, ragWords } from '../state/dashboardSelectors';
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
        <Body1>Select a cell in an indicator's or a risk's row, then ask why it got its arrow and colour.</Body1>
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
      return (
        <Body1>
          {explanation.cell.sheet}!{explanation.cell.address} is not on an indicator or Risk Matrix row of the last calculation.
        </Body1>
      );
    case 'indicator': {
      const { indicator, cell } = explanation;
      return (
        <>
          <Body1 as="p" block>
            <strong>{indicator.indicator}</strong> ({cell.sheet}!{cell.address})
          </Body1>
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
          <Body1 as="p" block>
            Overall Progress RAG of <strong>{indicator.outcome || 'no outcome'}</strong> ({cell.sheet}!{cell.address})
          </Body1>
          <div className={styles.verdict}>
            <RagLetter rag={indicator.overallRag} />
            <Body1>{ragWords(indicator.overallRag)}</Body1>
          </div>
          <Body1 as="p" block>
            {overallRagReason({ outcome: indicator.outcome, overall: indicator.overallRag, rags: explanation.rags, method: explanation.method })}
          </Body1>
        </>
      );
    }
    case 'risk': {
      const { risk, cell } = explanation;
      return (
        <>
          <Body1 as="p" block>
            <strong>{risk.category}</strong> ({cell.sheet}!{cell.address})
          </Body1>
          <Body1 as="p" block>
            Risk rating: {risk.rating ?? 'not scored'}
          </Body1>
          <Body1 as="p" block>
            {risk.reason}
          </Body1>
        </>
      );
    }
  }
}
