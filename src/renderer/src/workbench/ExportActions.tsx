import type { BriefDialogProps } from '../briefs/BriefDialog';
import { BriefButton } from '../briefs/BriefButton';
import { ExportFigureButton } from '../figures/ExportFigureButton';

/** What a brief is made of, but for the pair it compares. */
export type BriefBasis = Omit<BriefDialogProps, 'onClose' | 'from' | 'to'>;

interface Props {
  readonly brief: BriefBasis;
  /** The periods the figure shows, in order. */
  readonly figurePanes: readonly string[];
  /** The issue the figure shows; without it, the overview. */
  readonly figureIssueId?: string;
  readonly figureLabel: string;
  /** The pair the brief proposes. */
  readonly from: string;
  readonly to: string;
}

/** A comparison's way out: its figure and its brief, side by side in a header. */
export function ExportActions({
  brief,
  figurePanes,
  figureIssueId,
  figureLabel,
  from,
  to,
}: Props): React.JSX.Element {
  return (
    <>
      <ExportFigureButton
        kase={brief.kase}
        layer={brief.layer}
        panes={figurePanes}
        issueId={figureIssueId}
        label={figureLabel}
        className="button"
      />
      <BriefButton {...brief} className="button" from={from} to={to} />
    </>
  );
}
