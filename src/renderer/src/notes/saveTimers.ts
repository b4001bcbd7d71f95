/**
 * The clocks of autosave: a save ~600 ms after the last keystroke, at least every 2 s while
 * typing, and every 5 s after a failed save until one succeeds.
 */
export interface SaveTiming {
  readonly debounceMs?: number;
  readonly maxWaitMs?: number;
  readonly retryMs?: number;
}

export class SaveTimers {
  private debounce: ReturnType<typeof setTimeout> | undefined;
  private maxWait: ReturnType<typeof setTimeout> | undefined;
  private retrying: ReturnType<typeof setInterval> | undefined;
  private readonly debounceMs: number;
  private readonly maxWaitMs: number;
  private readonly retryMs: number;

  constructor(
    private readonly save: () => void,
    timing: SaveTiming = {},
  ) {
    this.debounceMs = timing.debounceMs ?? 600;
    this.maxWaitMs = timing.maxWaitMs ?? 2000;
    this.retryMs = timing.retryMs ?? 5000;
  }

  /** A keystroke: save after a pause, or when the longest wait is up. */
  typed(): void {
    clearTimeout(this.debounce);
    this.debounce = setTimeout(this.save, this.debounceMs);
    this.maxWait ??= setTimeout(this.save, this.maxWaitMs);
  }

  /** Drops the pending keystroke saves (a save is starting, or the text was replaced). */
  clear(): void {
    clearTimeout(this.debounce);
    clearTimeout(this.maxWait);
    this.debounce = undefined;
    this.maxWait = undefined;
  }

  /** A save failed: try again every few seconds, until `stopRetrying`. */
  retry(): void {
    this.retrying ??= setInterval(this.save, this.retryMs);
  }

  stopRetrying(): void {
    clearInterval(this.retrying);
    this.retrying = undefined;
  }
}
