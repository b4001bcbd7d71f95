/**
 * The export dialog of one chart, the one way a chart leaves the app: size, theme and density
 * chosen for the page, the header, footer and alt text edited (and remembered per chart), a
 * live preview of the very SVG that is written, and the files (PNG, SVG, PDF, the data as a zip
 * or as plain CSV and JSON) or a PNG on the clipboard.
 */
import { useEffect, useId, useMemo, useState } from 'react';
import type { Case } from '../../../core/case/schema';
import type { ChartModel } from '../../../core/charts/types';
import { deliverFile, type DeliveryOutcome } from '../api/deliverFile';
import {
  drawFigure,
  figureBox,
  FigurePreview,
  MAX_FIGURE_WIDTH,
  MIN_FIGURE_WIDTH,
  rasterScale,
} from '../figures';
import type { ExportedSvg } from './export/buildExportSvg';
import { FigureActions, type RunAction } from './FigureActions';
import { FigureOptions } from './FigureOptions';
import { FigureTextFields } from './FigureTextFields';
import { useRememberedFigure } from './useRememberedFigure';
import { Dialog } from '../ui/Dialog';

type Status = { readonly kind: 'ok' | 'error'; readonly text: string } | null;

export function FigureExportDialog(props: {
  readonly kase: Case;
  readonly model: ChartModel;
  readonly onClose: () => void;
}): React.JSX.Element {
  const { kase, model } = props;
  const id = `figure-${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const remembered = useRememberedFigure(kase, model);
  const { text, choice } = remembered;
  const [figure, setFigure] = useState<ExportedSvg | null>(null);
  const [status, setStatus] = useState<Status>(null);
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
  const run: RunAction = (label, action) => {
    if (!figure) return;
    setStatus(null);
    // The text is remembered before the file is written, so what was exported is what is kept.
    void remembered.flush();
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
  const copyAlt = (): void =>
    void navigator.clipboard.writeText(text.altText).then(
      () => setStatus({ kind: 'ok', text: 'Copied the alt text.' }),
      (error: unknown) =>
        setStatus({ kind: 'error', text: `Could not copy the alt text: ${messageOf(error)}` }),
    );
  const alert = status?.kind === 'error' ? status.text : (remembered.saveError ?? '');

  return (
    <Dialog
      title={`Export figure: ${model.title}`}
      titleId={`${id}-title`}
      className="figure-export-dialog"
      onClose={props.onClose}
      footer={
        <FigureActions
          kase={kase}
          model={model}
          stem={`${model.fileStem}-${choice.preset}-${choice.theme}`}
          title={text.title}
          scale={scale}
          ready={figure !== null}
          run={run}
          save={save}
        />
      }
    >
      <div className="figure-export">
        <div className="figure-export-controls">
          <FigureOptions
            idPrefix={id}
            choice={choice}
            onChange={remembered.setChoice}
            sizeError={sizeError}
          />
          <FigureTextFields
            text={text}
            onChange={remembered.setText}
            onCopyAlt={copyAlt}
            onReset={remembered.edited ? remembered.reset : undefined}
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
          <p role="alert">{alert}</p>
        </div>
      </div>
    </Dialog>
  );
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
