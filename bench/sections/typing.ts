/**
 * Typing into a 1 MB note: the longest keystroke handler. Every keyboard and input event is
 * timed from a capture listener on window (first to run) to a bubble listener on window (last
 * to run), so the figure is the time all of the app's handlers for that event took.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from '@playwright/test';
import { summarize, type Summary } from '../support/stats';

export interface TypingResult {
  readonly noteBytes: number;
  readonly keystrokes: number;
  /** The longest handler time of any event, per run. */
  readonly longest: Summary;
}

export async function writeLargeNote(workspace: string, issueId: string): Promise<number> {
  // Shaped like an analyst's long note: headings, paragraphs of a few sentences, lists, links.
  const section = (i: number): string =>
    `## Point ${i}\n\n` +
    'Japan ramped up purchases of US defence equipment to defuse trade tensions, and the ' +
    'Host Nation Support talks of 2026 may bring *harsher* demands. See [[claim:x]] and ' +
    '[the commentary](https://example.org/a).\n\n' +
    '- tariffs on steel and aluminium\n- the 2% pledge and the 3% demands\n\n' +
    '> Ukraine today could be East Asia tomorrow.\n\n';
  let text = '# Notes\n\n';
  for (let i = 0; text.length < 1_000_000; i++) text += section(i);
  text = text.slice(0, 1_000_000);
  const dir = path.join(workspace, 'notes', 'japan-trump');
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, `${issueId}.md`), text);
  return Buffer.byteLength(text);
}

export async function measureTyping(
  browser: Browser,
  url: string,
  noteBytes: number,
  runs: number,
  keystrokes: number,
): Promise<TypingResult> {
  const longest: number[] = [];
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await page.addInitScript(() => {
      const durations: number[] = [];
      const starts = new Map<Event, number>();
      for (const type of ['keydown', 'keypress', 'beforeinput', 'input', 'keyup']) {
        window.addEventListener(type, (e) => starts.set(e, performance.now()), { capture: true });
        window.addEventListener(type, (e) => {
          const t0 = starts.get(e);
          if (t0 !== undefined) durations.push(performance.now() - t0);
          starts.delete(e);
        });
      }
      (window as unknown as { keystrokeDurations: number[] }).keystrokeDurations = durations;
    });
    await page.goto(url);
    const editor = page.locator('.cm-content').first();
    await editor.waitFor();
    await page.waitForFunction(() =>
      (document.querySelector('.cm-content')?.textContent ?? '').includes('Point 1'),
    );
    await editor.click();
    await page.keyboard.press('Control+End');
    await page.evaluate(() => {
      (window as unknown as { keystrokeDurations: number[] }).keystrokeDurations.length = 0;
    });
    await page.keyboard.type(
      ' and more text typed at the end'.repeat(Math.ceil(keystrokes / 31)).slice(0, keystrokes),
      {
        delay: 20,
      },
    );
    const durations = await page.evaluate(
      () => (window as unknown as { keystrokeDurations: number[] }).keystrokeDurations,
    );
    longest.push(Math.max(...durations));
    await context.close();
  }
  return { noteBytes, keystrokes, longest: summarize(longest) };
}
