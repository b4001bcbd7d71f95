/**
 * Scale: opening the 10,000-claim case through the API, a search across 1,000 notes through the
 * API (from a page of the browser host, as the app calls them), and anchoring a quote that the
 * document lacks in 5 MB of text (core, in this process), which is the approximate search's
 * worst case: every candidate must be ruled out.
 */
import { readFile, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from '@playwright/test';
import type { Case } from '../../src/core/case/schema';
import { listEvidence } from '../../src/core/case/listEvidence';
import { anchorQuote } from '../../src/core/evidence/anchor/anchorQuote';
import { newContext, ROOT } from '../support/app';
import { repeat, type Summary } from '../support/stats';

type Api = Record<string, (...args: unknown[]) => Promise<unknown>>;

async function timeCall(page: Page, name: string, args: readonly unknown[]): Promise<number> {
  return page.evaluate(
    async ([method, callArgs]) => {
      const api = (window as unknown as { diptych: Api }).diptych;
      const t0 = performance.now();
      await api[method]!(...callArgs);
      return performance.now() - t0;
    },
    [name, args] as const,
  );
}

async function openPage(browser: Browser, url: string): Promise<Page> {
  const page = await (await newContext(browser)).newPage();
  await page.goto(url);
  await page.getByRole('navigation', { name: 'Issue areas' }).waitFor();
  return page;
}

/** `openCase` of the synthetic case, from the call to its parsed, checked result. */
export async function measureOpenLargeCase(
  browser: Browser,
  url: string,
  caseId: string,
  runs: number,
): Promise<Summary> {
  const page = await openPage(browser, url);
  await timeCall(page, 'openCase', [caseId]);
  const result = await repeat(runs, () => timeCall(page, 'openCase', [caseId]));
  await page.context().close();
  return result;
}

/** Writes `count` notes of a few KB each; only the last holds the word searched for. */
export async function writeManyNotes(workspace: string, count: number): Promise<string> {
  const dir = path.join(workspace, 'notes', 'japan-trump');
  await mkdir(dir, { recursive: true });
  const body =
    'Tokyo weighed the tariff threat against the alliance. The summit brought promises of ' +
    'investment, and the host-nation support talks were put off.\n\n';
  for (let i = 0; i < count; i++) {
    const tail = i === count - 1 ? 'A last word on semiconductors.\n' : '';
    await writeFile(
      path.join(dir, `note-${i + 1}.md`),
      `# Note ${i + 1}\n\n${body.repeat(20)}${tail}`,
    );
  }
  return 'semiconductors';
}

export async function measureNoteSearch(
  browser: Browser,
  url: string,
  query: string,
  runs: number,
): Promise<Summary> {
  const page = await openPage(browser, url);
  await timeCall(page, 'searchNotes', ['japan-trump', query]);
  const result = await repeat(runs, () => timeCall(page, 'searchNotes', ['japan-trump', query]));
  await page.context().close();
  return result;
}

export const ABSENT_QUOTE =
  'North Korea launched an intercontinental ballistic missile over Hokkaido in the autumn of ' +
  '2017, and Tokyo asked Washington for reassurance.';

/**
 * A 5 MB document made of the default case's quoted passages with their context, wrapped at
 * 70 columns and repeated: text on the very subject of the quote, the filter's hardest case.
 */
export async function largeDocument(bytes = 5_000_000): Promise<string> {
  const kase = JSON.parse(
    await readFile(path.join(ROOT, 'data/cases/japan-trump/case.json'), 'utf8'),
  ) as Case;
  const passages = [
    ...new Set(
      listEvidence(kase).map(
        ({ evidence: { selector: s } }) => `${s.prefix ?? ''}${s.exact}${s.suffix ?? ''}`,
      ),
    ),
  ];
  const block = passages.map((p) => p.replace(/(.{1,70})(\s|$)/g, '$1\n')).join('\n');
  if (block.includes(ABSENT_QUOTE)) throw new Error('the absent quote is in the document');
  let text = '';
  while (text.length < bytes) text += `${block}\n\n`;
  return text.slice(0, bytes);
}

/** Anchoring the absent quote, from the document's text to the answer "not found". */
export async function measureAnchorAbsent(runs: number): Promise<Summary> {
  const text = await largeDocument();
  const once = (): number => {
    const t0 = performance.now();
    const anchor = anchorQuote(text, { type: 'TextQuoteSelector', exact: ABSENT_QUOTE });
    if (anchor.quality !== 'notFound') throw new Error('the absent quote was found');
    return performance.now() - t0;
  };
  once();
  return repeat(runs, () => Promise.resolve(once()));
}
