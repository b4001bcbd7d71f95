/**
 * The timers that pace a note's saves: after a pause in typing, at least every so often while
 * typing, and again and again after a save failed, until one succeeds or they are stopped.
 */
export interface SavePace {
  /** The pause after the last keystroke before a save. */
  readonly debounceMs: number;
  /** The longest steady typing may go unsaved. */
  readonly maxWaitMs: number;
  /** How often a failed save is tried again. */
  readonly retryMs: number;
}

/** Saved after 600 ms of quiet, at least every 2 s while typing; a failure retried every 5 s. */
const DEFAULT_PACE: SavePace = { debounceMs: 600, maxWaitMs: 2000, retryMs: 5000 };

export class SaveTimers {
  private readonly pace: SavePace;
  private debounce: ReturnType<typeof setTimeout> | undefined;
  private maxWait: ReturnType<typeof setTimeout> | undefined;
  private retry: ReturnType<typeof setInterval> | undefined;

  constructor(
    private readonly save: () => void,
    pace: Partial<SavePace> = {},
  ) {
    this.pace = {
      debounceMs: pace.debounceMs ?? DEFAULT_PACE.debounceMs,
      maxWaitMs: pace.maxWaitMs ?? DEFAULT_PACE.maxWaitMs,
      retryMs: pace.retryMs ?? DEFAULT_PACE.retryMs,
    };
  }

  /** A keystroke: save after a pause, and no later than the first unsaved keystroke's deadline. */
  typed(): void {
    clearTimeout(this.debounce);
    this.debounce = setTimeout(this.save, this.pace.debounceMs);
    this.maxWait ??= setTimeout(this.save, this.pace.maxWaitMs);
  }

  /** Drops the save a keystroke scheduled (it is being saved now, or must not be). */
  cancelPending(): void {
    clearTimeout(this.debounce);
    clearTimeout(this.maxWait);
    this.debounce = undefined;
    this.maxWait = undefined;
  }

  /** A save failed: try again every `retryMs` until stopped. */
  retryUntilStopped(): void {
    this.retry ??= setInterval(this.save, this.pace.retryMs);
  }

  /** Nothing is to be saved until the next keystroke or failure. */
  stopAll(): void {
    this.cancelPending();
    this.stopRetrying();
  }

  stopRetrying(): void {
    clearInterval(this.retry);
    this.retry = undefined;
  }
}
