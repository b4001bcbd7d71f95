import type { Period } from '../../../core/case/schema';
import { formatPeriodRange } from '../../../core/format/dates';
import { CloseIcon } from '../ui/icons';
import { SplitGroup } from '../ui/split/SplitGroup';
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
  return (
    <SplitGroup
      key={periods.map((p) => p.id).join('|')}
      className="pane-group"
      orientation="horizontal"
      sizes={sizes}
      separatorClassName="pane-separator resize-separator"
      separatorLabel={(i) => `Resize ${periods[i]!.label} and ${periods[i + 1]!.label}`}
      onResize={onSizes}
      onResizeEnd={onSizesChosen}
      panels={periods.map((period, i) => ({
        id: panelId(period.id),
        className: 'pane-panel',
        min: 15,
        content: (
          <PaneHead
            period={period}
            slot={slots[i]}
            index={i}
            count={counts[i] ?? 0}
            onRemove={canRemove ? () => onRemove(i) : undefined}
          />
        ),
      }))}
    />
  );
}

interface HeadProps {
  readonly period: Period;
  readonly slot: number | undefined;
  readonly index: number;
  readonly count: number;
  readonly onRemove: (() => void) | undefined;
}

/** One pane's header: the period, its claim count and dates, and its remove button. */
function PaneHead({ period, slot, index, count, onRemove }: HeadProps): React.JSX.Element {
  return (
    <section
      className={`pane-head period-slot-${slot}`}
      aria-label={period.label}
      data-pane-index={index}
    >
      <div className="pane-head-text">
        <div className="pane-title-line">
          <h2 className="pane-title one-line">{period.label}</h2>
          <p className="pane-count trailing-figure">{plural(count, 'claim', 'claims')}</p>
        </div>
        <p className="pane-dates secondary-text one-line">
          <span className="dates-full">{formatPeriodRange(period)}</span>
          <span className="dates-short" aria-hidden="true">
            {period.start.slice(0, 4)}–{period.end?.slice(0, 4) ?? ''}
          </span>
        </p>
      </div>
      {onRemove && (
        <button
          type="button"
          className="icon-button"
          aria-label={`Remove the ${period.label} pane`}
          title={`Remove the ${period.label} pane`}
          onClick={onRemove}
        >
          <CloseIcon size={12} />
        </button>
      )}
    </section>
  );
}
