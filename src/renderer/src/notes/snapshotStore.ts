/**
 * State that React reads through `useSyncExternalStore`: one immutable snapshot, replaced whole
 * on every change so that an unchanged snapshot is the same object and renders nothing.
 */
export class SnapshotStore<T extends object> {
  private readonly listeners = new Set<() => void>();

  constructor(protected state: T) {}

  // Arrow properties, so React may call them unbound.
  getSnapshot = (): T => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  protected set(patch: Partial<T>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener();
  }

  protected forgetListeners(): void {
    this.listeners.clear();
  }
}
