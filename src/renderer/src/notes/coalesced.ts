/**
 * `task` run one at a time: a call while it runs asks for one more run once it ends (however
 * many calls came), and waits for that run. A burst of disk events costs at most two reads.
 */
export function coalesced(task: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | null = null;
  let again = false;
  return () => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        await task();
      } while (again);
    })().finally(() => {
      running = null;
    });
    return running;
  };
}
