/**
 * Hostile arguments for every method of the contract: a fixed list plus values from a seeded
 * generator, each put in every argument position of a call that succeeds, and calls with
 * arguments missing or added. Each case says whether the contract's schema accepts it.
 */
import type { z } from 'zod';
import type { ContractShape } from '../../../core/api/define';
import type { Rng } from './rng';

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

const FIELD_VALUES: readonly unknown[] = ['../../../../etc/passwd', '', null, 'nul', ['x']];

export interface FuzzCase {
  readonly method: string;
  readonly label: string;
  readonly args: unknown[];
  /** Whether the contract's argument schema accepts these arguments. */
  readonly accepted: boolean;
}

function itemsOf(tuple: z.ZodTuple): readonly z.ZodType[] {
  return (tuple as unknown as { def: { items: readonly z.ZodType[] } }).def.items;
}

/**
 * The cases of one method, from a call that succeeds (`base`): each hostile or random value put
 * in one position while the others keep their base value, so a refusal is about that position;
 * then calls with arguments missing or added. In a fixed order for a given generator.
 */
export function methodCases(
  contract: ContractShape,
  method: string,
  base: readonly unknown[],
  rng: Rng,
  randomPerPosition = 6,
): FuzzCase[] {
  const spec = contract.methods[method];
  if (!spec) throw new Error(`the contract has no method ${method}`);
  const items = itemsOf(spec.args);
  const cases: FuzzCase[] = [];
  const add = (label: string, args: unknown[]): void => {
    cases.push({ method, label, args, accepted: spec.args.safeParse(args).success });
  };
  const varied = (position: number, value: unknown) =>
    base.map((b, j) => (j === position ? value : b));
  items.forEach((_schema, position) => {
    hostileValues().forEach((value, i) => {
      add(`arg ${position + 1}: hostile #${i}`, varied(position, value));
    });
    for (let i = 0; i < randomPerPosition; i += 1) {
      add(`arg ${position + 1}: random #${i}`, varied(position, randomValue(rng)));
    }
  });
  // An object argument is also varied one field at a time, and with a field it does not know.
  base.forEach((arg, position) => {
    if (arg === null || typeof arg !== 'object' || Array.isArray(arg)) return;
    for (const key of [...Object.keys(arg), 'unknownField']) {
      FIELD_VALUES.forEach((value, i) => {
        add(`arg ${position + 1}.${key}: #${i}`, varied(position, { ...arg, [key]: value }));
      });
    }
  });
  if (items.length > 0) {
    add('no arguments', []);
    add('one argument missing', base.slice(0, -1));
  }
  add('an extra argument', [...base, 'extra']);
  add('an extra polluting argument', [...base, ...pollution().slice(0, 1)]);
  return cases;
}
