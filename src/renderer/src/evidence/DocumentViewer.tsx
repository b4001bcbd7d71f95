import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { z } from 'zod';
import type { TextQuoteSelector } from '../../../core/case/schema';
import type { AnchorReport } from '../../../core/evidence/api';
import { locatorAt } from '../../../core/evidence/anchor/locatorAt';
import type { MergedCase } from '../../../core/user/merge';
import type { DocumentEntry } from '../../../core/user/items';
import { Dialog } from '../ui/Dialog';
import { getApi } from '../api/getApi';
import { anchorSegments } from './anchorSegments';
import { errorText } from './files';
import { useTextSelection } from './useTextSelection';

type Report = z.infer<typeof AnchorReport>;

interface Props {
  readonly caseId: string;
  readonly merged: MergedCase;
  readonly documentId: string;
  /** The quote (claim or point id) to scroll to and single out. */
  readonly focusId: string | undefined;
  readonly onCreateClaim: (source: string, selector: TextQuoteSelector, locator: string) => void;
  readonly onClose: () => void;
}

type Loaded =
  | { readonly status: 'loading' }
  | { readonly status: 'failed'; readonly message: string }
  | {
      readonly status: 'ready';
      readonly document: DocumentEntry;
      readonly text: string;
      readonly report: Report;
    };

/**
 * An attached document as stored text, with every quote of its source highlighted where it was
 * found, the anchoring report beside it, and "Create claim from selection".
 */
export function DocumentViewer(props: Props): React.JSX.Element {
  const { caseId, documentId, focusId } = props;
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  const textRef = useRef<HTMLDivElement>(null);
  const selection = useTextSelection(textRef, loaded.status === 'ready' ? loaded.text : undefined);

  useEffect(() => {
    let live = true;
    const api = getApi();
    void Promise.all([api.readDocument(caseId, documentId), api.anchorQuotes(caseId, documentId)])
      .then(([read, report]) => {
        if (live) setLoaded({ status: 'ready', document: read.document, text: read.text, report });
      })
      .catch((error: unknown) => {
        if (live) setLoaded({ status: 'failed', message: errorText(error) });
      });
    return () => {
      live = false;
    };
  }, [caseId, documentId]);

  const segments = useMemo(() => {
    if (loaded.status !== 'ready') return [];
    const { found, approximate } = loaded.report;
    return anchorSegments(loaded.text, [
      ...found.map(({ id, start, end }) => ({ id, start, end, approximate: false })),
      ...approximate.map(({ id, start, end }) => ({ id, start, end, approximate: true })),
    ]);
  }, [loaded]);

  // Scroll the asked-for quote into the middle of the view once the text is there.
  useLayoutEffect(() => {
    if (loaded.status !== 'ready' || !focusId) return;
    const mark = textRef.current?.querySelector<HTMLElement>(
      `mark[data-quote-id="${CSS.escape(focusId)}"]`,
    );
    mark?.scrollIntoView({ block: 'center' });
  }, [loaded, focusId]);

  const title = loaded.status === 'ready' ? loaded.document.fileName : 'Document';
  const statementOf = (kind: string, id: string): string => {
    if (kind === 'claim') {
      return props.merged.case.claims.find((c) => c.id === id)?.statement ?? id;
    }
    for (const m of props.merged.case.measures) {
      if (m.points.some((p) => p.id === id)) return `${m.label} (${kind} ${id})`;
    }
    return id;
  };

  return (
    <Dialog
      title={title}
      titleId="document-viewer-title"
      className="evidence-modal document-viewer"
      onClose={props.onClose}
    >
      {loaded.status === 'loading' && <p role="status">Reading the document…</p>}
      {loaded.status === 'failed' && (
        <p className="form-failure" role="alert">
          {loaded.message}
        </p>
      )}
      {loaded.status === 'ready' && (
        <div className="viewer-layout">
          <section className="viewer-report" aria-labelledby="anchor-report-title">
            <h3 id="anchor-report-title">Quotes of this source</h3>
            <p className="viewer-counts">
              {loaded.report.found.length} found · {loaded.report.approximate.length} approximate ·{' '}
              {loaded.report.notFound.length} not found
            </p>
            {REPORT_GROUPS.map((g) => (
              <ReportList
                key={g.kind}
                title={g.title}
                kind={g.kind}
                items={loaded.report[g.key]}
                statementOf={statementOf}
                focusId={focusId}
              />
            ))}
          </section>
          <section className="viewer-main" aria-label="Document text">
            <div className="viewer-selection" role="status">
              {selection?.ok === false ? (
                <span className="field-error">{selection.message}</span>
              ) : selection?.ok ? (
                <span>Selected: “{truncate(selection.selector.exact, 80)}”</span>
              ) : (
                <span className="field-hint">Select a passage to make a claim of it.</span>
              )}
              <button
                type="button"
                className="button button-primary"
                disabled={!selection?.ok}
                onClick={() => {
                  if (selection?.ok) {
                    const locator = locatorAt(loaded.text, selection.start);
                    props.onCreateClaim(loaded.document.source, selection.selector, locator);
                  }
                }}
              >
                Create claim from selection
              </button>
            </div>
            <div ref={textRef} className="viewer-text" tabIndex={0} aria-label={`Text of ${title}`}>
              {segments.map((s) =>
                s.kind === 'text' ? (
                  <span key={s.start}>{s.text}</span>
                ) : (
                  <mark
                    key={s.start}
                    data-quote-id={s.anchor.id}
                    className={`${s.anchor.approximate ? 'is-approximate' : ''}${
                      s.anchor.id === focusId ? ' is-focus' : ''
                    }`}
                    title={statementOf('claim', s.anchor.id)}
                  >
                    {s.text}
                  </mark>
                ),
              )}
            </div>
          </section>
        </div>
      )}
    </Dialog>
  );
}

function truncate(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}

/** The report's three lists, in the order they are shown. */
const REPORT_GROUPS = [
  { title: 'Found', kind: 'found', key: 'found' },
  { title: 'Approximate', kind: 'approximate', key: 'approximate' },
  { title: 'Not found', kind: 'not-found', key: 'notFound' },
] as const;

interface ReportListProps {
  readonly title: string;
  readonly kind: 'found' | 'approximate' | 'not-found';
  readonly items: readonly {
    readonly kind: string;
    readonly id: string;
    readonly selector: TextQuoteSelector;
  }[];
  readonly statementOf: (kind: string, id: string) => string;
  readonly focusId: string | undefined;
}

function ReportList({
  title,
  kind,
  items,
  statementOf,
  focusId,
}: ReportListProps): React.JSX.Element | null {
  if (items.length === 0) return null;
  return (
    <div className={`report-group report-${kind}`}>
      <h4>
        {title} ({items.length})
      </h4>
      <ul>
        {items.map((q) => (
          <li key={`${q.kind}-${q.id}`} className={q.id === focusId ? 'is-focus' : undefined}>
            {kind !== 'not-found' ? (
              <button
                type="button"
                className="link-button"
                onClick={() =>
                  document
                    .querySelector(`.viewer-text mark[data-quote-id="${CSS.escape(q.id)}"]`)
                    ?.scrollIntoView({ block: 'center' })
                }
              >
                {statementOf(q.kind, q.id)}
              </button>
            ) : (
              <span>{statementOf(q.kind, q.id)}</span>
            )}
            <q className="report-quote">{truncate(q.selector.exact, 120)}</q>
          </li>
        ))}
      </ul>
    </div>
  );
}
