/** The boot data the browser host inlined into the page, taken once; null where there is none. */
import type { z } from 'zod';
import type { BootData } from '../../../core/api/contract';
import { BOOT_ELEMENT_ID } from '../../../core/api/inlineBoot';

export function takeInlineBoot(): z.infer<typeof BootData> | null {
  const element = document.getElementById(BOOT_ELEMENT_ID);
  if (!element) return null;
  // Taken once: a later boot (a reload of the app's state) asks the host again.
  element.remove();
  try {
    // The host checked this block against the contract's schema before writing it into the page,
    // which comes with the page's own scripts: checking it again here would load zod first.
    return JSON.parse(element.textContent ?? '') as z.infer<typeof BootData>;
  } catch {
    return null;
  }
}
