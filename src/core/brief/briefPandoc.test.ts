/**
 * The Markdown zip as its reader uses it: unpacked into a folder and run through
 * `pandoc --citeproc`, which must find every cited key in `sources.json` and format it in the
 * style shipped beside it.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { CitationStyle } from '../citation/citationStyles';
import { briefMarkdownZip } from './briefMarkdown';
import { buildBrief } from './buildBrief';
import { briefInput } from './testing/briefFixtures';

vi.setConfig({ testTimeout: 180_000 });

const pandoc = spawnSync('pandoc', ['--version'], { encoding: 'utf8' });
const hasPandoc = pandoc.status === 0;
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const note = [
  '## Reading',
  'Quote: [[claim:trump1-steel-aluminium-tariffs]]; compare [@smith2019, p. 9] and [@nobody].',
  'As [@hughes-rsis, p. 2] says.',
].join('\n\n');

/** Unpacks the brief's zip in a new folder and runs Pandoc in it, as its README says. */
function throughPandoc(style: CitationStyle): { out: string; warnings: string } {
  const input = briefInput({ notes: new Map([['trade', note]]) }, style);
  const brief = buildBrief(input);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'diptych-pandoc-'));
  dirs.push(dir);
  for (const [name, bytes] of Object.entries(
    unzipSync(briefMarkdownZip(brief, input.files.style)),
  )) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), bytes);
  }
  const run = spawnSync('pandoc', ['--citeproc', 'brief.md', '-t', 'plain', '--wrap=none'], {
    cwd: dir,
    encoding: 'utf8',
  });
  expect(run.status, run.stderr).toBe(0);
  return { out: run.stdout, warnings: run.stderr };
}

describe.skipIf(!hasPandoc)(
  `the Markdown zip through ${hasPandoc ? pandoc.stdout.split('\n')[0] : 'pandoc (not installed: apt-get install pandoc)'}`,
  () => {
    it('resolves every citation against sources.json and writes the APA bibliography', () => {
      const { out, warnings } = throughPandoc('apa');
      expect(warnings).not.toMatch(/not found|WARNING/i);
      // Pandoc leaves a key it cannot resolve as `[@key]` or `(key?)`; only the flagged one stays.
      expect(out.replace('[@nobody] (unknown source)', '')).not.toMatch(/\[-?@|\?\)/);
      expect(out).toContain('(Smith, 2019, p. 9)');
      expect(out).toContain('(Hughes, n.d.; in or after March 2025, inferred, p. 2)');
      expect(out).toContain('[@nobody] (unknown source)');
      const references = out.slice(out.lastIndexOf('References'));
      expect(references).toContain(
        'Smith, J. (2019). Alliance Politics in East Asia. International Security, 43(2), 7–44.',
      );
      expect(references).toMatch(/Hughes, C\. W\. \(n\.d\.; in or after March 2025, inferred\)\./);
    });

    it('makes a note style’s citations footnotes and titles its bibliography', () => {
      const { out, warnings } = throughPandoc('chicago-notes-bibliography');
      expect(warnings).not.toMatch(/not found|WARNING/i);
      // Pandoc leaves a key it cannot resolve as `[@key]` or `(key?)`; only the flagged one stays.
      expect(out.replace('[@nobody] (unknown source)', '')).not.toMatch(/\[-?@|\?\)/);
      expect(out).toMatch(/\[\d+\]/);
      expect(out).toContain(
        'Jane Smith, “Alliance Politics in East Asia,” International Security 43, no. 2 (2019): 9.',
      );
      const bibliography = out.slice(out.lastIndexOf('Bibliography'));
      expect(bibliography).toContain('Smith, Jane. “Alliance Politics in East Asia.”');
    });
  },
);
