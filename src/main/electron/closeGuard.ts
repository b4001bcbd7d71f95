/**
 * Whether a window may close: the page is asked to save what it holds, and when that did not
 * succeed (the disk refuses writes) the user decides — keep trying, discard, or cancel the close.
 * No Electron here: the flush and the dialog come in through a port, so the rule is tested alone.
 */
import type { FlushOutcome } from '../services/flushCoordinator';

/** What the window's flush came to: all saved, some work not saved, or no answer in time. */
export type CloseFlush = 'flushed' | 'unsaved' | 'timeout';

/** The window's view of the coordinator's outcome: any client that could not save counts. */
export function closeFlushOf(outcome: FlushOutcome): CloseFlush {
  if (outcome.unconfirmed.some((u) => u.why === 'not-saved')) return 'unsaved';
  if (outcome.unconfirmed.some((u) => u.why === 'no-answer')) return 'timeout';
  return 'flushed';
}

export type CloseChoice = 'keep-trying' | 'discard' | 'cancel';

export interface CloseGuardPort {
  /** Asks the page to save everything it holds. */
  flush(): Promise<CloseFlush>;
  /** Asks the user what to do with work that could not be saved. */
  ask(): Promise<CloseChoice>;
}

/** The question, in the shape of Electron's `dialog.showMessageBox` options. */
export interface CloseQuestion {
  readonly type: 'warning';
  readonly buttons: string[];
  readonly defaultId: number;
  readonly cancelId: number;
  readonly noLink: boolean;
  readonly message: string;
  readonly detail: string;
}

const CHOICES: readonly CloseChoice[] = ['keep-trying', 'discard', 'cancel'];

/** The question asked; its buttons are in the order of `choiceAt`. */
export function closeQuestion(): CloseQuestion {
  return {
    type: 'warning',
    buttons: ['Keep trying', 'Discard', 'Cancel'],
    defaultId: 0,
    cancelId: 2,
    noLink: true,
    message: 'Some of your work could not be saved',
    detail:
      'Diptych could not write to the workspace (the disk may be full or read-only). Keep ' +
      'trying to save, discard the unsaved work and close (unsaved notes are offered again, ' +
      'from a recovery copy, the next time they are opened), or cancel and keep the window open.',
  };
}

/** The choice behind the index of the button the user pressed; anything else cancels. */
export function choiceAt(response: number): CloseChoice {
  return CHOICES[response] ?? 'cancel';
}

/** `ask` for the port, from a function that shows the question and answers the button pressed. */
export function askWith(
  show: (question: CloseQuestion) => Promise<{ readonly response: number }>,
): () => Promise<CloseChoice> {
  return async () => choiceAt((await show(closeQuestion())).response);
}

/**
 * Resolves true when the window may close: everything was saved, the page did not answer (a hung
 * page must not keep the app open), or the user chose to discard; false when the user cancelled.
 */
export async function mayClose(port: CloseGuardPort): Promise<boolean> {
  for (;;) {
    const outcome = await port.flush();
    if (outcome !== 'unsaved') return true;
    const choice = await port.ask();
    if (choice === 'discard') return true;
    if (choice === 'cancel') return false;
  }
}
