/**
 * The files a chart's figure leaves in, as the export dialog's buttons: the figure as PNG, SVG
 * or PDF, its data as the OWID-style zip or as plain CSV and JSON, and a PNG on the clipboard.
 */
import type { Case } from '../../../core/case/schema';
import { exportRows, toCsv, toJson } from '../../../core/charts/exportRows';
import type { ChartModel } from '../../../core/charts/types';
import { dataZip } from '../../../core/figures/dataZip';
import { pdfBlob, pngBlob, svgBlob } from '../figures';
import type { ExportedSvg } from './export/buildExportSvg';
import { copyPngToClipboard } from './export/clipboard';

/** Runs one action on the drawn figure; `label` names it in an error. */
export type RunAction = (label: string, action: (drawn: ExportedSvg) => Promise<string>) => void;

export function FigureActions(props: {
  readonly kase: Case;
  readonly model: ChartModel;
  /** The file name without extension, naming size and theme. */
  readonly stem: string;
  readonly title: string;
  readonly scale: number;
  readonly ready: boolean;
  readonly run: RunAction;
  readonly save: (name: string, blob: Blob | Promise<Blob>) => Promise<string>;
}): React.JSX.Element {
  const { kase, model, stem, title, scale, ready, run, save } = props;
  const data = model.fileStem;
  const buttons: readonly {
    readonly label: string;
    readonly action: (f: ExportedSvg) => Promise<string>;
  }[] = [
    { label: 'PNG', action: (f) => save(`${stem}.png`, pngBlob(f, scale)) },
    { label: 'SVG', action: (f) => save(`${stem}.svg`, svgBlob(f)) },
    { label: 'PDF', action: (f) => save(`${stem}.pdf`, pdfBlob(f, title)) },
    {
      label: 'data (zip)',
      action: () =>
        save(
          `${data}-data.zip`,
          new Blob([dataZip(kase, model, today()) as Uint8Array<ArrayBuffer>], {
            type: 'application/zip',
          }),
        ),
    },
    {
      label: 'CSV',
      action: () => save(`${data}.csv`, new Blob([toCsv(exportRows(model))], { type: 'text/csv' })),
    },
    {
      label: 'JSON',
      action: () =>
        save(
          `${data}.json`,
          new Blob([toJson(model, exportRows(model))], { type: 'application/json' }),
        ),
    },
  ];
  return (
    <>
      {buttons.map((b) => (
        <button
          key={b.label}
          type="button"
          className="button"
          disabled={!ready}
          onClick={() => run(b.label, b.action)}
        >
          Save {b.label}
        </button>
      ))}
      <button
        type="button"
        className="button"
        disabled={!ready}
        onClick={() =>
          run('clipboard', async (f) => {
            await copyPngToClipboard(pngBlob(f, scale));
            return `Copied the figure to the clipboard as a PNG (${Math.round(f.width * scale)} × ${Math.round(f.height * scale)} px).`;
          })
        }
      >
        Copy PNG
      </button>
    </>
  );
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}
