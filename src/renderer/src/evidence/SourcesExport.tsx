/** The case's sources as a file for a reference manager: CSL-JSON, BibTeX or RIS. */
import { useState } from 'react';
import { getApi } from '../api/getApi';
import { useEvidence } from './EvidenceContext';
import { errorText } from './files';

const FORMATS = [
  { id: 'csl-json', label: 'CSL-JSON', type: 'application/json' },
  { id: 'bibtex', label: 'BibTeX', type: 'application/x-bibtex' },
  { id: 'ris', label: 'RIS', type: 'application/x-research-info-systems' },
] as const;

export function SourcesExport(): React.JSX.Element | null {
  const evidence = useEvidence();
  const [status, setStatus] = useState<{ readonly text: string; readonly error: boolean }>();
  if (!evidence) return null;
  const { caseId } = evidence;

  const run = async (format: (typeof FORMATS)[number]): Promise<void> => {
    try {
      const result = await getApi().exportSources(caseId, format.id);
      const url = URL.createObjectURL(new Blob([result.text], { type: format.type }));
      const link = document.createElement('a');
      link.href = url;
      link.download = result.fileName;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setStatus({ text: `${result.count} sources saved as ${result.file}.`, error: false });
    } catch (error) {
      setStatus({ text: errorText(error), error: true });
    }
  };

  return (
    <section aria-labelledby="sources-export-title">
      <h3 id="sources-export-title">Export the case’s sources</h3>
      <div className="form-actions">
        {FORMATS.map((f) => (
          <button key={f.id} type="button" className="button" onClick={() => void run(f)}>
            Export as {f.label}
          </button>
        ))}
      </div>
      <p className={status?.error ? 'form-failure' : 'form-status'} role="status">
        {status?.text}
      </p>
    </section>
  );
}
