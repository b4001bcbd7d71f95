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

export class SaveTimers {
  private debounce: ReturnType<typeof setTimeout> | undefined;
  private maxWait: ReturnType<typeof setTimeout> | undefined;
  private retry: ReturnType<typeof setInterval> | undefined;

  constructor(
    private readonly save: () => void,
    private readonly pace: SavePace,
  ) {}

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
