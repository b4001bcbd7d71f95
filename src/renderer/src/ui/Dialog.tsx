/**
 * The one modal dialog. Escape, the backdrop and Close all ask to close; a dialog holding unsaved
 * input (`dirty`) first asks whether to discard it. Focus stays inside while open and returns to
 * whatever opened it.
 */
import { useEffect, useRef, useState } from 'react';
import { CloseIcon } from './icons';
import { trapTab } from './trapTab';

interface Props {
  readonly title: React.ReactNode;
  readonly titleId: string;
  readonly className?: string;
  readonly onClose: () => void;
  readonly children: React.ReactNode;
  readonly footer?: React.ReactNode;
  /** The dialog holds input not yet saved: closing asks first. */
  readonly dirty?: boolean;
}

export function Dialog({
  title,
  titleId,
  className,
  onClose,
  children,
  footer,
  dirty = false,
}: Props): React.JSX.Element {
  const ref = useRef<HTMLDialogElement>(null);
  const [asking, setAsking] = useState(false);
  const keepRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const dialog = ref.current;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (dialog && !dialog.open) dialog.showModal();
    return () => {
      if (opener?.isConnected) opener.focus();
    };
  }, []);
  useEffect(() => {
    if (asking) keepRef.current?.focus();
  }, [asking]);

  const requestClose = (): void => {
    if (asking) return setAsking(false);
    if (dirty) return setAsking(true);
    onClose();
  };

  return (
    <dialog
      ref={ref}
      className={`app-dialog ${className ?? ''}`}
      aria-labelledby={titleId}
      onCancel={(event) => {
        // Escape: the same rule as Close, never the browser's own unconditional close.
        event.preventDefault();
        requestClose();
      }}
      onClick={(event) => {
        // A click on the backdrop (the dialog element itself, outside its content).
        if (event.target === event.currentTarget) requestClose();
      }}
      onKeyDown={(event) => {
        // Escape is taken here rather than left to the browser, which would close the dialog
        // regardless on a second Escape with no click in between.
        if (event.key === 'Escape' && !event.defaultPrevented) {
          event.preventDefault();
          requestClose();
        }
        trapTab(event, ref.current);
      }}
      onClose={() => {
        // Closed by the browser all the same: open again if it holds unsaved input.
        if (!dirty) return onClose();
        ref.current?.showModal();
        setAsking(true);
      }}
    >
      <div className="dialog-body">
        <header className="dialog-header">
          <h2 id={titleId}>{title}</h2>
          <button type="button" className="icon-button" aria-label="Close" onClick={requestClose}>
            <CloseIcon />
          </button>
        </header>
        <div className="modal-content">{children}</div>
        {footer && <footer className="dialog-actions">{footer}</footer>}
        {asking && (
          <div className="discard-ask" role="alertdialog" aria-label="Discard changes?">
            <p>You have changes that are not saved. Discard them?</p>
            <button ref={keepRef} type="button" className="button" onClick={() => setAsking(false)}>
              Keep editing
            </button>
            <button type="button" className="button" onClick={onClose}>
              Discard
            </button>
          </div>
        )}
      </div>
    </dialog>
  );
}
