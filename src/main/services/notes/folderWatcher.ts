/**
 * Watches one notes folder and reports, debounced, which note files may have changed. Editors
 * save in bursts (truncate + write, or temp + rename), so events are collected for a moment and
 * the files are read once the burst is over.
 */
import { watch, type FSWatcher } from 'node:fs';

const NOTE_NAME = /^([a-z0-9][a-z0-9-]{0,79})\.md$/;

export interface FolderWatcherOptions {
  readonly dir: string;
  readonly debounceMs: number;
  /** Issue ids whose files may have changed; `'all'` when the platform did not say which. */
  readonly onChange: (issues: ReadonlySet<string> | 'all') => void;
  /** The folder cannot be watched any more (removed, unmounted). */
  readonly onClosed: () => void;
}

export class FolderWatcher {
  private readonly watcher: FSWatcher;
  private pending = new Set<string>();
  private all = false;
  private timer: NodeJS.Timeout | undefined;
  private closed = false;

  constructor(private readonly options: FolderWatcherOptions) {
    // Not persistent: a watcher alone never keeps the host running.
    this.watcher = watch(options.dir, { persistent: false }, (_event, filename) => {
      this.noticed(filename === null ? null : String(filename));
    });
    this.watcher.on('error', () => this.close());
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    clearTimeout(this.timer);
    this.watcher.close();
    this.options.onClosed();
  }

  private noticed(filename: string | null): void {
    if (filename === null) {
      this.all = true;
    } else {
      const match = NOTE_NAME.exec(filename);
      if (!match) return;
      this.pending.add(match[1]!);
    }
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.deliver(), this.options.debounceMs);
    this.timer.unref();
  }

  private deliver(): void {
    if (this.closed) return;
    const issues = this.all ? 'all' : this.pending;
    this.pending = new Set();
    this.all = false;
    this.options.onChange(issues);
  }
}
