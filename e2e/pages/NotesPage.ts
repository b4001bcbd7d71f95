/** The notes panel, as a test sees it; and the note files behind it. */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';

export class NotesPage {
  constructor(readonly page: Page) {}

  get panel(): Locator {
    return this.page.getByRole('complementary', { name: 'Notes' });
  }

  /** The editor's editable area (CodeMirror's content element, a multi-line textbox). */
  get editor(): Locator {
    return this.panel.getByRole('textbox', { name: /^Notes on / });
  }

  /** Saved / Saving… / Unsaved changes / Not saved: … */
  get status(): Locator {
    return this.panel.locator('.note-status');
  }

  get preview(): Locator {
    return this.panel.getByRole('region', { name: 'Preview' });
  }

  get alert(): Locator {
    return this.panel.getByRole('alert');
  }

  get notice(): Locator {
    return this.panel.getByRole('note');
  }

  get conflict(): Locator {
    return this.panel.getByRole('region', { name: /was changed outside Diptych/ });
  }

  get yourVersion(): Locator {
    return this.conflict.getByLabel('Your version', { exact: true });
  }

  get fileVersion(): Locator {
    return this.conflict.getByLabel('The file’s version', { exact: true });
  }

  get keepMineButton(): Locator {
    return this.conflict.getByRole('button', { name: 'Keep mine' });
  }

  get useFileButton(): Locator {
    return this.conflict.getByRole('button', { name: 'Use the file’s version' });
  }

  get linkClaimButton(): Locator {
    return this.panel.getByRole('button', { name: 'Link claim' });
  }

  get searchField(): Locator {
    return this.panel.getByRole('searchbox', { name: 'Search all notes of this case' });
  }

  get searchHits(): Locator {
    return this.panel.getByRole('list', { name: 'Search results' }).getByRole('button');
  }

  viewButton(name: 'Write' | 'Split' | 'Preview'): Locator {
    return this.panel.getByRole('group', { name: 'Notes view' }).getByRole('button', { name });
  }

  /** The note's text as the editor shows it, line by line (the placeholder is no text). */
  async text(): Promise<string> {
    return this.editor.evaluate((content) =>
      [...content.querySelectorAll('.cm-line')]
        .map((line) => (line.querySelector('.cm-placeholder') ? '' : (line.textContent ?? '')))
        .join('\n'),
    );
  }

  /** Puts the cursor at the end of the note and types, as a user would. */
  async typeAtEnd(text: string): Promise<void> {
    await this.editor.click();
    await this.page.keyboard.press('ControlOrMeta+End');
    await this.page.keyboard.type(text);
  }

  async waitUntilOpen(): Promise<void> {
    await this.editor.waitFor();
    await this.page.waitForFunction(() => {
      const status = document.querySelector('.note-status')?.textContent ?? '';
      return status !== '' && status !== 'Opening…';
    });
  }
}

/** Where the app keeps a note: `<workspace>/notes/<case>/<issue>.md`. */
export function noteFile(workspace: string, issueId: string, caseId = 'japan-trump'): string {
  return path.join(workspace, 'notes', caseId, `${issueId}.md`);
}

/** The note's text on disk, or null when there is no file. */
export async function readNote(workspace: string, issueId: string): Promise<string | null> {
  return readFile(noteFile(workspace, issueId), 'utf8').catch(() => null);
}

/** The conflict copies kept beside a note, with their text. */
export async function conflictCopies(
  workspace: string,
  issueId: string,
  caseId = 'japan-trump',
): Promise<{ name: string; text: string }[]> {
  const dir = path.dirname(noteFile(workspace, issueId, caseId));
  const names = (await readdir(dir)).filter((n) => n.startsWith(`${issueId}.conflict-`)).sort();
  return Promise.all(
    names.map(async (name) => ({ name, text: await readFile(path.join(dir, name), 'utf8') })),
  );
}
