import { useCallback, useEffect, useRef, useState } from 'react';
import { getApi } from '../api/getApi';
import { newOperationId } from './files';

export interface Progress {
  readonly done: number;
  readonly total: number;
  readonly label: string;
}

export interface Operation {
  /** The running operation's progress, or undefined when none runs. */
  readonly progress: Progress | undefined;
  /** Starts an operation: `run` gets the id to pass to the service. */
  readonly start: <T>(run: (operationId: string) => Promise<T>) => Promise<T>;
  readonly cancel: () => void;
}

/** Follows a long operation's progress events and lets the analyst cancel it. */
export function useOperation(): Operation {
  const [progress, setProgress] = useState<Progress | undefined>(undefined);
  const idRef = useRef<string | undefined>(undefined);

  useEffect(
    () =>
      getApi().onOperationProgress((event) => {
        if (event.operationId === idRef.current) {
          setProgress({ done: event.done, total: event.total, label: event.label });
        }
      }),
    [],
  );

  const start = useCallback(async <T,>(run: (operationId: string) => Promise<T>): Promise<T> => {
    const id = newOperationId();
    idRef.current = id;
    setProgress({ done: 0, total: 0, label: 'Starting…' });
    try {
      return await run(id);
    } finally {
      idRef.current = undefined;
      setProgress(undefined);
    }
  }, []);

  const cancel = useCallback(() => {
    const id = idRef.current;
    if (id) void getApi().cancelOperation(id);
  }, []);

  return { progress, start, cancel };
}

interface ProgressProps {
  readonly operation: Operation;
  readonly what: string;
}

/** The bar and the Cancel button of a running operation. */
export function OperationProgress({ operation, what }: ProgressProps): React.JSX.Element | null {
  const { progress } = operation;
  if (!progress) return null;
  return (
    <div className="operation-progress" role="status">
      <progress
        aria-label={what}
        max={progress.total || undefined}
        value={progress.total ? progress.done : undefined}
      />
      <span>{progress.label}</span>
      <button type="button" className="button" onClick={operation.cancel}>
        Cancel
      </button>
    </div>
  );
}
