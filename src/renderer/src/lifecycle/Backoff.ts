/**
 * When to try a failed save again: after a delay that doubles from `firstMs` up to `maxMs`, and
 * at once when the window regains focus or the machine comes back online (a user who fixed the
 * disk comes back to the window). Own code, not a retry library: those retry one promise, while
 * here one schedule serves every failed save and outside events cut the wait short.
 */
export class Backoff {
  private delay: number;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private armed = false;
  private readonly onWake = (): void => {
    if (this.armed) this.fire();
  };

  constructor(
    private readonly retry: () => void,
    private readonly firstMs = 1000,
    private readonly maxMs = 30_000,
    private readonly target: Pick<Window, 'addEventListener' | 'removeEventListener'> = window,
  ) {
    this.delay = firstMs;
    target.addEventListener('focus', this.onWake);
    target.addEventListener('online', this.onWake);
  }

  /** A save failed: try again after the current delay, which then doubles. */
  failed(): void {
    this.armed = true;
    if (this.timer !== undefined) return;
    this.timer = setTimeout(() => this.fire(), this.delay);
    this.delay = Math.min(this.delay * 2, this.maxMs);
  }

  /** Everything is saved: nothing more to try, and the next failure starts from `firstMs`. */
  succeeded(): void {
    this.armed = false;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.delay = this.firstMs;
  }

  dispose(): void {
    this.succeeded();
    this.target.removeEventListener('focus', this.onWake);
    this.target.removeEventListener('online', this.onWake);
  }

  private fire(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.armed = false;
    this.retry();
  }
}
