import { useState } from 'react';
import { useReferences } from '../ui/citations/useReferences';
import { getApi } from '../api/getApi';
import { useEvidence } from './EvidenceContext';
import { FilePicker } from './FilePicker';
import { errorText, readFileBase64 } from './files';

/** Every source of the case, built-in and own, with its documents and "Copy citation". */
export function SourceList(): React.JSX.Element | null {
  const evidence = useEvidence();
  const references = useReferences();
  const [status, setStatus] = useState<{ readonly text: string; readonly error: boolean }>();
  if (!evidence) return null;
  const { merged, caseId, readOnlyReason } = evidence;

  const copy = async (citation: string): Promise<void> => {
    try {
      await navigator.clipboard.writeText(citation);
      setStatus({ text: 'Citation copied to the clipboard.', error: false });
    } catch {
      setStatus({ text: 'The citation could not be copied: select it and copy it.', error: true });
    }
  };

  const attach = async (sourceId: string, file: File): Promise<void> => {
    const read = await readFileBase64(file);
    if (!read.ok) return setStatus({ text: read.message, error: true });
    setStatus({ text: `Attaching “${file.name}”…`, error: false });
    try {
      const result = await getApi().attachDocument(caseId, sourceId, read.name, read.content);
      evidence.applyUser(result.user);
      const r = result.anchors;
      setStatus({
        text: `“${file.name}” attached: ${r.found.length} quotes found, ${r.approximate.length} approximate, ${r.notFound.length} not found.`,
        error: false,
      });
      evidence.openDocument(result.document.id);
    } catch (error) {
      setStatus({ text: errorText(error, file.name), error: true });
    }
  };

  const detach = async (documentId: string, fileName: string): Promise<void> => {
    try {
      const result = await getApi().detachDocument(caseId, documentId);
      evidence.applyUser(result.user);
      setStatus({ text: `“${fileName}” removed.`, error: false });
    } catch (error) {
      setStatus({ text: errorText(error, fileName), error: true });
    }
  };

  return (
    <section aria-labelledby="sources-list-title">
      <h3 id="sources-list-title">Sources</h3>
      <p className={status?.error ? 'form-failure' : 'form-status'} role="status">
        {status?.text}
      </p>
      <ul className="source-list">
        {merged.case.sources.map((source) => {
          const citation = references.full(source);
          const docs = merged.documentsBySource.get(source.id) ?? [];
          const own = merged.origin.sources.has(source.id);
          return (
            <li key={source.id} className="source-item" data-source-id={source.id}>
              <p className="source-citation">
                {own && <span className="yours-badge">Yours</span>} {citation}
              </p>
              {docs.length > 0 && (
                <ul className="document-list" aria-label={`Documents of ${source.title}`}>
                  {docs.map((d) => (
                    <li key={d.id}>
                      <span className="document-name">{d.fileName}</span>
                      <span className="field-hint">
                        {Math.max(1, Math.round(d.bytes / 1024))} KB
                      </span>
                      <button
                        type="button"
                        className="button"
                        onClick={() => evidence.openDocument(d.id)}
                      >
                        Open {d.fileName}
                      </button>
                      <button
                        type="button"
                        className="button"
                        disabled={readOnlyReason !== undefined}
                        onClick={() => void detach(d.id, d.fileName)}
                      >
                        Remove {d.fileName}
                      </button>
                    </li>
                  ))}
                </ul>
              )}
              <div className="source-actions">
                <button type="button" className="button" onClick={() => void copy(citation)}>
                  Copy citation
                </button>
                <FilePicker
                  label="Attach document"
                  detail={`to ${source.title}`}
                  accept=".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html"
                  disabled={readOnlyReason !== undefined}
                  onFile={(file) => void attach(source.id, file)}
                />
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
