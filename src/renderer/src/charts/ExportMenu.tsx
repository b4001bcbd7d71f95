/**
 * The export menu of one chart: PNG at 1×, 2× and 3× (sizes shown), SVG, CSV and JSON of the
 * plotted data, and a copy to the clipboard. A menu button with arrow-key navigation; the outcome
 * of every action is said in a status line (or an alert when it failed).
 */
import { useEffect, useId, useLayoutEffect, useRef, useState, type RefObject } from 'react';
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

  // The charts sit in a scrolling dock that would clip the menu: it is placed in the viewport,
  // below the button or above it where there is no room, and follows the button as the dock
  // scrolls or the window resizes.
  useLayoutEffect(() => {
    if (!open) return;
    const place = (): void => {
      const menu = menuRef.current;
      const button = buttonRef.current;
      if (!menu || !button) return;
      const anchor = button.getBoundingClientRect();
      const { width, height } = menu.getBoundingClientRect();
      const below = anchor.bottom + 4;
      const top =
        below + height <= window.innerHeight
          ? below
          : anchor.top - 4 - height >= 0
            ? anchor.top - 4 - height
            : Math.max(4, window.innerHeight - height - 4);
      menu.style.top = `${top}px`;
      menu.style.left = `${Math.max(4, anchor.right - width)}px`;
    };
    // Placed before the first paint, then focused: no flash at the corner, no lost focus.
    place();
    menuRef.current
      ?.querySelector<HTMLElement>('[role="menuitem"]')
      ?.focus({ preventScroll: true });
    window.addEventListener('scroll', place, true);
    window.addEventListener('resize', place);
    return () => {
      window.removeEventListener('scroll', place, true);
      window.removeEventListener('resize', place);
    };
  }, [open]);

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent): void => {
      const target = event.target as Node;
      if (!menuRef.current?.contains(target) && !buttonRef.current?.contains(target)) close(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

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

  const onMenuKey = (event: React.KeyboardEvent<HTMLUListElement>): void => {
    const entries = Array.from(
      menuRef.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [],
    );
    const at = entries.indexOf(document.activeElement as HTMLElement);
    const focus = (i: number): void => entries[(i + entries.length) % entries.length]?.focus();
    switch (event.key) {
      case 'ArrowDown':
        focus(at + 1);
        break;
      case 'ArrowUp':
        focus(at - 1);
        break;
      case 'Home':
        focus(0);
        break;
      case 'End':
        focus(entries.length - 1);
        break;
      case 'Escape':
        close(true);
        break;
      case 'Tab':
        close(false);
        return;
      default:
        return;
    }
    event.preventDefault();
  };

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
