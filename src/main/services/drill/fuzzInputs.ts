/**
 * Hostile arguments for every method of the contract: a fixed list plus values from a seeded
 * generator, each put in every argument position of an otherwise plausible call, and calls with
 * arguments missing or added. Each case says whether the contract's schema accepts it.
 */
import type { z } from 'zod';
import type { ContractShape } from '../../../core/api/define';
import { seededRng, type Rng } from './rng';

const MB = 1_048_576;

/** Built by JSON.parse so `__proto__` is an own key, as it would be when it crosses a transport. */
const pollution = (): unknown[] => [
  JSON.parse('{"__proto__": {"polluted": "yes"}}'),
  JSON.parse('{"constructor": {"prototype": {"polluted": "yes"}}}'),
  JSON.parse('{"id": "x", "__proto__": {"isAdmin": true}}'),
];

export function hostileValues(): unknown[] {
  return [
    null,
    true,
    0,
    -1,
    1e308,
    -1e308,
    Number.MAX_SAFE_INTEGER + 2,
    'NaN',
    'Infinity',
    '-0',
    '1e999',
    '',
    '../../../../etc/passwd',
    '..\\..\\..\\Windows\\System32',
    'case\0id',
    '/etc/passwd',
    'C:\\Windows',
    '%2e%2e%2f%2e%2e%2fetc%2fpasswd',
    '..%2f..%2f',
    'japan\u2010trump', // a Unicode hyphen that looks like '-'
    'j\u0430pan-trump', // Cyrillic a
    'ＪＡＰＡＮ',
    'japan-trump/../../x',
    'x'.repeat(MB + 1),
    ['japan-trump'],
    [[['deep']]],
    { id: 'japan-trump' },
    { toString: 'japan-trump' },
    ...pollution(),
  ];
}

/** A random JSON value: what a confused or malicious client might send. */
export function randomValue(rng: Rng, depth = 0): unknown {
  const kind = rng.int(depth > 2 ? 5 : 7);
  switch (kind) {
    case 0:
      return null;
    case 1:
      return rng.next() < 0.5;
    case 2:
      return rng.pick([rng.int(1e9) - 5e8, rng.next() * 1e300, -rng.next()]);
    case 3:
      return Array.from({ length: rng.int(40) }, () => String.fromCharCode(rng.int(0x3000))).join(
        '',
      );
    case 4:
      return rng.pick(['..', '/', '\\', '\0', '%00', '~', 'CON', 'aux.md']).repeat(1 + rng.int(5));
    case 5:
      return Array.from({ length: rng.int(4) }, () => randomValue(rng, depth + 1));
    default: {
      const out: Record<string, unknown> = {};
      for (let i = rng.int(4); i > 0; i -= 1) {
        out[rng.pick(['id', 'text', 'schemaVersion', 'verdict', 'x'])] = randomValue(
          rng,
          depth + 1,
        );
      }
      return out;
    }
  }
}

export interface FuzzCase {
  readonly method: string;
  readonly label: string;
  readonly args: unknown[];
  /** Whether the contract's argument schema accepts these arguments. */
  readonly accepted: boolean;
}

const PLAUSIBLE: readonly unknown[] = ['japan-trump', 'absent', 'japan-trump-x.csv', 'x.txt', ''];

function itemsOf(tuple: z.ZodTuple): readonly z.ZodType[] {
  return (tuple as unknown as { def: { items: readonly z.ZodType[] } }).def.items;
}

/** Every case for every method, in a fixed order for a given seed. */
export function fuzzCases(
  contract: ContractShape,
  seed = 20240607,
  randomPerPosition = 6,
): FuzzCase[] {
  const rng = seededRng(seed);
  const cases: FuzzCase[] = [];
  for (const [method, spec] of Object.entries(contract.methods)) {
    const items = itemsOf(spec.args);
    // Each other position holds a value it accepts where one is at hand, so a refusal is about
    // the position under test.
    const base = items.map(
      (schema) => PLAUSIBLE.find((v) => schema.safeParse(v).success) ?? 'japan-trump',
    );
    const add = (label: string, args: unknown[]): void => {
      cases.push({ method, label, args, accepted: spec.args.safeParse(args).success });
    };
    items.forEach((_schema, position) => {
      hostileValues().forEach((value, i) => {
        add(
          `arg ${position + 1}: hostile #${i}`,
          base.map((b, j) => (j === position ? value : b)),
        );
      });
      for (let i = 0; i < randomPerPosition; i += 1) {
        const value = randomValue(rng);
        add(
          `arg ${position + 1}: random #${i}`,
          base.map((b, j) => (j === position ? value : b)),
        );
      }
    });
    if (items.length > 0) {
      add('no arguments', []);
      add('one argument missing', base.slice(0, -1));
    }
    add('an extra argument', [...base, 'extra']);
    add('an extra polluting argument', [...base, ...pollution().slice(0, 1)]);
  }
  return cases;
}
