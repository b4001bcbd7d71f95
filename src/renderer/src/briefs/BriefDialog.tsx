/**
 * The brief dialog: choose what the brief covers and how it is written, then make it, with its
 * progress shown and a Cancel that stops it between any two steps (nothing is written then).
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { BriefScope } from '../../../core/brief/briefModel';
import type { Case } from '../../../core/case/schema';
import type { CitationLocale, CitationStyle } from '../../../core/citation/citationStyles';
import type { UserLayer } from '../../../core/user/schema';
import { blobToBase64, deliverFile, type DeliveryOutcome } from '../api/deliverFile';
import { getApi } from '../api/getApi';
import { Dialog } from '../ui/Dialog';
import { BriefOptions, type BriefChoice } from './BriefOptions';
import { makeBrief, type BriefProgress } from './makeBrief';
import './briefs.css';

export interface BriefDialogProps {
  readonly kase: Case;
  readonly layer: UserLayer;
  readonly issueId: string;
  /** The pair on screen, proposed. */
  readonly from: string;
  readonly to: string;
  readonly style: CitationStyle;
  readonly locale: CitationLocale;
  readonly analyst: string;
  /** Remembers a changed analyst's name in the settings. */
  readonly onAnalyst: (name: string) => void;
  readonly onClose: () => void;
}

type Status = { readonly kind: 'ok' | 'error'; readonly text: string } | null;

export function BriefDialog(props: BriefDialogProps): React.JSX.Element {
  const { kase } = props;
  const id = `brief-${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const issue = kase.issues.find((i) => i.id === props.issueId) ?? kase.issues[0]!;
  const [choice, setChoice] = useState<BriefChoice>({
    scope: 'case',
    chosen: [issue.id],
    from: props.from,
    to: props.to,
    style: props.style,
    analyst: props.analyst,
    format: 'html',
  });
  const [progress, setProgress] = useState<BriefProgress | null>(null);
  const [status, setStatus] = useState<Status>(null);
  const running = useRef<AbortController | null>(null);
  useEffect(() => () => running.current?.abort(), []);

  const problem =
    choice.from === choice.to
      ? 'Choose two different periods to compare.'
      : choice.scope === 'issues' && choice.chosen.length === 0
        ? 'Choose at least one issue area.'
        : null;

  const run = async (): Promise<void> => {
    if (problem) return setStatus({ kind: 'error', text: problem });
    const controller = new AbortController();
    running.current = controller;
    setStatus(null);
    const scope: BriefScope =
      choice.scope === 'issue'
        ? { kind: 'issue', issueId: issue.id }
        : choice.scope === 'issues'
          ? { kind: 'issues', issueIds: choice.chosen }
          : { kind: 'case' };
    try {
      const made = await makeBrief(
        {
          kase,
          layer: props.layer,
          scope,
          pair: { from: choice.from, to: choice.to },
          style: choice.style,
          locale: props.locale,
          analyst: choice.analyst,
          format: choice.format,
        },
        controller.signal,
        setProgress,
      );
      if (choice.analyst.trim() !== props.analyst.trim()) props.onAnalyst(choice.analyst.trim());
      // Cancel stays on screen until the file is handed over: a click that lands after the last
      // step still means "write nothing".
      controller.signal.throwIfAborted();
      if (choice.format !== 'pdf') {
        setStatus({
          kind: 'ok',
          text: outcomeText(await deliverFile(kase.id, made.fileName, made.blob)),
        });
        return;
      }
      const printed = await getApi().printToPdf(await blobToBase64(made.blob));
      controller.signal.throwIfAborted();
      if (printed.status === 'printed') {
        const outcome = await deliverFile(kase.id, made.fileName, printed.contentBase64);
        setStatus({ kind: 'ok', text: outcomeText(outcome) });
      } else {
        setStatus(openPrintView(made.blob));
      }
    } catch (error) {
      setStatus(
        controller.signal.aborted
          ? { kind: 'ok', text: 'Cancelled: no brief was written.' }
          : { kind: 'error', text: `Could not make the brief: ${messageOf(error)}` },
      );
    } finally {
      running.current = null;
      setProgress(null);
    }
  };

  const busy = progress !== null;
  return (
    <Dialog
      title="Brief"
      titleId={`${id}-title`}
      className="brief-dialog"
      onClose={() => {
        running.current?.abort();
        props.onClose();
      }}
      footer={
        busy ? (
          <button type="button" className="button" onClick={() => running.current?.abort()}>
            Cancel
          </button>
        ) : (
          <>
            <button type="button" className="button" onClick={props.onClose}>
              Close
            </button>
            <button type="button" className="button button-primary" onClick={() => void run()}>
              Make brief
            </button>
          </>
        )
      }
    >
      <BriefOptions
        id={id}
        kase={kase}
        issueLabel={issue.label}
        choice={choice}
        disabled={busy}
        onChange={setChoice}
      />
      {progress && (
        <div className="brief-progress" role="status">
          <progress max={progress.total} value={progress.done} aria-label="Progress of the brief" />
          <span>{progress.step}…</span>
        </div>
      )}
      {status && (
        <p
          role={status.kind === 'error' ? 'alert' : 'status'}
          className={`brief-status is-${status.kind}`}
        >
          {status.text}
        </p>
      )}
    </Dialog>
  );
}

/** The browser's own "Save as PDF": the print-styled brief in a tab of its own. */
function openPrintView(html: Blob): Status {
  const url = URL.createObjectURL(html);
  const tab = window.open(url, '_blank');
  // The tab has loaded its copy well before this; the URL only holds memory.
  setTimeout(() => URL.revokeObjectURL(url), 5 * 60_000);
  return tab
    ? {
        kind: 'ok',
        text: 'The print view is open in a new tab: print it there and choose “Save as PDF”.',
      }
    : {
        kind: 'error',
        text: 'The browser blocked the new tab: allow pop-ups for Diptych and try again.',
      };
}

function outcomeText(outcome: DeliveryOutcome): string {
  switch (outcome.status) {
    case 'saved':
      return `Saved ${outcome.path}`;
    case 'downloaded':
      return `Downloaded ${outcome.fileName}`;
    case 'cancelled':
      return 'Not saved: the save dialog was closed.';
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
