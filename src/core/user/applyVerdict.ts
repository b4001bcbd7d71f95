/**
 * Setting or clearing one verdict in a user layer, with its history. Pure: the store applies it
 * to the layer as read from disk.
 */
import type { UserLayer } from './schema';
import {
  MAX_VERDICT_CHANGES,
  VerdictInput,
  verdictKey,
  type PeriodPair,
  type VerdictChange,
  type VerdictEntry,
  type VerdictHistory,
} from './verdict';

/**
 * The layer after setting (or, with `null`, clearing) the verdict of a row for one ordered pair;
 * `undefined` when nothing changes. Only that pair's verdict is touched. A new kind or a clear
 * adds a change to the history; a new rationale under the same kind amends the latest change,
 * since the rationale is saved as it is typed. A clear keeps the history, so a judgement that was
 * withdrawn can still be seen.
 */
export function applyVerdict(
  layer: UserLayer,
  where: { readonly issue: string; readonly dimension: string; readonly pair: PeriodPair },
  input: VerdictInput | null,
  at: string,
): UserLayer | undefined {
  const key = verdictKey(where.issue, where.dimension, where.pair);
  const index = layer.verdicts.findIndex((v) => verdictKey(v.issue, v.dimension, v.pair) === key);
  const current = index === -1 ? undefined : layer.verdicts[index];
  const base = { issue: where.issue, dimension: where.dimension, pair: { ...where.pair } };

  if (input === null) {
    if (!current) return undefined;
    return {
      ...layer,
      verdicts: layer.verdicts.filter((_, i) => i !== index),
      verdictHistory: withChange(layer.verdictHistory, key, base, current, { verdict: null, at }),
    };
  }

  const parsed = VerdictInput.parse(input);
  if (current && current.verdict === parsed.verdict && current.rationale === parsed.rationale) {
    return undefined;
  }
  const entry: VerdictEntry = { ...base, ...parsed, updatedAt: at };
  const verdicts = index === -1 ? [...layer.verdicts, entry] : layer.verdicts.with(index, entry);
  const change = changeOf(entry);
  return {
    ...layer,
    verdicts,
    verdictHistory: withChange(layer.verdictHistory, key, base, current, change),
  };
}

function withChange(
  all: readonly VerdictHistory[],
  key: string,
  base: Omit<VerdictHistory, 'changes'>,
  current: VerdictEntry | undefined,
  change: VerdictChange,
): VerdictHistory[] {
  const index = all.findIndex((h) => verdictKey(h.issue, h.dimension, h.pair) === key);
  const found = index === -1 ? undefined : all[index];
  // A verdict without a history (written by hand) first records what it was.
  let changes: VerdictChange[] = found ? [...found.changes] : current ? [changeOf(current)] : [];
  const last = changes[changes.length - 1];
  if (last && change.verdict !== null && last.verdict === change.verdict) {
    const { rationale: _r, ...kept } = last;
    changes[changes.length - 1] = {
      ...kept,
      ...(change.rationale === undefined ? {} : { rationale: change.rationale }),
    };
  } else {
    changes.push(change);
  }
  changes = changes.slice(-MAX_VERDICT_CHANGES);
  const next: VerdictHistory = { ...base, changes };
  return index === -1 ? [...all, next] : all.with(index, next);
}

function changeOf(v: VerdictEntry): VerdictChange {
  return {
    verdict: v.verdict,
    ...(v.rationale === '' ? {} : { rationale: v.rationale }),
    at: v.updatedAt,
  };
}
