import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { Case } from './schema';
import { summarizeCase } from './summary';

const VALID = fileURLToPath(
  new URL('../../../test/fixtures/cases/valid/case.json', import.meta.url),
);

it('summarizes a case by id, title and counts', () => {
  const c = Case.parse(JSON.parse(readFileSync(VALID, 'utf8')));
  expect(summarizeCase(c)).toEqual({
    id: 'valid',
    title: 'A small valid case',
    issueCount: 1,
    claimCount: 2,
  });
});
