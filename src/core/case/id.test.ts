import { describe, expect, it } from 'vitest';
import { Id } from './schema';

describe('an id', () => {
  it('refuses the names Windows keeps for devices, saying so', () => {
    const devices = ['con', 'prn', 'aux', 'nul'];
    for (let n = 1; n <= 9; n += 1) devices.push(`com${n}`, `lpt${n}`);
    for (const name of devices) {
      const parsed = Id.safeParse(name);
      expect(parsed.success, name).toBe(false);
      expect(parsed.error?.issues[0]?.message).toMatch(/Windows keeps for a device/);
    }
  });

  it('accepts names that only begin or end like a device', () => {
    for (const name of ['console', 'nullify', 'com10', 'lpt0', 'aux-1', 'u-con-abc123', 'con1']) {
      expect(Id.safeParse(name).success, name).toBe(true);
    }
  });
});
