import { useState } from 'react';
import type { z } from 'zod';
import type { CslPreview } from '../../../core/evidence/api';
import { getApi } from '../api/getApi';
import { useEvidence } from './EvidenceContext';
import { FilePicker } from './FilePicker';
import { errorText, readFileBase64 } from './files';
import { plural } from '../../../core/format/plural';
import { ImportConfirm } from './ImportConfirm';

type Preview = z.infer<typeof CslPreview>;
interface Picked {
  readonly name: string;
  /** The file's bytes as base64: the host decodes them (UTF-8 or UTF-16). */
  readonly base64: string;
  readonly preview: Preview;
}

/** Sources from a reference manager's export (CSL-JSON, BibTeX or RIS): preview, then import. */
export function CslImport(): React.JSX.Element | null {
  const evidence = useEvidence();
  const [picked, setPicked] = useState<Picked | undefined>(undefined);
  const [status, setStatus] = useState<{ readonly text: string; readonly error: boolean }>();
  if (!evidence) return null;
  const { caseId } = evidence;

  const pick = async (file: File): Promise<void> => {
    setPicked(undefined);
    const read = await readFileBase64(file);
    if (!read.ok) return setStatus({ text: read.message, error: true });
    try {
      const preview = await getApi().previewCslJson(caseId, read.name, read.content);
      setPicked({ name: read.name, base64: read.content, preview });
      setStatus(undefined);
    } catch (error) {
      setStatus({ text: errorText(error, file.name), error: true });
    }
  };

  const runImport = async (): Promise<void> => {
    if (!picked) return;
    try {
      const result = await getApi().importCslJson(caseId, picked.name, picked.base64);
      evidence.applyUser(result.user);
      setPicked(undefined);
      setStatus({
        text: `${result.imported.length} sources imported from “${picked.name}”; ${result.duplicates.length} already present.`,
        error: false,
      });
    } catch (error) {
      setStatus({ text: errorText(error, picked.name), error: true });
    }
  };

  const fresh = picked?.preview.sources.filter((s) => !s.duplicateOf) ?? [];
  const skipped = picked?.preview.problems.filter((p) => p.skipped) ?? [];
  return (
    <section aria-labelledby="csl-import-title">
      <h3 id="csl-import-title">Import a bibliography (CSL-JSON, BibTeX, RIS)</h3>
      <p className="field-hint">
        In Zotero: File › Export Library… › CSL JSON, BibTeX or RIS. The format is read from the
        file’s extension (.json, .bib, .ris).
      </p>
      <FilePicker
        label="Choose a bibliography file"
        accept=".json,.bib,.bibtex,.ris,application/json"
        disabled={evidence.readOnlyReason !== undefined}
        onFile={(file) => void pick(file)}
      />
      <p className={status?.error ? 'form-failure' : 'form-status'} role="status">
        {status?.text}
      </p>
      {picked && (
        <div className="import-preview" aria-label={`Preview of ${picked.name}`} role="group">
          <p>
            <strong>{picked.name}</strong>: {fresh.length} new sources,{' '}
            {picked.preview.sources.length - fresh.length} already present, {skipped.length}{' '}
            skipped.
          </p>
          <ul className="preview-list">
            {picked.preview.sources.map((s) => (
              <li key={s.path}>
                {s.source.title}
                {s.source.issued && ` (${s.source.issued})`}
                {s.duplicateOf && <span className="field-hint"> — already present</span>}
              </li>
            ))}
          </ul>
          {picked.preview.problems.length > 0 && (
            <>
              <h4>Problems</h4>
              <ul className="problem-list">
                {picked.preview.problems.map((p) => (
                  <li key={`${p.path}|${p.message}`}>
                    <code>{p.path}</code>: {p.message}
                    {p.skipped && ' (skipped)'}
                  </li>
                ))}
              </ul>
            </>
          )}
          <ImportConfirm
            label={`Import ${plural(fresh.length, 'source', 'sources')}`}
            disabled={fresh.length === 0}
            onCancel={() => setPicked(undefined)}
            onImport={() => void runImport()}
          />
        </div>
      )}
    </section>
  );
}
