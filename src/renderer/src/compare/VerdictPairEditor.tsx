import { memo, useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { pairLabel, reversePair } from '../../../core/compare/pairs';
import { sidesText, type RowSides } from '../../../core/compare/sides';
import type { PeriodPair, VerdictChange, VerdictEntry } from '../../../core/user/schema';
import { VERDICT_LABELS, type VerdictKind } from '../../../core/user/verdictKinds';
import { registerFlusher, registerUnsaved } from '../lifecycle/flush';
import { VerdictIcon } from '../ui/icons';
import type { SaveStatus, SaveVerdict } from './useVerdictSaver';
import { VerdictHistoryList } from './VerdictHistoryList';
import { verdictOptions } from './verdictOptions';
import { VerdictSelect } from './VerdictSelect';

const RATIONALE_DELAY_MS = 800;

interface Props {
  readonly issueId: string;
  readonly dimensionId: string;
  readonly dimensionLabel: string;
  /** The adjacent pair of panes this editor judges. */
  readonly pair: PeriodPair;
  /** The verdict of this row for `pair`. */
  readonly entry: VerdictEntry | undefined;
  /** The verdict of this row for the reversed pair, shown as that pair's, never as this one's. */
  readonly reversed: VerdictEntry | undefined;
  /** How this pair's verdict moved, oldest first. */
  readonly history: readonly VerdictChange[];
  /** Which side of the pair has claims on this row. */
  readonly sides: RowSides;
  readonly periodLabels: ReadonlyMap<string, string>;
  readonly status: SaveStatus | undefined;
  /** Why verdicts cannot be saved now (the user layer is unreadable); undefined when they can. */
  readonly readOnlyReason: string | undefined;
  readonly onSave: SaveVerdict;
}

/**
 * The analyst's verdict on one row for one ordered pair of periods, with an optional short
 * rationale; saved as it changes.
 */
export const VerdictPairEditor = memo(function VerdictPairEditor({
  issueId,
  dimensionId,
  dimensionLabel,
  pair,
  entry,
  reversed,
  history,
  sides,
  periodLabels,
  status,
  readOnlyReason,
  onSave,
}: Props): React.JSX.Element {
  const base = `verdict-${issueId}-${dimensionId}-${pair.from}-${pair.to}`;
  const [rationale, setRationale] = useState(entry?.rationale ?? '');
  const [dirty, setDirty] = useState(false);
  const [lastEntry, setLastEntry] = useState(entry);
  const timer = useRef<number | undefined>(undefined);
  // The text of the save under way, so a blur right after the timer does not send it twice.
  const sending = useRef<string | undefined>(undefined);
  const verdict = entry?.verdict;
  const disabled = readOnlyReason !== undefined;

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
    if (!now.dirty || !now.entry || sending.current === now.rationale) return;
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
    if (value === '') void onSave(issueId, dimensionId, pair, null);
    else void onSave(issueId, dimensionId, pair, { verdict: value as VerdictKind, rationale });
  };

  const direction = pairLabel(pair, periodLabels);
  const oneSided = sidesText(sides, pair, periodLabels);
  return (
    <div
      role="group"
      aria-labelledby={`${base}-pair`}
      className={`verdict-pair verdict-${verdict ?? 'none'}`}
      data-verdict={verdict ?? 'none'}
      data-pair={`${pair.from}>${pair.to}`}
    >
      <p className="verdict-direction" id={`${base}-pair`}>
        {direction}
      </p>
      {oneSided && <p className="verdict-sides">{oneSided}</p>}
      {/* A verdict for the other direction is that pair's: shown as such, never as this one's. */}
      {reversed && !entry && (
        <p className="verdict-reversed-note">
          Judged {pairLabel(reversePair(pair), periodLabels)}: {VERDICT_LABELS[reversed.verdict]}
        </p>
      )}
      <div className="verdict-choice">
        <span className="verdict-swatch" aria-hidden="true">
          {verdict ? <VerdictIcon verdict={verdict} size={14} /> : null}
        </span>
        <label className="sr-only" htmlFor={`${base}-select`}>
          Verdict on {dimensionLabel}, {direction}
        </label>
        <VerdictSelect
          id={`${base}-select`}
          value={verdict ?? ''}
          disabled={disabled}
          describedBy={`${base}-status`}
          unjudgedLabel={reversed && !entry ? `Judge ${direction}` : 'Not judged'}
          fittingLabel={sides === 'both' ? 'Claims on both sides' : `Fits: ${oneSided}`}
          options={verdictOptions(sides, pair, periodLabels)}
          onChange={choose}
        />
        {verdict && !disabled && (
          <button
            type="button"
            className="icon-button verdict-clear"
            aria-label={`Clear the verdict on ${dimensionLabel}, ${direction}`}
            title="Clear the verdict"
            onClick={() => choose('')}
          >
            ×
          </button>
        )}
      </div>
      <label className="sr-only" htmlFor={`${base}-why`}>
        Rationale for the verdict on {dimensionLabel}, {direction}
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
      {history.length > 0 && <VerdictHistoryList history={history} direction={direction} />}
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
