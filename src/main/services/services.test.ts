import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contract } from '../../core/api/contract';
import { openServices } from './drill/drillServices';
import type { Services } from './services';

let root: string;
let services: Services;
beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'diptych-services-'));
  services = await openServices(root);
});
afterEach(() => rm(root, { recursive: true, force: true }));

const verdict = { verdict: 'continuity' as const, rationale: '' };
/** Saves a continuity verdict on the shipped case's trade/tariffs row for `pair`. */
const saveTariffs = (pair: { from: string; to: string }) =>
  services.handlers.saveVerdict('japan-trump', 'trade', 'tariffs', pair, verdict);

describe('saving a verdict for a pair of periods', () => {
  it('saves for a pair of the case, and refuses a period the case does not have', async () => {
    const saved = await saveTariffs({ from: 'biden', to: 'trump2' });
    expect(saved.layer.verdicts).toHaveLength(1);
    await expect(saveTariffs({ from: 'trump3', to: 'trump2' })).rejects.toMatchObject({
      code: 'not-found',
      message: expect.stringContaining('trump3'),
    });
    const layer = await services.handlers.openCase('japan-trump');
    expect(layer.user.layer.verdicts.map((v) => v.pair)).toEqual([{ from: 'biden', to: 'trump2' }]);
  });

  it('refuses at the contract a pair that compares a period with itself', () => {
    const args = ['japan-trump', 'trade', 'tariffs', { from: 'trump2', to: 'trump2' }, verdict];
    const parsed = contract.methods.saveVerdict.args.safeParse(args);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toBe('a verdict compares two different periods');
    expect(
      contract.methods.saveVerdict.args.safeParse([
        ...args.slice(0, 3),
        { from: 'trump1', to: 'trump2' },
        verdict,
      ]).success,
    ).toBe(true);
  });

  it('writes no file for an unknown period', async () => {
    await expect(saveTariffs({ from: 'trump1', to: 'nowhere' })).rejects.toMatchObject({
      code: 'not-found',
    });
    const caseDir = path.dirname(services.workspace.userLayerFile('japan-trump'));
    expect(await readdir(caseDir).catch(() => [])).not.toContain('user.json');
  });
});
