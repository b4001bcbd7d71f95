import { Fragment } from 'react';
import { Group, Panel, Separator, type Layout } from 'react-resizable-panels';
import type { Period } from '../../../core/case/schema';
import { formatPeriodRange } from '../../../core/format/dates';
import { CloseIcon } from '../ui/icons';
import { plural } from '../../../core/format/plural';

interface Props {
  readonly periods: readonly Period[];
  readonly slots: readonly number[];
  readonly sizes: readonly number[];
  /** Claims shown per pane in this issue area. */
  readonly counts: readonly number[];
  readonly canRemove: boolean;
  /** Every layout change, while dragging too: the grid below follows it. */
  readonly onSizes: (sizes: readonly number[]) => void;
  /** A resize the user made (pointer or keyboard), once it ends: remembered. */
  readonly onSizesChosen: (sizes: readonly number[]) => void;
  readonly onRemove: (index: number) => void;
}

const panelId = (period: string): string => `pane-${period}`;

/**
 * The pane headers: one resizable panel per compared period, named by it (each is a region a
 * screen reader can jump to). The rows below take their column widths from these panels.
 */
export function PaneBar({
  periods,
  slots,
  sizes,
  counts,
  canRemove,
  onSizes,
  onSizesChosen,
  onRemove,
}: Props): React.JSX.Element {
  const toSizes = (layout: Layout): number[] =>
    periods.map((p, i) => layout[panelId(p.id)] ?? sizes[i] ?? 100 / periods.length);
  const defaultLayout = Object.fromEntries(periods.map((p, i) => [panelId(p.id), sizes[i]!]));
  return (
    <Group
      key={periods.map((p) => p.id).join('|')}
      className="pane-group"
      orientation="horizontal"
      defaultLayout={defaultLayout}
      onLayoutChange={(layout) => onSizes(toSizes(layout))}
      onLayoutChanged={(layout, meta) => {
        if (meta.isUserInteraction) onSizesChosen(toSizes(meta.requestedLayout ?? layout));
      }}
    >
      {periods.map((period, i) => (
        <Fragment key={period.id}>
          {i > 0 && (
            <Separator
              className="pane-separator resize-separator"
              aria-label={`Resize ${periods[i - 1]!.label} and ${period.label}`}
            />
          )}
          <Panel id={panelId(period.id)} minSize="15" className="pane-panel">
            <section
              className={`pane-head period-slot-${slots[i]}`}
              aria-label={period.label}
              data-pane-index={i}
            >
              <div className="pane-head-text">
                <div className="pane-title-line">
                  <h2 className="pane-title one-line">{period.label}</h2>
                  <p className="pane-count trailing-figure">
                    {plural(counts[i] ?? 0, 'claim', 'claims')}
                  </p>
                </div>
                <p className="pane-dates secondary-text one-line">
                  <span className="dates-full">{formatPeriodRange(period)}</span>
                  <span className="dates-short" aria-hidden="true">
                    {period.start.slice(0, 4)}–{period.end?.slice(0, 4) ?? ''}
                  </span>
                </p>
              </div>
              {canRemove && (
                <button
                  type="button"
                  className="icon-button"
                  aria-label={`Remove the ${period.label} pane`}
                  title={`Remove the ${period.label} pane`}
                  onClick={() => onRemove(i)}
                >
                  <CloseIcon size={12} />
                </button>
              )}
            </section>
          </Panel>
        </Fragment>
      ))}
    </Group>
  );
}
