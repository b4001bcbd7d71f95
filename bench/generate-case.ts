/**
 * Writes a synthetic case of N claims, for benchmarks: deterministic for a given seed, valid
 * under the same checks as the shipped case, and shaped like it (three periods, issue areas of
 * three to seven dimensions, claims of every modality with quotes, actors and tags).
 *
 *   npx tsx bench/generate-case.ts <cases-dir> [claims=10000] [--seed 1] [--id synthetic]
 *
 * writes `<cases-dir>/<id>/case.json`; pass `<cases-dir>` to a host as `--cases`.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatProblem } from '../src/core/case/problem';
import type { Case, Claim, Measure, Modality, Period } from '../src/core/case/schema';
import { validateCase } from '../src/core/case/validate';

/** mulberry32: a small, fast, seedable generator; the same seed gives the same case. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'alliance tariffs investment summit pressure deterrence burden support bases spending ' +
  'negotiation leverage partnership security economy supply chains steel autos semiconductors ' +
  'reassurance hedging autonomy diplomacy coordination command integration exercises missiles ' +
  'sanctions dialogue outreach trade framework standards cooperation posture commitment ' +
  'reliability credibility unpredictability demands concessions purchases equipment budget ' +
  'target rules order region maritime strait peninsula summitry ties leaders ministers'
).split(' ');
const ACTORS = [
  'Japan',
  'United States',
  'China',
  'South Korea',
  'North Korea',
  'Australia',
  'India',
  'Taiwan',
  'Russia',
  'European Union',
  'United Kingdom',
  'Philippines',
  'ASEAN',
  'NATO',
  'Prime Minister',
  'President',
  'Defence Minister',
  'Foreign Minister',
  'Trade Representative',
  'Congress',
  'Diet',
  'Nippon Steel',
  'Toyota',
  'Pentagon',
  'State Department',
];
const TAGS = Array.from({ length: 60 }, (_, i) => `${WORDS[i % WORDS.length]}-${i}`);
const MODALITIES: readonly [Modality, number][] = [
  ['fact', 0.38],
  ['statement', 0.17],
  ['expectation', 0.27],
  ['assessment', 0.18],
];
const PERIODS: Period[] = [
  { id: 'trump1', label: 'Trump 1.0', start: '2017-01-20', end: '2021-01-20' },
  { id: 'biden', label: 'Biden', start: '2021-01-20', end: '2025-01-20' },
  { id: 'trump2', label: 'Trump 2.0', start: '2025-01-20', end: null },
];
const PERIOD_WEIGHTS: readonly [string, number][] = [
  ['trump1', 0.35],
  ['biden', 0.2],
  ['trump2', 0.45],
];
/** The last day a date in an ongoing period may take. */
const OPEN_END = '2025-12-31';

export function generateCase(claimCount: number, seed: number, id: string): Case {
  const rnd = random(seed);
  const int = (lo: number, hi: number): number => lo + Math.floor(rnd() * (hi - lo + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)]!;
  const weighted = <T>(items: readonly (readonly [T, number])[]): T => {
    let r = rnd();
    for (const [item, w] of items) if ((r -= w) <= 0) return item;
    return items[items.length - 1]![0];
  };
  const words = (n: number): string => Array.from({ length: n }, () => pick(WORDS)).join(' ');
  const sentence = (n: number): string => {
    const text = words(n);
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
  };
  const dateIn = (period: Period): string => {
    const from = Date.parse(period.start);
    const to = Date.parse(period.end ?? OPEN_END);
    return new Date(from + rnd() * (to - from)).toISOString().slice(0, 10);
  };

  const issueCount = Math.max(4, Math.round(claimCount / 400));
  const issues = Array.from({ length: issueCount }, (_, i) => ({
    id: `issue-${i + 1}`,
    label: `Issue area ${i + 1}: ${words(2)}`,
    description: sentence(int(8, 16)),
    dimensions: Array.from({ length: int(3, 7) }, (_, d) => ({
      id: `dim-${d + 1}`,
      label: `Dimension ${d + 1}: ${words(int(2, 4))}`,
    })),
  }));
  // Some issue areas hold far more claims than others, as in a real commentary.
  const issueWeights = issues.map((issue, i) => [issue, 1 / (1 + (i % 5))] as const);
  const totalWeight = issueWeights.reduce((sum, [, w]) => sum + w, 0);
  const normalised = issueWeights.map(([issue, w]) => [issue, w / totalWeight] as const);

  const claims: Claim[] = Array.from({ length: claimCount }, (_, n) => {
    const issue = weighted(normalised);
    const periodId = weighted(PERIOD_WEIGHTS);
    const period = PERIODS.find((p) => p.id === periodId)!;
    const claim: Claim = {
      id: `claim-${n + 1}`,
      issue: issue.id,
      dimension: pick(issue.dimensions).id,
      period: period.id,
      modality: weighted(MODALITIES),
      statement: sentence(int(8, 30)),
      actors: [...new Set(Array.from({ length: int(1, 3) }, () => pick(ACTORS)))],
      tags: [...new Set(Array.from({ length: int(0, 3) }, () => pick(TAGS)))],
      evidence: {
        source: 'synthetic-source',
        selector: {
          type: 'TextQuoteSelector',
          exact: sentence(int(10, 40)),
          prefix: `${words(5)} `,
          suffix: ` ${words(5)}`,
        },
        locator: `Section ${int(1, 12)}, paragraph ${int(1, 9)}`,
      },
    };
    if (rnd() < 0.6) claim.date = dateIn(period);
    return claim;
  });

  const measures: Measure[] = issues.map((issue, i) => ({
    id: `measure-${i + 1}`,
    issue: issue.id,
    label: `Spending on ${words(2)}`,
    unit: { kind: 'money', currency: 'USD' },
    basis: 'annual',
    points: PERIODS.map((period, p) => ({
      id: `measure-${i + 1}-point-${p + 1}`,
      period: period.id,
      date: dateIn(period).slice(0, 4),
      value: int(1, 90) * 1e9,
      bound: 'exact',
      role: 'outcome',
      evidence: {
        source: 'synthetic-source',
        selector: { type: 'TextQuoteSelector', exact: sentence(int(8, 20)) },
      },
    })),
  }));

  return {
    schemaVersion: 1,
    id,
    title: `Synthetic case of ${claimCount} claims (seed ${seed})`,
    description: 'Generated for benchmarks; its text is random words.',
    defaultComparison: ['trump1', 'trump2'],
    periods: PERIODS,
    issues,
    sources: [
      {
        id: 'synthetic-source',
        type: 'report',
        authors: [{ family: 'Generator', given: 'Synthetic' }],
        title: 'A synthetic source',
        publisher: 'Diptych benchmarks',
        date: { stated: '2025-06', inferred: false, note: 'Generated.' },
      },
    ],
    claims,
    measures,
  };
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    options: { seed: { type: 'string', default: '1' }, id: { type: 'string' } },
    allowPositionals: true,
  });
  const [dir, countText = '10000'] = positionals;
  const count = Number(countText);
  const seed = Number(values.seed);
  if (!dir || !Number.isInteger(count) || count < 1 || !Number.isInteger(seed)) {
    process.stderr.write(
      'usage: npx tsx bench/generate-case.ts <cases-dir> [claims] [--seed N] [--id ID]\n',
    );
    process.exit(2);
  }
  const id = values.id ?? `synthetic-${count}`;
  const kase = generateCase(count, seed, id);
  const { problems } = validateCase(JSON.parse(JSON.stringify(kase)), `${id}/case.json`);
  if (problems.length > 0) {
    process.stderr.write(
      `The generated case is invalid:\n${problems.map(formatProblem).join('\n')}\n`,
    );
    process.exit(1);
  }
  const file = path.join(path.resolve(dir), id, 'case.json');
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify(kase)}\n`);
  process.stdout.write(`${file}: ${count} claims in ${kase.issues.length} issue areas\n`);
}

if (require.main === module) {
  void main();
}
