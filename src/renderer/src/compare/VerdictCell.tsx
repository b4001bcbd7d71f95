import { memo, useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { sameComparison, VERDICT_ORDER } from '../../../core/compare/verdicts';
import { VERDICT_LABELS, type VerdictEntry, type VerdictKind } from '../../../core/user/schema';
import { registerFlusher } from '../lifecycle/flush';
import { VerdictIcon } from '../ui/icons';
import type { SaveStatus, SaveVerdict } from './useVerdictSaver';

const RATIONALE_DELAY_MS = 800;

interface Props {
  readonly issueId: string;
  readonly dimensionId: string;
  readonly dimensionLabel: string;
  readonly entry: VerdictEntry | undefined;
  readonly panes: readonly string[];
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
  entry,
  panes,
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
  const verdict = entry?.verdict;
  const disabled = readOnlyReason !== undefined;

  // A verdict saved elsewhere (each save returns the whole layer) refreshes the text, unless the
  // analyst is typing in it.
  if (entry !== lastEntry) {
    setLastEntry(entry);
    if (!dirty) setRationale(entry?.rationale ?? '');
  }

  const latest = useRef({ entry, rationale, dirty, onSave });
  useLayoutEffect(() => {
    latest.current = { entry, rationale, dirty, onSave };
  });

  /** Saves a typed rationale with the verdict it belongs to (and the periods it was given on). */
  const saveRationale = useCallback(async (): Promise<void> => {
    window.clearTimeout(timer.current);
    const now = latest.current;
    if (!now.dirty || !now.entry) return;
    latest.current = { ...now, dirty: false };
    setDirty(false);
    await now.onSave(issueId, dimensionId, {
      verdict: now.entry.verdict,
      rationale: now.rationale,
      comparison: now.entry.comparison,
    });
  }, [issueId, dimensionId]);

  useEffect(() => {
    const unregister = registerFlusher(saveRationale);
    return () => {
      unregister();
      void saveRationale();
    };
  }, [saveRationale]);

  const choose = (value: string): void => {
    window.clearTimeout(timer.current);
    latest.current = { ...latest.current, dirty: false };
    setDirty(false);
    if (value === '') void onSave(issueId, dimensionId, null);
    else {
      void onSave(issueId, dimensionId, {
        verdict: value as VerdictKind,
        rationale,
        comparison: [...panes],
      });
    }
  };

  const comparedOther = entry && !sameComparison(entry.comparison, panes);
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
        <p className="verdict-status" id={`${base}-status`} role="status">
          {statusText(status, disabled ? readOnlyReason : undefined)}
        </p>
        {comparedOther && (
          <p className="verdict-compared">
            Given comparing {entry.comparison.map((p) => periodLabels.get(p) ?? p).join(' ⇄ ')}
          </p>
        )}
      </div>
    </div>
  );
});

function statusText(status: SaveStatus | undefined, readOnly: string | undefined): string {
  if (readOnly) return readOnly;
  if (!status) return '';
  switch (status.state) {
    case 'saving':
      return 'Saving…';
    case 'saved':
      return `Saved ${status.at.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}`;
    case 'cleared':
      return 'Cleared';
    case 'error':
      return `Not saved: ${status.message}`;
  }
}
