/**
 * Exporting the comparison as a figure: an issue's side-by-side or the overview of verdicts, as
 * SVG, PNG, PDF or (for a side-by-side) CSV, with a live preview of exactly what is written.
 */
import { useId, useMemo, useState } from 'react';
import type { Case } from '../../../core/case/schema';
import { sideBySideCsv } from '../../../core/figures/figureCsv';
import type { PeriodPair, UserLayer } from '../../../core/user/schema';
import { deliverFile } from '../api/deliverFile';
import { Dialog } from '../ui/Dialog';
import { ComparisonFigurePreview } from './ComparisonFigurePreview';
import { RowPicker } from './RowPicker';
import {
  FIGURE_FORMATS,
  deliverPages,
  outcomeText,
  type ComparisonFigureFormat,
} from './comparisonFigureFiles';
import { useFigurePages, type FigureSubject } from './useFigurePages';
import { FigureChoices } from './FigureChoices';
import './figures.css';

interface Props {
  readonly kase: Case;
  readonly layer: UserLayer;
  readonly pair: PeriodPair;
  readonly subject: FigureSubject;
  readonly onClose: () => void;
}

type Status = { readonly kind: 'ok' | 'error'; readonly text: string } | null;

export function FigureDialog({ kase, layer, pair, subject, onClose }: Props): React.JSX.Element {
  const titleId = useId();
  const [format, setFormat] = useState<ComparisonFigureFormat>('svg');
  const [rowIds, setRowIds] = useState<readonly string[] | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<Status>(null);
  const { pages, model, base } = useFigurePages(kase, layer, pair, subject, rowIds);
  const formats = FIGURE_FORMATS.filter((f) => f.key !== 'csv' || model);
  const csv = useMemo(
    () => (format === 'csv' && model ? sideBySideCsv(model, rowIds) : undefined),
    [format, model, rowIds],
  );
  const empty = rowIds !== undefined && rowIds.length === 0;
  const documentTitle =
    subject.kind === 'overview' ? 'Overview of verdicts' : (model?.issueLabel ?? base);

  const run = async (): Promise<void> => {
    setBusy(true);
    setStatus(null);
    try {
      const outcomes =
        csv !== undefined
          ? [await deliverFile(kase.id, `${base}.csv`, new Blob([csv], { type: 'text/csv' }))]
          : await deliverPages(
              kase.id,
              base,
              pages,
              format === 'csv' ? 'svg' : format,
              documentTitle,
            );
      setStatus({ kind: 'ok', text: outcomeText(outcomes) });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      setStatus({ kind: 'error', text: `Could not export ${base}.${format}: ${reason}` });
    } finally {
      setBusy(false);
    }
  };

  const title =
    subject.kind === 'overview' ? 'Export the overview' : `Export ${model?.issueLabel ?? 'issue'}`;
  return (
    <Dialog
      title={title}
      titleId={titleId}
      className="comparison-figure-dialog"
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            Close
          </button>
          <button
            type="button"
            className="button button-primary"
            disabled={busy || empty || pages.length === 0}
            onClick={() => void run()}
          >
            {busy
              ? 'Exporting…'
              : pages.length > 1 && !csv && format !== 'pdf'
                ? `Export ${pages.length} pages`
                : 'Export'}
          </button>
        </>
      }
    >
      <div className="comparison-figure-dialog-grid">
        <div className="comparison-figure-options">
          <FigureChoices
            legend="Format"
            type="radio"
            name={`${titleId}-format`}
            options={formats}
            isChecked={(f) => format === f}
            onPick={setFormat}
          />
          {model && <RowPicker rows={model.rows} picked={rowIds} onChange={setRowIds} />}
          <p className="comparison-figure-note">
            Light theme, 175 mm wide (double column). Text is set in Inter where installed, else
            Helvetica Neue, Arial or the system sans-serif; widths are measured for the widest.
          </p>
        </div>
        <ComparisonFigurePreview pages={pages} csv={csv} />
      </div>
      {status && (
        <p
          role={status.kind === 'error' ? 'alert' : 'status'}
          className={`comparison-figure-status is-${status.kind}`}
        >
          {status.text}
        </p>
      )}
    </Dialog>
  );
}
