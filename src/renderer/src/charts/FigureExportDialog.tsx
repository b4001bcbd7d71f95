/**
 * The export dialog of one chart: size, theme and density chosen for the page, the header,
 * footer and alt text edited, a live preview of the very SVG that is written, and the files
 * (PNG, SVG, PDF, the data zip) or a PNG on the clipboard.
 */
import { useEffect, useId, useMemo, useState } from 'react';
import type { Case } from '../../../core/case/schema';
import type { ChartModel } from '../../../core/charts/types';
import { altTextOf } from '../../../core/figures/altText';
import { dataZip } from '../../../core/figures/dataZip';
import { deliverFile, type DeliveryOutcome } from '../api/deliverFile';
import {
  drawFigure,
  figureBox,
  FigurePreview,
  MAX_FIGURE_WIDTH,
  MIN_FIGURE_WIDTH,
  pdfBlob,
  pngBlob,
  rasterScale,
  svgBlob,
  type FigureText,
} from '../figures';
import type { ExportedSvg } from './export/buildExportSvg';
import { copyPngToClipboard } from './export/clipboard';
import { FigureOptions, type FigureChoice } from './FigureOptions';
import { FigureTextFields } from './FigureTextFields';
import { Dialog } from '../ui/Dialog';

const INITIAL: FigureChoice = {
  preset: 'double',
  custom: { unit: 'px', width: 800 },
  theme: 'light',
  raster: { kind: 'scale', value: 2 },
};

export function FigureExportDialog(props: {
  readonly kase: Case;
  readonly model: ChartModel;
  readonly onClose: () => void;
}): React.JSX.Element {
  const { kase, model } = props;
  const id = `figure-${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const [choice, setChoice] = useState<FigureChoice>(INITIAL);
  const [text, setText] = useState<FigureText>(() => ({
    title: model.title,
    subtitle: model.subtitle,
    notes: [...model.notes, ...(model.derivedNote ? [model.derivedNote] : [])].join('\n'),
    sourceLine: model.sourceLine,
    altText: altTextOf(model, kase.periods),
  }));
  const [figure, setFigure] = useState<ExportedSvg | null>(null);
  const [status, setStatus] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const box = figureBox(choice.preset, choice.custom);
  const sizeError =
    !Number.isFinite(box.width) || box.width < MIN_FIGURE_WIDTH || box.width > MAX_FIGURE_WIDTH
      ? `The width must be between ${MIN_FIGURE_WIDTH} and ${MAX_FIGURE_WIDTH} px; the figure keeps its last size.`
      : null;
  const spec = useMemo(
    () => ({
      width: box.width,
      ...(box.height !== undefined && { height: box.height }),
      theme: choice.theme,
    }),
    [box.width, box.height, choice.theme],
  );

  useEffect(() => {
    if (sizeError) return;
    let live = true;
    drawFigure(model, spec, text).then(
      (drawn) => live && setFigure(drawn),
      (error: unknown) =>
        live && setStatus({ kind: 'error', text: `Could not draw the figure: ${String(error)}` }),
    );
    return () => {
      live = false;
    };
  }, [model, spec, text, sizeError]);

  const scale = rasterScale(choice.raster);
  const stem = `${model.fileStem}-${choice.preset}-${choice.theme}`;
  const run = (label: string, action: (drawn: ExportedSvg) => Promise<string>): void => {
    if (!figure) return;
    setStatus(null);
    action(figure).then(
      (done) => setStatus({ kind: 'ok', text: done }),
      (error: unknown) =>
        setStatus({
          kind: 'error',
          text: `Could not export ${text.title} (${label}): ${messageOf(error)}`,
        }),
    );
  };
  const save = async (name: string, blob: Blob | Promise<Blob>): Promise<string> =>
    describe(await deliverFile(kase.id, name, await blob));

  return (
    <Dialog
      title={`Export figure: ${model.title}`}
      titleId={`${id}-title`}
      className="figure-export-dialog"
      onClose={props.onClose}
      footer={
        <>
          <button
            type="button"
            className="button"
            disabled={!figure}
            onClick={() => run('PNG', (f) => save(`${stem}.png`, pngBlob(f, scale)))}
          >
            Save PNG
          </button>
          <button
            type="button"
            className="button"
            disabled={!figure}
            onClick={() => run('SVG', (f) => save(`${stem}.svg`, svgBlob(f)))}
          >
            Save SVG
          </button>
          <button
            type="button"
            className="button"
            disabled={!figure}
            onClick={() => run('PDF', (f) => save(`${stem}.pdf`, pdfBlob(f, text.title)))}
          >
            Save PDF
          </button>
          <button
            type="button"
            className="button"
            onClick={() =>
              run('data', () =>
                save(
                  `${model.fileStem}-data.zip`,
                  new Blob([dataZip(kase, model, today()) as Uint8Array<ArrayBuffer>], {
                    type: 'application/zip',
                  }),
                ),
              )
            }
          >
            Save data (zip)
          </button>
          <button
            type="button"
            className="button"
            disabled={!figure}
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
      }
    >
      <div className="figure-export">
        <div className="figure-export-controls">
          <FigureOptions idPrefix={id} choice={choice} onChange={setChoice} sizeError={sizeError} />
          <FigureTextFields
            text={text}
            onChange={setText}
            onCopyAlt={() =>
              void navigator.clipboard.writeText(text.altText).then(
                () => setStatus({ kind: 'ok', text: 'Copied the alt text.' }),
                (error: unknown) =>
                  setStatus({
                    kind: 'error',
                    text: `Could not copy the alt text: ${messageOf(error)}`,
                  }),
              )
            }
          />
        </div>
        <div className="figure-export-preview">
          <FigurePreview svg={figure?.svg ?? null} label={text.altText} />
          {figure && (
            <p className="figure-export-size" data-figure-size="">
              {figure.width} × {figure.height} px; PNG {Math.round(figure.width * scale)} ×{' '}
              {Math.round(figure.height * scale)} px
            </p>
          )}
          <p role="status">{status?.kind === 'ok' ? status.text : ''}</p>
          <p role="alert">{status?.kind === 'error' ? status.text : ''}</p>
        </div>
      </div>
    </Dialog>
  );
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

function describe(outcome: DeliveryOutcome): string {
  switch (outcome.status) {
    case 'downloaded':
      return `Downloaded ${outcome.fileName}.`;
    case 'saved':
      return `Saved ${outcome.path}.`;
    case 'cancelled':
      return 'Export cancelled; nothing was saved.';
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
