/**
 * The first screen's data, written into the page the host serves as a JSON data block
 * (`<script type="application/json">`): a block that is never executed, so the CSP's
 * `script-src 'self'` allows it, and the app starts without waiting for its boot call.
 */
export const BOOT_ELEMENT_ID = 'diptych-boot';

/** JSON that cannot end its script element or open a comment, whatever strings it holds. */
function inertJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** `html` with the boot data inserted before `</head>` (or unchanged when it has none). */
export function withInlineBoot(html: string, boot: unknown): string {
  const at = html.indexOf('</head>');
  if (at === -1) return html;
  const block = `<script type="application/json" id="${BOOT_ELEMENT_ID}">${inertJson(boot)}</script>\n`;
  return html.slice(0, at) + block + html.slice(at);
}
