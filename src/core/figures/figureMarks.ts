/**
 * The marks and colours of a figure, light whatever the app's theme: the grid's modality icons
 * redrawn as plain SVG (no CSS variables travel with a file), and the verdict palette.
 */
import type { Modality } from '../case/schema';
import type { VerdictKind } from '../user/verdict';

export const INK = '#1b1f24';
export const MUTED = '#5a6270';
export const RULE = '#c9ced6';
export const PAPER = '#ffffff';

export const MODALITY_COLORS: Readonly<Record<Modality, string>> = {
  fact: '#2b3a55',
  statement: '#1f6f6b',
  expectation: '#8a5300',
  assessment: '#6a3f9e',
};

export const VERDICT_COLORS: Readonly<Record<VerdictKind | 'none', { ink: string; bg: string }>> = {
  continuity: { ink: '#46596b', bg: '#e4e9ee' },
  intensified: { ink: '#a3271b', bg: '#f8e0dc' },
  softened: { ink: '#1e6b43', bg: '#dcefe3' },
  reversed: { ink: '#74318f', bg: '#eee0f4' },
  new: { ink: '#1f55a8', bg: '#dde8f8' },
  dropped: { ink: '#8a3b12', bg: '#f6e3d8' },
  'no-counterpart': { ink: '#55595e', bg: '#ebecee' },
  unclear: { ink: '#6e5600', bg: '#f5ecc8' },
  none: { ink: '#6b717b', bg: '#f4f5f7' },
};

/** The icon of `modality` as the grid draws it (a 16-unit box), at (x, y) and `size` px. */
export function modalityMark(modality: Modality, x: number, y: number, size: number): string {
  const c = MODALITY_COLORS[modality];
  const open = `<g transform="translate(${x} ${y}) scale(${size / 16})" fill="none" stroke="${c}" stroke-width="1.5" stroke-linecap="round" stroke-linejoin="round">`;
  switch (modality) {
    case 'fact':
      return `${open}<circle cx="8" cy="8" r="6" fill="${c}" stroke="none"/><path d="M5.2 8.2 7.1 10l3.7-4" stroke="${PAPER}" stroke-width="1.8"/></g>`;
    case 'statement':
      return `${open}<path d="M3 9.5c0-2.5 1-4 3-5M9 9.5c0-2.5 1-4 3-5" stroke-width="1.8"/><circle cx="4.3" cy="10.4" r="1.7" fill="${c}" stroke="none"/><circle cx="10.3" cy="10.4" r="1.7" fill="${c}" stroke="none"/></g>`;
    case 'expectation':
      return `${open}<circle cx="8" cy="8" r="6" stroke-dasharray="2.4 1.8"/><path d="M8 4.8V8l2.2 1.6"/></g>`;
    case 'assessment':
      return `${open}<path d="M8 2.5v11M4 13.5h8M2.5 5h11"/><path d="M4.5 5 2.5 9.5h4zM11.5 5l-2 4.5h4z" fill="${c}" stroke-width="1"/></g>`;
  }
}
