import { useEffect, useRef } from 'react';
import { CloseIcon } from '../ui/icons';

interface Props {
  readonly title: string;
  readonly titleId: string;
  readonly className?: string;
  readonly onClose: () => void;
  readonly children: React.ReactNode;
  readonly footer?: React.ReactNode;
}

/** A modal dialog: Escape or Close closes it; focus returns where it was. */
export function Modal({
  title,
  titleId,
  className,
  onClose,
  children,
  footer,
}: Props): React.JSX.Element {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    const before = document.activeElement as HTMLElement | null;
    if (dialog && !dialog.open) dialog.showModal();
    return () => before?.focus?.();
  }, []);
  return (
    <dialog
      ref={ref}
      className={`evidence-modal ${className ?? ''}`}
      aria-labelledby={titleId}
      onClose={onClose}
      onCancel={(event) => {
        // Escape closes through onClose, as the Close button does.
        event.preventDefault();
        onClose();
      }}
    >
      <div className="dialog-body">
        <header className="dialog-header">
          <h2 id={titleId}>{title}</h2>
          <button type="button" className="icon-button" aria-label="Close" onClick={onClose}>
            <CloseIcon />
          </button>
        </header>
        <div className="modal-content">{children}</div>
        {footer && <footer className="dialog-actions">{footer}</footer>}
      </div>
    </dialog>
  );
}
