/** The boot data the browser host inlined into the page, taken once; null where there is none. */
import type { z } from 'zod';
import { BootData } from '../../../core/api/contract';
import { BOOT_ELEMENT_ID } from '../../../core/api/inlineBoot';

export function takeInlineBoot(): z.infer<typeof BootData> | null {
  const element = document.getElementById(BOOT_ELEMENT_ID);
  if (!element) return null;
  // Taken once: a later boot (a reload of the app's state) asks the host again.
  element.remove();
  try {
    // Checked like any answer from the host: a page that does not parse is not trusted.
    const parsed = BootData.safeParse(JSON.parse(element.textContent ?? ''));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
