/** Summary statistics of repeated measurements. */
export interface Summary {
  readonly runs: number;
  readonly min: number;
  readonly median: number;
  readonly max: number;
}

export function summarize(values: readonly number[]): Summary {
  if (values.length === 0) throw new Error('no measurements');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { runs: values.length, min: sorted[0]!, median, max: sorted[sorted.length - 1]! };
}

export async function repeat(
  times: number,
  measure: (i: number) => Promise<number>,
): Promise<Summary> {
  const values: number[] = [];
  for (let i = 0; i < times; i++) values.push(await measure(i));
  return summarize(values);
}
