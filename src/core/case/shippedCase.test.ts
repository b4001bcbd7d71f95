import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { caseJsonSchema } from './caseJsonSchema';
import { cleanReading } from './cleanReading';
import { listEvidence } from './listEvidence';
import { checkQuotesAgainstSource } from './quoteCheck';
import { validateCase } from './validate';

const at = (relative: string): string =>
  fileURLToPath(new URL(`../../../${relative}`, import.meta.url));

const FILE = 'japan-trump/case.json';
const raw: unknown = JSON.parse(readFileSync(at(`data/cases/${FILE}`), 'utf8'));
// The curator's copy of the source text sits beside the repository and is never shipped.
const SOURCE_TEXT = at('../shared/sources/hughes-japan-trump2-rsis.txt');
const sourceAbsent = !existsSync(SOURCE_TEXT);

describe('the shipped japan-trump case', () => {
  const { case: c, problems } = validateCase(raw, FILE);

  it('validates with zero problems', () => {
    expect(problems).toEqual([]);
    expect(c).toBeDefined();
  });

  it('compares Trump 1.0 with Trump 2.0 by default, with Biden between', () => {
    expect(c?.defaultComparison).toEqual(['trump1', 'trump2']);
    expect(c?.periods.map((p) => [p.id, p.start, p.end])).toEqual([
      ['trump1', '2017-01-20', '2021-01-20'],
      ['biden', '2021-01-20', '2025-01-20'],
      ['trump2', '2025-01-20', null],
    ]);
    const issues = c?.issues.map((i) => i.id) ?? [];
    expect(issues).toEqual(
      expect.arrayContaining(['trade', 'burden-sharing', 'north-korea', 'minilateralism']),
    );
  });

  it('anchors every quote with a prefix, a suffix and a locator', () => {
    const unanchored = listEvidence(c!)
      .filter(({ evidence: e }) => !e.selector.prefix || !e.selector.suffix || !e.locator)
      .map(({ path }) => path.join('.'));
    expect(unanchored).toEqual([]);
  });

  it('records no URL and no stated date for a source that gives neither', () => {
    const [source] = c?.sources ?? [];
    expect(source?.url).toBeUndefined();
    expect(source?.date).toMatchObject({ inferred: true, notBefore: '2025-03' });
    expect(source?.date?.stated).toBeUndefined();
  });

  it.skipIf(sourceAbsent)(
    'quotes its source verbatim (skipped when the source text is not on this machine)',
    () => {
      const clean = cleanReading(readFileSync(SOURCE_TEXT, 'utf8'));
      expect(checkQuotesAgainstSource(c!, FILE, 'hughes-rsis', clean)).toEqual([]);
    },
  );
});

it('data/schema/case.schema.json is up to date with the zod schema (npm run schema)', () => {
  const written: unknown = JSON.parse(readFileSync(at('data/schema/case.schema.json'), 'utf8'));
  expect(written).toEqual(caseJsonSchema());
});
