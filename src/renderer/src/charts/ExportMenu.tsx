/**
 * The export menu of one chart: PNG at 1×, 2× and 3× (sizes shown), SVG, CSV and JSON of the
 * plotted data, and a copy to the clipboard. A menu button with arrow-key navigation; the outcome
 * of every action is said in a status line (or an alert when it failed).
 */
import { useId, useRef, useState, type RefObject } from 'react';
import type { ChartModel } from '../../../core/charts/types';
import {
  copyPngToClipboard,
  exportCsv,
  exportFileName,
  exportInputFrom,
  exportJson,
  exportPng,
  exportSvg,
  PNG_SCALES,
} from './export';
import { moveInMenu, useMenuPlacement } from './useMenuPlacement';
import { deliverFile, type DeliveryOutcome } from '../api/deliverFile';

/** The outcome of the last export, for the chart to show. */
export type ExportStatus = { readonly kind: 'ok' | 'error'; readonly text: string } | null;

interface Props {
  readonly caseId: string;
  readonly model: ChartModel;
  readonly figureRef: RefObject<HTMLElement | null>;
  readonly onStatus: (status: ExportStatus) => void;
}

const COPY_SCALE = 2;

type ItemKey = 'png-1' | 'png-2' | 'png-3' | 'svg' | 'csv' | 'json' | 'copy';

const ITEMS: readonly { readonly key: ItemKey; readonly label: string; readonly scale?: number }[] =
  [
    ...PNG_SCALES.map((scale) => ({
      key: `png-${scale}` as ItemKey,
      label: `PNG ${scale}×`,
      scale,
    })),
    { key: 'svg', label: 'SVG (vector)', scale: 1 },
    { key: 'csv', label: 'CSV of the data' },
    { key: 'json', label: 'JSON of the data' },
    { key: 'copy', label: 'Copy PNG to clipboard', scale: COPY_SCALE },
  ];

export function ExportMenu({ caseId, model, figureRef, onStatus }: Props): React.JSX.Element {
  const [open, setOpen] = useState(false);
  const [size, setSize] = useState<{ width: number; height: number } | null>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLUListElement>(null);
  const menuId = useId();

  const input = () => {
    const figure = figureRef.current;
    if (!figure) throw new Error('the chart is not on screen');
    return exportInputFrom(model, figure);
  };
  const save = async (fileName: string, blob: Blob): Promise<string> =>
    describe(await deliverFile(caseId, fileName, blob));

  /** Runs one export; resolves to what the status line says. */
  const perform = async (key: ItemKey): Promise<string> => {
    switch (key) {
      case 'png-1':
      case 'png-2':
      case 'png-3': {
        const scale = Number(key.slice(4));
        return save(exportFileName(model, 'png', scale), (await exportPng(input(), scale)).blob);
      }
      case 'svg':
        return save(
          exportFileName(model, 'svg'),
          new Blob([exportSvg(input()).svg], { type: 'image/svg+xml' }),
        );
      case 'csv':
        return save(
          exportFileName(model, 'csv'),
          new Blob([exportCsv(model)], { type: 'text/csv' }),
        );
      case 'json':
        return save(
          exportFileName(model, 'json'),
          new Blob([exportJson(model)], { type: 'application/json' }),
        );
      case 'copy': {
        const png = exportPng(input(), COPY_SCALE);
        await copyPngToClipboard(png.then((p) => p.blob));
        const { width, height } = await png;
        return `Copied the chart to the clipboard as a PNG (${width} × ${height} px).`;
      }
    }
  };

  const openMenu = (): void => {
    try {
      const { width, height } = exportSvg(input());
      setSize({ width, height });
    } catch {
      setSize(null);
    }
    setOpen(true);
  };
  const close = (refocus: boolean): void => {
    setOpen(false);
    if (refocus) buttonRef.current?.focus();
  };

  useMenuPlacement(open, buttonRef, menuRef, close);

  const activate = (item: (typeof ITEMS)[number]): void => {
    close(true);
    onStatus(null);
    // Called within the click, so the clipboard sees the user's gesture.
    perform(item.key).then(
      (text) => onStatus({ kind: 'ok', text }),
      (error: unknown) =>
        onStatus({
          kind: 'error',
          text:
            item.key === 'copy'
              ? `Could not copy the chart: ${messageOf(error)}.`
              : `Could not export ${model.title} (${item.label}): ${messageOf(error)}`,
        }),
    );
  };

  const onMenuKey = (event: React.KeyboardEvent<HTMLUListElement>): void =>
    moveInMenu(event, menuRef.current, close);

  return (
    <div className="chart-export">
      <button
        ref={buttonRef}
        type="button"
        className="chart-export-button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-label={`Export chart: ${model.title}`}
        onClick={() => (open ? close(false) : openMenu())}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' && !open) {
            event.preventDefault();
            openMenu();
          }
        }}
      >
        Export <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <ul
          ref={menuRef}
          id={menuId}
          role="menu"
          aria-label={`Export ${model.title}`}
          className="chart-export-menu"
          onKeyDown={onMenuKey}
        >
          {ITEMS.map((item) => (
            <li key={item.key} role="none">
              {(item.key === 'csv' || item.key === 'copy') && <div role="separator" />}
              <button
                type="button"
                role="menuitem"
                tabIndex={-1}
                className="chart-export-item"
                data-export={item.key}
                onClick={() => activate(item)}
              >
                <span>{item.label}</span>
                {size && item.scale !== undefined && (
                  <span className="chart-export-detail">
                    {size.width * item.scale} × {size.height * item.scale} px
                  </span>
                )}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
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
