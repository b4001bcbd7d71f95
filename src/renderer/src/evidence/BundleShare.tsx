import { useEffect, useState } from 'react';
import type { z } from 'zod';
import type { BundleSummary } from '../../../core/evidence/api';
import { ACCEPTED_BUNDLE_EXTENSIONS } from '../../../core/evidence/bundleFile';
import { deliverFile } from '../api/deliverFile';
import { getApi } from '../api/getApi';
import { useEvidence } from './EvidenceContext';
import { FilePicker } from './FilePicker';
import { errorText, readFileBase64 } from './files';
import type { OpenedBundle } from './useOpenedBundle';
import { OperationProgress, useOperation } from './useOperation';
import { plural } from '../../../core/format/plural';
import { ImportConfirm } from './ImportConfirm';

/** `.diptych` and the older `.zip`, for the file chooser. */
const BUNDLE_ACCEPT = [...ACCEPTED_BUNDLE_EXTENSIONS.map((e) => `.${e}`), 'application/zip'].join(
  ',',
);

type Summary = z.infer<typeof BundleSummary>;
type Counts = Summary['holds'];

const COUNT_LABELS: Readonly<Record<keyof Counts, readonly [string, string]>> = {
  claims: ['claim', 'claims'],
  verdicts: ['verdict', 'verdicts'],
  notes: ['note', 'notes'],
  documents: ['document', 'documents'],
  sources: ['source', 'sources'],
  issues: ['issue area', 'issue areas'],
  dimensions: ['row', 'rows'],
  measures: ['measure', 'measures'],
  points: ['data point', 'data points'],
};

/** "1 claim, 2 notes": what there is, leaving out what there is none of. */
function countsText(c: Counts): string {
  const parts = (Object.keys(COUNT_LABELS) as (keyof Counts)[])
    .filter((k) => c[k] > 0)
    .map((k) => plural(c[k], ...COUNT_LABELS[k]));
  return parts.length > 0 ? parts.join(', ') : 'nothing';
}

interface Pending {
  readonly name: string;
  readonly base64: string;
  readonly summary: Summary;
}

/** Checks a bundle and says what it holds, or why it cannot be imported. */
async function inspect(name: string, base64: string): Promise<Pending | string> {
  try {
    return { name, base64, summary: await getApi().inspectBundle(base64, name) };
  } catch (error) {
    return errorText(error, name);
  }
}

interface Props {
  /** A bundle the system asked to open: its preview is shown as if it had been picked. */
  readonly opened?: OpenedBundle | undefined;
}

/** The case's own layer, notes and documents as one file, out and in. */
export function BundleShare({ opened }: Props): React.JSX.Element | null {
  const evidence = useEvidence();
  const exporting = useOperation();
  const importing = useOperation();
  const [pending, setPending] = useState<Pending | undefined>(undefined);
  const [status, setStatus] = useState<{ readonly text: string; readonly error: boolean }>();
  const show = (result: Pending | string): void => {
    if (typeof result === 'string') return setStatus({ text: result, error: true });
    setPending(result);
    setStatus(undefined);
  };
  useEffect(() => {
    if (!opened) return;
    let live = true;
    void inspect(opened.fileName, opened.contentBase64).then((result) => {
      if (live) show(result);
    });
    return () => {
      live = false;
    };
  }, [opened]);
  if (!evidence) return null;
  const { caseId } = evidence;

  const runExport = async (): Promise<void> => {
    try {
      const result = await exporting.start((id) => getApi().exportBundle(caseId, id));
      if (result.status === 'cancelled')
        return setStatus({ text: 'Export cancelled.', error: false });
      const delivered = await deliverFile(caseId, result.fileName, result.contentBase64);
      if (delivered.status === 'cancelled')
        return setStatus({ text: 'Export cancelled; nothing was saved.', error: false });
      const where = delivered.status === 'saved' ? delivered.path : delivered.fileName;
      setStatus({
        text: `Case bundle saved as ${where} (${Math.ceil(result.bytes / 1024)} KB).`,
        error: false,
      });
    } catch (error) {
      setStatus({ text: errorText(error), error: true });
    }
  };

  const pick = async (file: File): Promise<void> => {
    setPending(undefined);
    const read = await readFileBase64(file);
    if (!read.ok) return setStatus({ text: read.message, error: true });
    show(await inspect(read.name, read.content));
  };

  const runImport = async (): Promise<void> => {
    if (!pending) return;
    try {
      const result = await importing.start((id) =>
        getApi().importBundle(pending.base64, pending.name, id),
      );
      if (result.status === 'cancelled') {
        return setStatus({
          text: `Import of “${pending.name}” cancelled: nothing changed.`,
          error: false,
        });
      }
      setPending(undefined);
      if (result.caseId === caseId) evidence.applyUser(result.user);
      setStatus({
        text: `“${pending.name}” imported.${result.backup ? ` What was there before is saved as ${result.backup}.` : ''}`,
        error: false,
      });
    } catch (error) {
      setStatus({ text: errorText(error, pending.name), error: true });
    }
  };

  const s = pending?.summary;
  return (
    <section aria-labelledby="bundle-title">
      <h3 id="bundle-title">Share this case</h3>
      <p className="field-hint">
        A case bundle holds your claims, sources, data, verdicts, notes and attached documents for
        this case, in one <code>.diptych</code> file another Diptych can import.
      </p>
      <div className="form-actions form-actions-start">
        <button
          type="button"
          className="button button-primary"
          disabled={exporting.progress !== undefined}
          onClick={() => void runExport()}
        >
          Export case bundle
        </button>
        <FilePicker
          label="Import case bundle"
          accept={BUNDLE_ACCEPT}
          disabled={importing.progress !== undefined}
          onFile={(file) => void pick(file)}
        />
      </div>
      <OperationProgress operation={exporting} what="Exporting the case bundle" />
      <p className={status?.error ? 'form-failure' : 'form-status'} role="status">
        {status?.text}
      </p>
      {pending && s && (
        <div className="import-preview" role="group" aria-label={`Contents of ${pending.name}`}>
          <p>
            <strong>{pending.name}</strong>: case “{s.caseTitle ?? s.caseId}”, made{' '}
            {new Date(s.createdAt).toLocaleString()} with Diptych {s.appVersion}.
          </p>
          <p>It holds {countsText(s.holds)}.</p>
          <p className="bundle-replaces">
            {s.replaces
              ? `Importing replaces what this workspace holds for the case: ${countsText(s.replaces)}. It is saved to the exports folder first.`
              : 'This workspace holds nothing for the case yet: nothing is replaced.'}
          </p>
          {s.problems.length > 0 && (
            <ul className="problem-list" aria-label="Problems in the bundle">
              {s.problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          )}
          <OperationProgress operation={importing} what={`Importing ${pending.name}`} />
          <ImportConfirm
            label={s.replaces ? 'Import and replace' : 'Import'}
            disabled={importing.progress !== undefined}
            onCancel={() => setPending(undefined)}
            onImport={() => void runImport()}
          />
        </div>
      )}
    </section>
  );
}
