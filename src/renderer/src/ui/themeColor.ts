/**
 * The value of a theme variable as the page draws it. A custom property reads back as written,
 * so `light-dark(#a, #b)` stays a pair until an element uses it: a hidden probe inside the themed
 * element uses it as its `color`, and the computed colour is the one in effect.
 */

/** A theme variable's value (`''` when unset), colours resolved for the scheme in effect. */
export type ThemeLookup = (name: string) => string;

/** Calls `read` with a lookup of the variables in effect on `within`; one probe serves them all. */
export function withThemeLookup<T>(
  read: (lookup: ThemeLookup) => T,
  within: Element = document.documentElement,
): T {
  const style = getComputedStyle(within);
  let probe: HTMLElement | undefined;
  const lookup: ThemeLookup = (name) => {
    const raw = style.getPropertyValue(name).trim();
    if (!raw.includes('light-dark(')) return raw;
    if (!probe) probe = attachProbe(within);
    probe.style.setProperty('color', `var(${name})`);
    return getComputedStyle(probe).color;
  };
  try {
    return read(lookup);
  } finally {
    probe?.remove();
  }
}

function attachProbe(within: Element): HTMLElement {
  const probe = document.createElement('span');
  probe.setAttribute('aria-hidden', 'true');
  probe.style.cssText = 'position:absolute;width:0;height:0;overflow:hidden;visibility:hidden';
  // <html> holds no content of its own: the body inherits its colour scheme.
  (within === document.documentElement ? document.body : within).append(probe);
  return probe;
}
