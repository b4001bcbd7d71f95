/**
 * An async task that never runs twice at once: asked again while it runs, it runs once more
 * when the current run ends, however many times it was asked, and every caller awaits that.
 */
export class CoalescedTask {
  private running: Promise<void> | null = null;
  private again = false;

  constructor(private readonly task: () => Promise<void>) {}

  run(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      do {
        this.again = false;
        await this.task();
      } while (this.again);
    })().finally(() => {
      this.running = null;
    });
    return this.running;
  }
}
