import type { PlotPoint } from '../../../core/charts/types';
import { Dialog } from '../ui/Dialog';
import { PointDetails } from './PointDetails';

/** The evidence of one chart point: its value, the quote or derivation, and the source. */
export function PointEvidenceDialog(props: {
  readonly point: PlotPoint;
  readonly chartTitle: string;
  readonly onClose: () => void;
}): React.JSX.Element {
  return (
    <Dialog
      title={`Evidence: ${props.chartTitle}`}
      titleId="point-evidence-title"
      className="point-evidence-dialog"
      onClose={props.onClose}
    >
      <PointDetails point={props.point} />
    </Dialog>
  );
}
