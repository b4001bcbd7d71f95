import { lazy, Suspense } from 'react';
import type { Case, Claim } from '../../../core/case/schema';

// What the first screen does not show is loaded when first opened.
const EvidenceDialog = lazy(() =>
  import('../compare/EvidenceDialog').then((m) => ({ default: m.EvidenceDialog })),
);
const ShortcutsDialog = lazy(() =>
  import('./ShortcutsDialog').then((m) => ({ default: m.ShortcutsDialog })),
);

/** The dialogs the workbench opens over itself: a claim's evidence, the keyboard shortcuts. */
export function WorkbenchDialogs(props: {
  readonly kase: Case;
  readonly evidenceClaim: Claim | undefined;
  readonly onCloseEvidence: () => void;
  readonly helpOpen: boolean;
  readonly onCloseHelp: () => void;
}): React.JSX.Element {
  return (
    <Suspense fallback={null}>
      {props.evidenceClaim && (
        <EvidenceDialog
          kase={props.kase}
          claim={props.evidenceClaim}
          onClose={props.onCloseEvidence}
        />
      )}
      {props.helpOpen && <ShortcutsDialog onClose={props.onCloseHelp} />}
    </Suspense>
  );
}
