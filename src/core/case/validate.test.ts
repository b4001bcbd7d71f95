import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatProblem } from './problem';
import { validateCase } from './validate';

const FIXTURES = fileURLToPath(new URL('../../../test/fixtures/cases/', import.meta.url));

/** Validates test/fixtures/cases/<name>/case.json, named as the loader would name it. */
function validateFixture(name: string) {
  const file = `${name}/case.json`;
  return validateCase(JSON.parse(readFileSync(FIXTURES + file, 'utf8')), file);
}

describe('validateCase', () => {
  it('accepts the valid fixture and returns the parsed case', () => {
    const result = validateFixture('valid');
    expect(result.problems).toEqual([]);
    expect(result.case?.id).toBe('valid');
    // Defaults are filled in on parse.
    expect(result.case?.claims[1]?.tags).toEqual([]);
  });

  it('turns a schema error into a problem with the JSON path of the bad field', () => {
    const result = validateFixture('schema-error');
    expect(result.case).toBeUndefined();
    expect(result.problems).toEqual([
      {
        file: 'schema-error/case.json',
        path: '$.claims[1].modality',
        message: expect.stringContaining('"fact"|"statement"|"expectation"|"assessment"'),
      },
    ]);
  });

  it('names schemaVersion when it is missing', () => {
    const { problems } = validateFixture('schema-version-missing');
    expect(problems).toHaveLength(1);
    const line = formatProblem(problems[0]!);
    expect(line).toMatch(/^schema-version-missing\/case\.json at \$\.schemaVersion: /);
    expect(line).toMatch(/schemaVersion is missing; .*schemaVersion 1$/);
  });

  it('refuses an unknown schemaVersion with a message naming the field and the version', () => {
    const { problems } = validateFixture('schema-version-unknown');
    expect(problems).toEqual([
      {
        file: 'schema-version-unknown/case.json',
        path: '$.schemaVersion',
        message: expect.stringMatching(/^schemaVersion 2 is not supported .*schemaVersion 1$/),
      },
    ]);
  });

  it('reports duplicate ids, pointing at the first use', () => {
    const { problems } = validateFixture('duplicate-ids');
    expect(problems.map((p) => [p.path, p.message])).toEqual([
      ['$.claims[1].id', "duplicate claim id 'tariffs-first' (first used at $.claims[0].id)"],
      [
        '$.issues[0].dimensions[1].id',
        "duplicate dimension id 'tariffs' (first used at $.issues[0].dimensions[0].id)",
      ],
    ]);
  });

  it.each([
    ['dangling-claim-issue', '$.claims[0].issue', "unknown issue 'security'"],
    [
      'dangling-claim-dimension',
      '$.claims[0].dimension',
      "unknown dimension 'quotas' in issue 'trade'",
    ],
    ['dangling-claim-period', '$.claims[1].period', "unknown period 'third'"],
    ['dangling-evidence-source', '$.claims[0].evidence.source', "unknown source 'elsewhere'"],
    ['dangling-measure-issue', '$.measures[0].issue', "unknown issue 'security'"],
    [
      'dangling-measure-dimension',
      '$.measures[0].dimension',
      "unknown dimension 'quotas' in issue 'trade'",
    ],
    ['dangling-point-period', '$.measures[0].points[0].period', "unknown period 'third'"],
    [
      'dangling-derived-input',
      '$.measures[0].points[1].derived.inputs[0]',
      "unknown point 'purchases-2018' in measure 'purchases'",
    ],
    ['dangling-default-comparison', '$.defaultComparison[1]', "unknown period 'third'"],
  ])('reports a dangling reference: %s', (fixture, path, message) => {
    const result = validateFixture(fixture);
    expect(result.case).toBeUndefined();
    expect(result.problems).toEqual([{ file: `${fixture}/case.json`, path, message }]);
  });

  it('reports a date outside its period when no dateNote says why', () => {
    const { problems } = validateFixture('date-outside-period');
    expect(problems).toEqual([
      {
        file: 'date-outside-period/case.json',
        path: '$.claims[0].date',
        message: expect.stringContaining(
          "date '2023-06' lies outside period 'first' (2017-01-20 to 2021-01-20)",
        ),
      },
    ]);
  });

  it.each([
    [
      'a quote longer than 50 words',
      'quote-too-long',
      '$.claims[1].evidence.selector.exact',
      'quote has 55 words; at most 50 are allowed',
    ],
    [
      'a quote of two sentences',
      'quote-two-sentences',
      '$.claims[1].evidence.selector.exact',
      expect.stringContaining('quote spans more than one sentence'),
    ],
    [
      'a derived point that does not recompute to its stated value',
      'derived-mismatch',
      '$.measures[0].points[1].value',
      'derived value 80000000000 does not recompute: (700000000000) ÷ 10 = 70000000000',
    ],
  ])('reports %s, by file and path', (_, fixture, path, message) => {
    expect(validateFixture(fixture).problems).toEqual([
      { file: `${fixture}/case.json`, path, message },
    ]);
  });

  it('reports a file that is not a JSON object', () => {
    expect(validateCase([], 'list.json').problems).toEqual([
      { file: 'list.json', path: '$', message: 'a case file must hold a JSON object' },
    ]);
  });
});

describe('validateCase on variations of the valid fixture', () => {
  const valid = (): Record<string, unknown> & {
    claims: Record<string, unknown>[];
    measures: { points: Record<string, unknown>[] }[];
  } => JSON.parse(readFileSync(`${FIXTURES}valid/case.json`, 'utf8'));
  /** The first measure's first two points, which a test breaks in place. */
  const firstTwoPoints = (c: ReturnType<typeof valid>) =>
    c.measures[0]!.points as [Record<string, unknown>, Record<string, unknown>];

  it('accepts a date outside its period when dateNote gives the reason', () => {
    const c = valid();
    c.claims[0]!.date = '2023';
    c.claims[0]!.dateNote = 'Reported in this period, dated later.';
    expect(validateCase(c, 'x.json').problems).toEqual([]);
  });

  it('reports a span whose end comes before its start, and a day the calendar lacks', () => {
    const c = valid();
    c.claims[0]!.date = '2019-02-30';
    c.claims[1]!.date = '2026';
    c.claims[1]!.dateEnd = '2025';
    expect(validateCase(c, 'x.json').problems.map((p) => [p.path, p.message])).toEqual([
      ['$.claims[0].date', "date '2019-02-30' is not a calendar date"],
      ['$.claims[1].dateEnd', "dateEnd '2025' comes before date '2026'"],
    ]);
  });

  it('reports quote text left over from the extraction', () => {
    const c = valid();
    (c.claims[1]!.evidence as { selector: { exact: string } }).selector.exact =
      'a high of ¥700 billion (US\\$4.65 billion)';
    expect(validateCase(c, 'x.json').problems).toEqual([
      {
        file: 'x.json',
        path: '$.claims[1].evidence.selector.exact',
        message: 'contains the escaped dollar sign \\$; quote the clean reading',
      },
    ]);
  });

  it('reports a derived point that depends on itself through another', () => {
    const c = valid();
    const [stated, derived] = firstTwoPoints(c);
    delete stated.evidence;
    stated.value = 700e9;
    stated.derived = {
      ...(derived.derived as object),
      operation: 'multiply',
      inputs: [derived.id],
    };
    const paths = validateCase(c, 'x.json').problems.map((p) => p.path);
    expect(paths).toEqual([
      '$.measures[0].points[0].derived.inputs',
      '$.measures[0].points[1].derived.inputs',
    ]);
  });

  it('accepts a point outside every period when it names none', () => {
    const c = valid();
    const baseline = c.measures[0]!.points[1]!;
    delete baseline.period;
    delete baseline.dateNote;
    expect(validateCase(c, 'x.json').problems).toEqual([]);
  });

  it('refuses a point without a period whose date falls in one, or that has no date', () => {
    const c = valid();
    const [stated, baseline] = firstTwoPoints(c);
    delete stated.period;
    delete baseline.period;
    delete baseline.date;
    expect(validateCase(c, 'x.json').problems.map((p) => [p.path, p.message])).toEqual([
      [
        '$.measures[0].points[0].period',
        "date '2019' falls in period 'first' (2017-01-20 to 2021-01-20); file the point under it",
      ],
      [
        '$.measures[0].points[1].period',
        'a point without a period needs a date showing that it lies outside every period',
      ],
    ]);
  });
});
