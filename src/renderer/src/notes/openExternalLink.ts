/**
 * Opens a link outside Diptych only once the analyst has seen where it goes: a note is text from
 * anywhere, and its link text need not say the truth about its target.
 */
export function openExternalLink(href: string): void {
  if (!window.confirm(`Open this link outside Diptych?\n\n${href}`)) return;
  // In the desktop shell the main process receives this and hands the link to the OS.
  window.open(href, '_blank', 'noopener,noreferrer');
}
