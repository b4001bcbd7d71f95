/**
 * Long operations (bundle import and export, CSV import): progress reported as
 * `operationProgress` events, cancellation on request until the operation starts writing.
 * A cancelled operation has written nothing; once it starts writing (`commit`), it finishes.
 */
import { randomUUID } from 'node:crypto';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { ApiError } from '../../../core/api/errors';

export interface ProgressSink {
  (payload: { operationId: string; done: number; total: number; label: string }): void;
}

/** Thrown inside an operation at a checkpoint after a cancel request. */
export class OperationCancelled extends Error {
  override readonly name = 'OperationCancelled';
}

const PROGRESS_INTERVAL_MS = 100;

export class Operation {
  private cancelRequested = false;
  private committed = false;
  private lastEmit = 0;

  constructor(
    readonly id: string,
    private readonly sink: ProgressSink,
    private readonly now: () => number = Date.now,
  ) {}

  get isCancelled(): boolean {
    return this.cancelRequested;
  }

  /** Asks the operation to stop; false once it has started writing. */
  requestCancel(): boolean {
    if (this.committed) return false;
    this.cancelRequested = true;
    return true;
  }

  /** Reports progress: the first and last report always, others at most every 100 ms. */
  progress(done: number, total: number, label: string): void {
    const t = this.now();
    if (done !== 0 && done < total && t - this.lastEmit < PROGRESS_INTERVAL_MS) return;
    this.lastEmit = t;
    this.sink({ operationId: this.id, done, total, label });
  }

  /** Lets other calls (a cancel request) run, then stops if cancelled. */
  async checkpoint(): Promise<void> {
    await nextTurn();
    if (this.cancelRequested) throw new OperationCancelled();
  }

  /** The point of no return: after this, the operation writes and cannot be cancelled. */
  commit(): void {
    if (this.cancelRequested) throw new OperationCancelled();
    this.committed = true;
  }
}

export class Operations {
  private readonly running = new Map<string, Operation>();

  constructor(private readonly sink: ProgressSink) {}

  /**
   * Runs `task` as operation `id` (one is made up when the caller gives none). Resolves with its
   * result, or `{status: 'cancelled'}` when it stopped at a checkpoint after a cancel request.
   */
  async run<T>(
    id: string | undefined,
    task: (operation: Operation) => Promise<T>,
  ): Promise<T | { readonly status: 'cancelled' }> {
    const operationId = id ?? `op-${randomUUID()}`;
    if (this.running.has(operationId)) {
      throw new ApiError('conflict', `An operation "${operationId}" is already running.`);
    }
    const operation = new Operation(operationId, this.sink);
    this.running.set(operationId, operation);
    try {
      return await task(operation);
    } catch (error) {
      if (error instanceof OperationCancelled) return { status: 'cancelled' };
      throw error;
    } finally {
      this.running.delete(operationId);
    }
  }

  cancel(id: string): boolean {
    return this.running.get(id)?.requestCancel() ?? false;
  }
}
