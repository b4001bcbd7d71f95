import { useCallback, useRef, useState } from 'react';

export interface Toast {
  readonly message: string;
  readonly undo?: () => void;
}

/** A passing message, with Undo where the change can be taken back; it hides itself. */
export function useToast(): {
  readonly toast: Toast | undefined;
  readonly notify: (message: string, undo?: () => void) => void;
  readonly dismiss: () => void;
} {
  const [toast, setToast] = useState<Toast | undefined>(undefined);
  const timer = useRef<number | undefined>(undefined);
  const notify = useCallback((message: string, undo?: () => void) => {
    window.clearTimeout(timer.current);
    setToast({ message, undo });
    // An undo stays longer: the analyst has to read the message and decide.
    timer.current = window.setTimeout(() => setToast(undefined), undo ? 10_000 : 5_000);
  }, []);
  const dismiss = useCallback(() => setToast(undefined), []);
  return { toast, notify, dismiss };
}

interface Props {
  readonly toast: Toast | undefined;
  readonly onDismiss: () => void;
}

/** Where the toast is announced, polite, so a screen reader finishes what it was saying. */
export function EvidenceToast({ toast, onDismiss }: Props): React.JSX.Element {
  return (
    <div className="evidence-toast-region" role="status" aria-live="polite">
      {toast && (
        <div className="evidence-toast">
          <span>{toast.message}</span>
          {toast.undo && (
            <button
              type="button"
              className="button"
              onClick={() => {
                const undo = toast.undo;
                onDismiss();
                undo?.();
              }}
            >
              Undo
            </button>
          )}
        </div>
      )}
    </div>
  );
}
