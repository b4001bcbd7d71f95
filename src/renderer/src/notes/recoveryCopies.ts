/**
 * Recovery copies of note text that is not on disk yet (a save pending or failing), kept in the
 * page's own storage so they survive a closed tab or window even when the workspace's disk does
 * not take writes. One copy per workspace, case and issue; removed once the text is saved.
 */

/** Where one note's recovery copy is kept. */
export interface RecoveryStore {
  keep(text: string): void;
  /** The copy kept, or null when there is none. */
  read(): string | null;
  clear(): void;
}

const PREFIX = 'diptych.recovery.v1';
let workspace = '';

/** The workspace the open case lives in; copies of another workspace are never offered here. */
export function setRecoveryWorkspace(root: string): void {
  workspace = root;
}

/** The recovery store of one note, in localStorage (synchronous, so it works while a page unloads). */
export function noteRecovery(caseId: string, issueId: string): RecoveryStore {
  const key = `${PREFIX}\n${workspace}\n${caseId}\n${issueId}`;
  return {
    keep(text) {
      try {
        localStorage.setItem(key, JSON.stringify({ text, keptAt: new Date().toISOString() }));
      } catch {
        // Storage full or disabled: the save still retries; this copy is a second line only.
      }
    },
    read() {
      const raw = localStorage.getItem(key);
      if (raw === null) return null;
      try {
        const parsed: unknown = JSON.parse(raw);
        if (typeof parsed === 'object' && parsed !== null && 'text' in parsed) {
          return typeof parsed.text === 'string' ? parsed.text : null;
        }
      } catch {
        // A copy this version cannot read is left where it is, never offered as text.
      }
      return null;
    },
    clear() {
      localStorage.removeItem(key);
    },
  };
}
