import { describe, expect, it } from 'vitest';
import { resolveVars } from './resolveVars';

const vars: Record<string, string> = {
  '--a': '#123456',
  '--b': 'var(--a)',
  '--empty': '',
};
const lookup = (name: string): string => vars[name] ?? '';

describe('resolveVars', () => {
  it('replaces references by their values, fallbacks where undefined', () => {
    expect(resolveVars('var(--a)', lookup)).toBe('#123456');
    expect(resolveVars('fill: var(--a); stroke: var(--x, red)', lookup)).toBe(
      'fill: #123456; stroke: red',
    );
    expect(resolveVars('var(--missing, var(--a))', lookup)).toBe('#123456');
    expect(resolveVars('var(--b)', lookup)).toBe('#123456');
    expect(resolveVars('rgba(0, 0, 0, 0.5)', lookup)).toBe('rgba(0, 0, 0, 0.5)');
  });

  it('never leaves a var( behind', () => {
    expect(resolveVars('var(--missing)', lookup)).toBe('');
    expect(resolveVars('1px solid var(--empty)', lookup)).toBe('1px solid ');
    expect(resolveVars('calc(var(--missing, 2px) + 1px)', lookup)).toBe('calc(2px + 1px)');
    expect(resolveVars('var(--broken', lookup)).not.toContain('var(--broken)');
  });
});
