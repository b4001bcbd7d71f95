import { lazy, Suspense, useMemo, useState } from 'react';
import type { Case } from '../../../core/case/schema';
import { pairOfPanes } from '../../../core/compare/pairs';
import type { UserLayer } from '../../../core/user/schema';
import type { FigureSubject } from './useFigurePages';

// The figure dialog (its drawing, fonts, PDF and zip code) is loaded when first opened.
const FigureDialog = lazy(() =>
  import('./FigureDialog').then((m) => ({ default: m.FigureDialog })),
);

export interface ExportFigureButtonProps {
  readonly kase: Case;
  readonly layer: UserLayer;
  /** The periods on screen: the figure compares the first → the second. */
  readonly panes: readonly string[];
  /** The issue whose side-by-side is exported; without it, the overview. */
  readonly issueId?: string;
  readonly label: string;
  readonly className?: string;
}

/** A button that opens the figure export for the pair on screen. */
export function ExportFigureButton({
  kase,
  layer,
  panes,
  issueId,
  label,
  className = 'tool-button',
}: ExportFigureButtonProps): React.JSX.Element {
  const [open, setOpen] = useState(false);
  const [from, to] = panes;
  const pair = useMemo(() => pairOfPanes([from ?? '', to ?? '']), [from, to]);
  const subject = useMemo<FigureSubject>(
    () => (issueId === undefined ? { kind: 'overview' } : { kind: 'issue', issueId }),
    [issueId],
  );
  return (
    <>
      <button
        type="button"
        className={className}
        disabled={!pair}
        title={pair ? 'Export as a figure for a paper' : 'Choose two periods to compare first'}
        onClick={() => setOpen(true)}
      >
        {label}
      </button>
      {open && pair && (
        <Suspense fallback={null}>
          <FigureDialog
            kase={kase}
            layer={layer}
            pair={pair}
            subject={subject}
            onClose={() => setOpen(false)}
          />
        </Suspense>
      )}
    </>
  );
}
