import type { BriefDialogProps } from '../briefs/BriefDialog';
import { BriefButton } from '../briefs/BriefButton';
import { ExportFigureButton, type ExportFigureButtonProps } from '../figures/ExportFigureButton';

/** What a brief is made of, but for the pair it compares. */
export type BriefBasis = Omit<BriefDialogProps, 'onClose' | 'from' | 'to'>;

/** The figure a comparison offers: its periods, its issue (none for the overview), its label. */
export type FigureTarget = Pick<ExportFigureButtonProps, 'panes' | 'issueId' | 'label'>;

interface Props {
  readonly brief: BriefBasis;
  readonly figure: FigureTarget;
  /** The pair the brief proposes. */
  readonly from: string;
  readonly to: string;
}

/** A comparison's way out: its figure and its brief, side by side in a header. */
export function ExportActions({ brief, figure, from, to }: Props): React.JSX.Element {
  return (
    <>
      <ExportFigureButton kase={brief.kase} layer={brief.layer} {...figure} className="button" />
      <BriefButton {...brief} className="button" from={from} to={to} />
    </>
  );
}
