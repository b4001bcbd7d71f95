/** The case's sources as a file for a reference manager: CSL-JSON, BibTeX or RIS. */
import { useState } from 'react';
import { DELIVERED_TYPES } from '../../../core/api/delivery';
import { deliverFile } from '../api/deliverFile';
import { getApi } from '../api/getApi';
import { useEvidence } from './EvidenceContext';
import { errorText } from './files';

const FORMATS = [
  { id: 'csl-json', label: 'CSL-JSON', type: DELIVERED_TYPES.json.mime },
  { id: 'bibtex', label: 'BibTeX', type: DELIVERED_TYPES.bib.mime },
  { id: 'ris', label: 'RIS', type: DELIVERED_TYPES.ris.mime },
] as const;

export function SourcesExport(): React.JSX.Element | null {
  const evidence = useEvidence();
  const [status, setStatus] = useState<{ readonly text: string; readonly error: boolean }>();
  if (!evidence) return null;
  const { caseId } = evidence;

  const run = async (format: (typeof FORMATS)[number]): Promise<void> => {
    try {
      const result = await getApi().exportSources(caseId, format.id);
      const blob = new Blob([result.text], { type: format.type });
      const delivered = await deliverFile(caseId, result.fileName, blob);
      if (delivered.status === 'cancelled')
        return setStatus({ text: 'Export cancelled; nothing was saved.', error: false });
      const where = delivered.status === 'saved' ? delivered.path : delivered.fileName;
      setStatus({ text: `${result.count} sources saved as ${where}.`, error: false });
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
