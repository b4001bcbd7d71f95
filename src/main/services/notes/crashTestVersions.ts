/**
 * The versions a crash-test writer saves: about 200 KB each, different for every number, and
 * recognisable from their first line, so a file on disk can be matched to exactly one version.
 */
export const VERSION_BYTES = 200 * 1024;

export function versionText(k: number): string {
  const header = `version ${k}\n`;
  // A small LCG seeded by k: deterministic, fast, different bytes everywhere for every k.
  let state = (k * 2654435761 + 12345) >>> 0;
  const chars: string[] = [];
  for (let i = header.length; i < VERSION_BYTES; i += 1) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    chars.push(i % 81 === 80 ? '\n' : String.fromCharCode(97 + (state >>> 27)));
  }
  return header + chars.join('');
}

/** The version number a file claims to be, or undefined when its first line is not a header. */
export function claimedVersion(text: string): number | undefined {
  const match = /^version (\d+)\n/.exec(text);
  return match ? Number(match[1]) : undefined;
}
