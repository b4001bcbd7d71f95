import { memo, useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { pairLabel, samePair } from '../../../core/compare/pairs';
import { VERDICT_ORDER } from '../../../core/compare/verdicts';
import {
  VERDICT_LABELS,
  type PeriodPair,
  type VerdictEntry,
  type VerdictKind,
} from '../../../core/user/schema';
import { registerFlusher, registerUnsaved } from '../lifecycle/flush';
import { VerdictIcon } from '../ui/icons';
import type { SaveStatus, SaveVerdict } from './useVerdictSaver';

const RATIONALE_DELAY_MS = 800;

interface Props {
  readonly issueId: string;
  readonly dimensionId: string;
  readonly dimensionLabel: string;
  /** The pair the column judges (first pane → second); none when fewer than two panes. */
  readonly pair: PeriodPair | undefined;
  /** The verdict of this row for `pair`. */
  readonly entry: VerdictEntry | undefined;
  /** Every stored verdict of this row, whatever its pair. */
  readonly rowVerdicts: readonly VerdictEntry[];
  readonly periodLabels: ReadonlyMap<string, string>;
  readonly status: SaveStatus | undefined;
  /** Why verdicts cannot be saved now (the user layer is unreadable); undefined when they can. */
  readonly readOnlyReason: string | undefined;
  readonly onSave: SaveVerdict;
}

/** The analyst's verdict on one row, with an optional short rationale; saved as it changes. */
export const VerdictCell = memo(function VerdictCell({
  issueId,
  dimensionId,
  dimensionLabel,
  pair,
  entry,
  rowVerdicts,
  periodLabels,
  status,
  readOnlyReason,
  onSave,
}: Props): React.JSX.Element {
  const base = `verdict-${issueId}-${dimensionId}`;
  const [rationale, setRationale] = useState(entry?.rationale ?? '');
  const [dirty, setDirty] = useState(false);
  const [lastEntry, setLastEntry] = useState(entry);
  const timer = useRef<number | undefined>(undefined);
  // The text of the save under way, so a blur right after the timer does not send it twice.
  const sending = useRef<string | undefined>(undefined);
  const verdict = entry?.verdict;
  const disabled = readOnlyReason !== undefined || pair === undefined;

  // A verdict saved elsewhere (each save returns the whole layer) refreshes the text, unless the
  // analyst's text is not saved yet; once the layer holds exactly that text, it is saved.
  if (entry !== lastEntry) {
    setLastEntry(entry);
    if (!dirty) setRationale(entry?.rationale ?? '');
    else if (entry !== undefined && (entry.rationale ?? '') === rationale) setDirty(false);
  }

  const latest = useRef({ entry, rationale, dirty, onSave });
  useLayoutEffect(() => {
    latest.current = { entry, rationale, dirty, onSave };
  });

  /**
   * Saves a typed rationale with the verdict it belongs to, for the pair on screen. The text stays
   * unsaved until the layer comes back holding it; a failed save is retried by the saver.
   */
  const saveRationale = useCallback(async (): Promise<void> => {
    window.clearTimeout(timer.current);
    const now = latest.current;
    if (!now.dirty || !now.entry || !pair || sending.current === now.rationale) return;
    sending.current = now.rationale;
    try {
      await now.onSave(issueId, dimensionId, pair, {
        verdict: now.entry.verdict,
        rationale: now.rationale,
      });
    } finally {
      sending.current = undefined;
    }
  }, [issueId, dimensionId, pair]);

  useEffect(() => {
    const unregister = registerFlusher(saveRationale);
    const unprobe = registerUnsaved(() => latest.current.dirty);
    return () => {
      unregister();
      unprobe();
      void saveRationale();
    };
  }, [saveRationale]);

  // A verdict chosen carries the rationale typed so far; the text is saved once the layer holds it.
  const choose = (value: string): void => {
    window.clearTimeout(timer.current);
    if (!pair) return;
    if (value === '') void onSave(issueId, dimensionId, pair, null);
    else void onSave(issueId, dimensionId, pair, { verdict: value as VerdictKind, rationale });
  };

  // Verdicts of this row for other pairs are listed with their direction, never as this pair's.
  const others = pair ? rowVerdicts.filter((v) => !samePair(v.pair, pair)) : rowVerdicts;
  return (
    <div
      role="gridcell"
      className={`cell verdict-cell verdict-${verdict ?? 'none'}`}
      data-verdict={verdict ?? 'none'}
    >
      {/* Sticky, so a tall row keeps its verdict in view while its claims are read. */}
      <div className="verdict-sticky">
        <div className="verdict-choice">
          <span className="verdict-swatch" aria-hidden="true">
            {verdict ? <VerdictIcon verdict={verdict} size={14} /> : null}
          </span>
          <label className="sr-only" htmlFor={`${base}-select`}>
            Verdict on {dimensionLabel}
          </label>
          <select
            id={`${base}-select`}
            className="verdict-select"
            value={verdict ?? ''}
            disabled={disabled}
            aria-describedby={`${base}-status`}
            onChange={(event) => choose(event.target.value)}
          >
            <option value="">Not judged</option>
            {VERDICT_ORDER.map((v) => (
              <option key={v} value={v}>
                {VERDICT_LABELS[v]}
              </option>
            ))}
          </select>
          {verdict && !disabled && (
            <button
              type="button"
              className="icon-button verdict-clear"
              aria-label={`Clear the verdict on ${dimensionLabel}`}
              title="Clear the verdict"
              onClick={() => choose('')}
            >
              ×
            </button>
          )}
        </div>
        <label className="sr-only" htmlFor={`${base}-why`}>
          Rationale for the verdict on {dimensionLabel}
        </label>
        <textarea
          id={`${base}-why`}
          className="verdict-rationale"
          rows={2}
          maxLength={2000}
          placeholder={verdict ? 'Why? (optional)' : 'Choose a verdict first'}
          value={rationale}
          disabled={disabled || !verdict}
          onChange={(event) => {
            setRationale(event.target.value);
            setDirty(true);
            latest.current = { ...latest.current, rationale: event.target.value, dirty: true };
            window.clearTimeout(timer.current);
            timer.current = window.setTimeout(() => void saveRationale(), RATIONALE_DELAY_MS);
          }}
          onBlur={() => void saveRationale()}
        />
        <p className="verdict-status" id={`${base}-status`} role="status" data-unsaved={dirty}>
          {statusText(status, disabled ? readOnlyReason : undefined, dirty)}
        </p>
        {others.map((v) => (
          <p className="verdict-other-pair" key={`${v.pair.from}>${v.pair.to}`}>
            {pairLabel(v.pair, periodLabels)}: {VERDICT_LABELS[v.verdict]}
          </p>
        ))}
      </div>
    </div>
  );
});

function statusText(
  status: SaveStatus | undefined,
  readOnly: string | undefined,
  dirty: boolean,
): string {
  if (readOnly) return dirty ? `${readOnly} Your rationale is kept here, not saved.` : readOnly;
  if (!status) return dirty ? 'Unsaved changes' : '';
  switch (status.state) {
    case 'saving':
      return 'Saving…';
    case 'saved':
      if (dirty) return 'Unsaved changes';
      return `Saved ${status.at.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}`;
    case 'cleared':
      return 'Cleared';
    case 'error':
      return `Not saved: ${status.message} Trying again…`;
  }
}
