import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  ClaimInput,
  DimensionInput,
  IssueInput,
  MeasureDraft,
  PointInput,
  SourceInput,
} from '../../../core/user/items';
import { fieldErrors } from './formErrors';
import { plainError } from './plainError';

/** What zod says by default, which must never reach a form. */
const JARGON = /expected|>=|<=|Too small|Too big|Invalid input|NaN|undefined|atLeast|orMore/;

/** Every form's schema, each with inputs a form can send that are wrong in a different way. */
const FORMS: readonly [string, z.ZodType, readonly unknown[]][] = [
  [
    'new issue area',
    IssueInput,
    [
      { label: '', dimensions: [{ label: '' }] },
      { label: 'x'.repeat(5000), dimensions: [] },
    ],
  ],
  ['new row', DimensionInput, [{ label: '' }, {}]],
  [
    'new source',
    SourceInput,
    [
      { type: 'report', title: '' },
      { type: 'nonsense', title: 'T', url: 'not a url' },
    ],
  ],
  ['claim', ClaimInput, [{}, { statement: '', issue: '', dimension: '', period: '' }]],
  ['point', PointInput, [{}, { value: Number.NaN, date: 'x' }]],
  ['new measure', MeasureDraft, [{}, { issue: 'Bad Id!', label: '' }]],
];

describe('every form says in plain words what is wrong', () => {
  for (const [form, schema, inputs] of FORMS) {
    it(`${form}: no message in zod's own words`, () => {
      for (const input of inputs) {
        const parsed = schema.safeParse(input, { error: plainError });
        expect(parsed.success).toBe(false);
        const messages = Object.values(fieldErrors(parsed.error!));
        expect(messages.length).toBeGreaterThan(0);
        for (const message of messages) expect(message).not.toMatch(JARGON);
      }
    });
  }

  it('names what an empty name lacks, not the length of a string', () => {
    const parsed = IssueInput.safeParse(
      { label: '', dimensions: [{ label: 'r' }] },
      { error: plainError },
    );
    expect(fieldErrors(parsed.error!)['label']).toBe('Required: write something here.');
  });

  it('keeps the message a schema states itself', () => {
    const parsed = SourceInput.safeParse({ type: 'report', title: '' }, { error: plainError });
    expect(fieldErrors(parsed.error!)['title']).toBe('a source needs a title');
  });

  it('says what a number field wants', () => {
    expect(plainError({ code: 'invalid_type', expected: 'number', input: 'abc', path: [] })).toBe(
      'Must be a number, such as 42 or 3.5.',
    );
    expect(
      plainError({
        code: 'too_small',
        origin: 'number',
        minimum: 0,
        inclusive: true,
        input: -1,
        path: [],
      }),
    ).toBe('Must be at least 0.');
  });
});
