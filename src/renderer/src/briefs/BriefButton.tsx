/** "Brief…": opens the brief dialog, whose code loads only then. */
import { lazy, Suspense, useState } from 'react';
import type { BriefDialogProps } from './BriefDialog';

const BriefDialog = lazy(() => import('./BriefDialog').then((m) => ({ default: m.BriefDialog })));

type Props = Omit<BriefDialogProps, 'onClose'> & { readonly className?: string };

export function BriefButton({ className = 'tool-button', ...dialog }: Props): React.JSX.Element {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className={className}
        title="Write the comparison as a cited brief (HTML, Markdown for Pandoc, PDF)"
        onClick={() => setOpen(true)}
      >
        Brief…
      </button>
      {open && (
        <Suspense fallback={null}>
          <BriefDialog {...dialog} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
