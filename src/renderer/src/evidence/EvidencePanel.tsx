import { Dialog } from '../ui/Dialog';
import { useState } from 'react';
import { AddPointForm } from './AddPointForm';
import { AddSourceForm } from './AddSourceForm';
import { BundleShare } from './BundleShare';
import { CitationStyleSettings } from '../ui/citations/CitationStyleSettings';
import { CslImport } from './CslImport';
import { CsvImport } from './CsvImport';
import { useEvidence, type PanelTab } from './EvidenceContext';
import { ProblemList } from './ProblemList';
import { SourceList } from './SourceList';
import { SourcesExport } from './SourcesExport';
import type { OpenedBundle } from './useOpenedBundle';

interface Props {
  readonly initialTab: PanelTab;
  readonly onClose: () => void;
  /** A bundle the system asked to open, previewed on the Share tab. */
  readonly opened?: OpenedBundle | undefined;
}

const TABS: readonly { readonly id: PanelTab; readonly label: string }[] = [
  { id: 'sources', label: 'Sources' },
  { id: 'data', label: 'Data' },
  { id: 'share', label: 'Share' },
  { id: 'problems', label: 'Problems' },
];

/** Sources and data: the case's sources with documents, imports, sharing, and layer problems. */
export function EvidencePanel({ initialTab, onClose, opened }: Props): React.JSX.Element {
  const [tab, setTab] = useState<PanelTab>(initialTab);
  const problems = useEvidence()?.merged.problems.length ?? 0;
  return (
    <Dialog
      title="Sources & data"
      titleId="evidence-panel-title"
      className="evidence-modal evidence-panel"
      onClose={onClose}
    >
      <div
        role="tablist"
        aria-label="Sources and data"
        className="panel-tabs"
        onKeyDown={(event) => {
          if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
          const at = TABS.findIndex((t) => t.id === tab);
          const next =
            TABS[(at + (event.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length]!;
          setTab(next.id);
          document.getElementById(`panel-tab-${next.id}`)?.focus();
        }}
      >
        {TABS.map((t) => (
          <button
            key={t.id}
            type="button"
            role="tab"
            id={`panel-tab-${t.id}`}
            aria-selected={tab === t.id}
            aria-controls={`panel-${t.id}`}
            tabIndex={tab === t.id ? 0 : -1}
            className="panel-tab"
            onClick={() => setTab(t.id)}
          >
            {t.label}
            {t.id === 'problems' && problems > 0 && (
              <span className="tab-count"> ({problems})</span>
            )}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={`panel-${tab}`}
        aria-labelledby={`panel-tab-${tab}`}
        className="panel-body"
      >
        {tab === 'sources' && (
          <>
            <CitationStyleSettings />
            <SourceList />
            <AddSourceForm />
            <CslImport />
            <SourcesExport />
          </>
        )}
        {tab === 'data' && (
          <>
            <AddPointForm />
            <CsvImport />
          </>
        )}
        {tab === 'share' && <BundleShare opened={opened} />}
        {tab === 'problems' && <ProblemList />}
      </div>
    </Dialog>
  );
}
