import { lazy, Suspense, useCallback, useMemo, useState } from 'react';
import type { Claim, TextQuoteSelector } from '../../../core/case/schema';
import type { MergedCase } from '../../../core/user/merge';
import type { UserClaim } from '../../../core/user/items';
import type { UserLayerState } from '../../../core/user/schema';
import { getApi } from '../api/getApi';
import {
  EvidenceContext,
  type ClaimPrefill,
  type EvidenceActions,
  type PanelTab,
} from './EvidenceContext';
import { errorText } from './files';
import type { StructureKind } from './StructureDialog';
import { useOpenedBundle } from './useOpenedBundle';
import { EvidenceToast, useToast } from './EvidenceToast';
import { useShowAddedIssue } from './useShowAddedIssue';
import './evidence.css';

// The dialogs and the evidence panel are loaded when first opened, not with the first screen.
const ClaimFormDialog = lazy(() =>
  import('./ClaimFormDialog').then((m) => ({ default: m.ClaimFormDialog })),
);
const DocumentViewer = lazy(() =>
  import('./DocumentViewer').then((m) => ({ default: m.DocumentViewer })),
);
const EvidencePanel = lazy(() =>
  import('./EvidencePanel').then((m) => ({ default: m.EvidencePanel })),
);
const StructureDialog = lazy(() =>
  import('./StructureDialog').then((m) => ({ default: m.StructureDialog })),
);

interface Props {
  readonly caseId: string;
  readonly merged: MergedCase;
  readonly readOnlyReason: string | undefined;
  readonly onUserChange: (user: UserLayerState) => void;
  /** Shows an issue area (after one is added, or a row added to it). */
  readonly onShowIssue: (issueId: string) => void;
  /** The issue area on screen: a claim made from a document opened now belongs to it. */
  readonly currentIssue: string;
  readonly children: React.ReactNode;
}

type ClaimForm =
  | { readonly editing: UserClaim; readonly prefill?: undefined }
  | { readonly editing?: undefined; readonly prefill: ClaimPrefill | undefined };

/** The analyst's own evidence: its actions for the workbench, and the dialogs they open. */
export function EvidenceProvider(props: Props): React.JSX.Element {
  const { caseId, merged, readOnlyReason, onUserChange, onShowIssue, currentIssue } = props;
  const [claimForm, setClaimForm] = useState<ClaimForm | undefined>(undefined);
  const [structure, setStructure] = useState<StructureKind | undefined>(undefined);
  const [panel, setPanel] = useState<PanelTab | undefined>(undefined);
  const [viewer, setViewer] = useState<
    { id: string; focus?: string; issue: string; dimension?: string } | undefined
  >(undefined);
  const { toast, notify, dismiss } = useToast();
  const showWhenAdded = useShowAddedIssue(merged, onShowIssue);
  // A double-clicked bundle opens the Share tab with its import preview.
  const opened = useOpenedBundle(() => setPanel('share'), notify);

  const restore = useCallback(
    async (claim: UserClaim) => {
      try {
        const result = await getApi().restoreClaim(caseId, claim);
        onUserChange(result.user);
        notify('Claim restored.');
      } catch (error) {
        notify(`The claim could not be restored: ${errorText(error)}`);
      }
    },
    [caseId, onUserChange, notify],
  );

  const actions = useMemo<EvidenceActions>(
    () => ({
      caseId,
      merged,
      readOnlyReason,
      applyUser: onUserChange,
      addClaim: (prefill) => setClaimForm({ prefill }),
      editClaim: (claimId) => {
        const claim = merged.userClaims.get(claimId);
        if (claim) setClaimForm({ editing: claim });
      },
      deleteClaim: (claimId) => {
        void (async () => {
          try {
            const result = await getApi().deleteClaim(caseId, claimId);
            onUserChange(result.user);
            notify('Claim deleted.', () => void restore(result.deleted));
          } catch (error) {
            notify(`The claim could not be deleted: ${errorText(error)}`);
          }
        })();
      },
      addIssue: () => setStructure({ kind: 'issue' }),
      addDimension: (issueId) => {
        const issue = merged.case.issues.find((i) => i.id === issueId);
        if (issue) setStructure({ kind: 'dimension', issueId, issueLabel: issue.label });
      },
      openPanel: (tab) => setPanel(tab ?? 'sources'),
      openDocument: (id, focus) => setViewer({ id, focus, issue: currentIssue }),
      showInContext: (claim: Claim) => {
        const docs = merged.documentsBySource.get(claim.evidence.source) ?? [];
        const doc = docs[docs.length - 1];
        if (doc) {
          setViewer({
            id: doc.id,
            focus: claim.id,
            issue: claim.issue,
            dimension: claim.dimension,
          });
        }
      },
      notify,
    }),
    [caseId, merged, readOnlyReason, onUserChange, notify, restore, currentIssue],
  );

  // The issue (and row) the analyst came from when the document was opened, not the first.
  const createFromSelection = (
    source: string,
    selector: TextQuoteSelector,
    locator: string,
  ): void => {
    const from = viewer && { issue: viewer.issue, dimension: viewer.dimension };
    setClaimForm({ prefill: { ...from, source, selector, locator } });
  };

  return (
    <EvidenceContext.Provider value={actions}>
      {props.children}
      <Suspense fallback={null}>
        {panel && (
          <EvidencePanel
            key={opened?.seq ?? 0}
            initialTab={panel}
            opened={opened}
            onClose={() => setPanel(undefined)}
          />
        )}
        {viewer && (
          <DocumentViewer
            key={viewer.id}
            caseId={caseId}
            merged={merged}
            documentId={viewer.id}
            focusId={viewer.focus}
            onCreateClaim={createFromSelection}
            onClose={() => setViewer(undefined)}
          />
        )}
        {structure && (
          <StructureDialog
            caseId={caseId}
            what={structure}
            onSaved={(user, message, issueId) => {
              showWhenAdded(issueId);
              onUserChange(user);
              setStructure(undefined);
              notify(message);
            }}
            onClose={() => setStructure(undefined)}
          />
        )}
        {claimForm && (
          <ClaimFormDialog
            caseId={caseId}
            merged={merged}
            editing={claimForm.editing}
            prefill={claimForm.prefill}
            onSaved={(user, message) => {
              onUserChange(user);
              setClaimForm(undefined);
              notify(message);
            }}
            onClose={() => setClaimForm(undefined)}
          />
        )}
      </Suspense>
      <EvidenceToast toast={toast} onDismiss={dismiss} />
    </EvidenceContext.Provider>
  );
}
