/** The Content-Security-Policies Diptych sends: the workbench's, and that of a page being printed. */

/** The fetch directives a policy sets, in the order they are written. */
const FETCH_DIRECTIVES = [
  'default-src',
  'script-src',
  'style-src',
  'img-src',
  'font-src',
  'connect-src',
] as const;

type FetchDirective = (typeof FETCH_DIRECTIVES)[number];

/** What a page may load: the sources of each fetch directive it sets. */
type PolicySources = Readonly<Partial<Record<FetchDirective, readonly string[]>>>;

/** What no page of Diptych allows: plugins, a changed base URL, form posts, frames, framing. */
const LOCKED_DIRECTIVES = [
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
  "frame-ancestors 'none'",
] as const;

/**
 * Writes a policy from a page's sources, followed by the directives every page locks. Two fixed
 * policies need no builder library; one function keeps each directive spelled once.
 */
function buildPolicy(sources: PolicySources): string {
  const fetched = FETCH_DIRECTIVES.flatMap((name) => {
    const list = sources[name];
    return list === undefined ? [] : [`${name} ${list.join(' ')}`];
  });
  return [...fetched, ...LOCKED_DIRECTIVES].join('; ');
}

/**
 * The Content-Security-Policy of the workbench, in both hosts: scripts only from the app itself,
 * no eval, no remote origins. Inline styles are allowed because charts and the editor set
 * style attributes; scripts never are.
 */
export const CONTENT_SECURITY_POLICY = buildPolicy({
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
});

/**
 * The policy of a brief being printed: its own inline styles, and fonts and images only from
 * `data:` (the brief embeds both); nothing is fetched, nothing runs. The app's policy is not sent
 * for a custom scheme's response, so this is the page's only one.
 */
export const PRINT_PAGE_POLICY = buildPolicy({
  'default-src': ["'none'"],
  'script-src': ["'none'"],
  'style-src': ["'unsafe-inline'"],
  'img-src': ['data:'],
  'font-src': ['data:'],
});
