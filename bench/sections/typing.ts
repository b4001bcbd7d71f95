/**
 * Typing into a 1 MB note: input to next paint, per keystroke, from Event Timing. Each entry's
 * `duration` runs from the key event's timestamp to the paint after its handlers, so it holds
 * the input delay, every handler, CodeMirror's measure pass, style, layout and paint. Entries
 * of one keystroke share an `interactionId`; a keystroke costs its longest entry. Chromium
 * reports entries of 16 ms or more only (`durationThreshold` cannot go lower), so a keystroke
 * without an entry is counted as 16 ms: the 95th percentile is an upper bound when it says 16.
 * The note is shown in the split view, editor beside its preview.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from '@playwright/test';
import { summarize, type Summary } from '../support/stats';
import { newContext } from '../support/app';

export interface TypingResult {
  readonly noteBytes: number;
  readonly keystrokes: number;
  /** The longest input-to-paint time of any keystroke, per run. */
  readonly longest: Summary;
  /** The 95th percentile over the keystrokes of each run (16 = at most 16). */
  readonly p95: Summary;
  /** Keystrokes over 16 ms, per run. */
  readonly over16: Summary;
}

/** Event Timing reports nothing below this, in ms. */
export const EVENT_TIMING_FLOOR = 16;

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;
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
  const p95: number[] = [];
  const over16: number[] = [];
  for (let run = 0; run < runs; run++) {
    const context = await newContext(browser, { viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await page.goto(url);
    const editor = page.locator('.cm-content').first();
    await editor.waitFor();
    await page.waitForFunction(() =>
      (document.querySelector('.cm-content')?.textContent ?? '').includes('Point 1'),
    );
    // Typing starts once the split view's preview has rendered the whole note (in slices, in
    // the background): the figure is the steady cost of a keystroke with the preview shown.
    await page
      .locator('.note-preview[aria-busy="false"]')
      .waitFor({ state: 'attached', timeout: 180_000 });
    await editor.click();
    await page.keyboard.press('Control+End');
    await page.evaluate((floor) => {
      const w = window as unknown as { keystrokeCosts: Map<number, number> };
      w.keystrokeCosts = new Map();
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as PerformanceEventTiming[]) {
          if (!entry.interactionId || !entry.name.startsWith('key')) continue;
          const had = w.keystrokeCosts.get(entry.interactionId) ?? 0;
          w.keystrokeCosts.set(entry.interactionId, Math.max(had, entry.duration));
        }
      }).observe({ type: 'event', durationThreshold: floor } as PerformanceObserverInit);
    }, EVENT_TIMING_FLOOR);
    await page.keyboard.type(
      ' and more text typed at the end'.repeat(Math.ceil(keystrokes / 31)).slice(0, keystrokes),
      { delay: 20 },
    );
    // Entries are delivered after the paint they wait for: give the last keystroke's time.
    await page.waitForTimeout(500);
    const measured = await page.evaluate(() => [
      ...(window as unknown as { keystrokeCosts: Map<number, number> }).keystrokeCosts.values(),
    ]);
    const all = [
      ...measured,
      ...Array.from(
        { length: Math.max(0, keystrokes - measured.length) },
        () => EVENT_TIMING_FLOOR,
      ),
    ];
    longest.push(Math.max(...all));
    p95.push(percentile(all, 0.95));
    over16.push(measured.filter((d) => d > EVENT_TIMING_FLOOR).length);
    await context.close();
  }
  return {
    noteBytes,
    keystrokes,
    longest: summarize(longest),
    p95: summarize(p95),
    over16: summarize(over16),
  };
}
