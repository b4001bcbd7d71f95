/**
 * Links from a note to a claim of the case: `[[claim:<id>]]` in the Markdown, a chip in the
 * preview that jumps to the claim.
 */

/** One claim link; the id follows the case's id pattern, so it is safe in a URL and a file name. */
export const CLAIM_LINK = /\[\[claim:([a-z0-9][a-z0-9-]{0,79})\]\]/;
export const CLAIM_LINK_GLOBAL = new RegExp(CLAIM_LINK.source, 'g');

/** The in-app anchor a chip carries (`#claim:<id>`); the only non-external link a note may hold. */
export const CLAIM_HREF = /^#claim:([a-z0-9][a-z0-9-]{0,79})$/;

export function claimLinkText(claimId: string): string {
  return `[[claim:${claimId}]]`;
}

export function claimHref(claimId: string): string {
  return `#claim:${claimId}`;
}

const CHIP_MAX = 60;

/** A claim's statement cut to a chip's length, at a word boundary where one is near. */
export function chipLabel(statement: string): string {
  const flat = statement.replace(/\s+/g, ' ').trim();
  if (flat.length <= CHIP_MAX) return flat;
  const cut = flat.slice(0, CHIP_MAX);
  const space = cut.lastIndexOf(' ');
  return `${(space > CHIP_MAX * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,.;:]+$/, '')}…`;
}
