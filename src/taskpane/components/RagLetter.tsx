import { makeStyles, tokens } from '@fluentui/react-components';
import { ragWords } from '../state/dashboardSelectors';

const useStyles = makeStyles({
  letter: {
    display: 'inline-flex',
    alignItems: 'center',
    justifyContent: 'center',
    minWidth: '24px',
    height: '22px',
    borderRadius: tokens.borderRadiusSmall,
    fontWeight: tokens.fontWeightSemibold,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
  },
  G: { backgroundColor: '#00B050', color: '#000000' },
  A: { backgroundColor: '#FFC000', color: '#000000' },
  R: { backgroundColor: '#C00000', color: '#FFFFFF' },
  none: { backgroundColor: tokens.colorNeutralBackground3, color: tokens.colorNeutralForeground3 },
});

/** A RAG rating as its letter on its fill, named in words for screen readers. */
export function RagLetter({ rag }: { rag: string | undefined }) {
  const styles = useStyles();
  const fill = rag === 'G' || rag === 'A' || rag === 'R' ? styles[rag] : styles.none;
  return (
    <span role="img" aria-label={ragWords(rag)} title={ragWords(rag)} className={`${styles.letter} ${fill}`}>
      {rag ?? '–'}
    </span>
  );
}
