/**
 * The one gate between a note's Markdown and the page: DOMPurify with a strict allow-list. No
 * script, no event handler, no style attribute, no frame, form, svg or math, no image, and links
 * only to http(s), mailto or a claim of the case (`#claim:<id>`). External links open outside
 * the app (target=_blank, which Electron hands to the OS browser) and carry no referrer.
 */
import DOMPurify from 'dompurify';
import { cleanMailtoUrl } from '../../../core/security/mailto';
import { CLAIM_HREF } from '../../../core/markdown/claimLinks';

const ALLOWED_TAGS = [
  'a',
  'p',
  'br',
  'hr',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'strong',
  'em',
  'b',
  'i',
  'del',
  's',
  'code',
  'pre',
  'blockquote',
  'ul',
  'ol',
  'li',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'span',
  'kbd',
  'sup',
  'sub',
];

const ALLOWED_ATTR = ['href', 'title', 'class', 'data-claim-id', 'align', 'start'];

/** Classes our own Markdown step sets; anything else could borrow the app's look. */
const ALLOWED_CLASS =
  /^(claim-chip|claim-chip-missing|note-cite|note-cite-missing|note-image-alt|language-[a-z0-9+#-]{1,30})$/;

const CLAIM_ID = /^[a-z0-9][a-z0-9-]{0,79}$/;

/** Whether a link may stay: http(s) without credentials, mailto, or an in-app claim anchor. */
export function isAllowedNoteHref(raw: string): boolean {
  const href = raw.trim();
  if (CLAIM_HREF.test(href)) return true;
  if (/^mailto:[^\s]+$/i.test(href)) return true;
  if (!/^https?:\/\//i.test(href)) return false;
  try {
    const url = new URL(href);
    return (
      (url.protocol === 'http:' || url.protocol === 'https:') &&
      url.hostname.length > 0 &&
      url.username === '' &&
      url.password === ''
    );
  } catch {
    return false;
  }
}

// A private instance, so these hooks never touch another use of DOMPurify.
const purify = DOMPurify(window);

purify.addHook('uponSanitizeAttribute', (node, data) => {
  switch (data.attrName) {
    case 'href':
      data.keepAttr = node.nodeName === 'A' && isAllowedNoteHref(data.attrValue);
      return;
    case 'class': {
      const kept = data.attrValue.split(/\s+/).filter((c) => ALLOWED_CLASS.test(c));
      data.attrValue = kept.join(' ');
      data.keepAttr = kept.length > 0;
      return;
    }
    case 'data-claim-id':
      data.keepAttr = node.nodeName === 'A' && CLAIM_ID.test(data.attrValue);
      return;
    default:
      return;
  }
});

purify.addHook('afterSanitizeAttributes', (node) => {
  if (node.nodeName !== 'A') return;
  const href = node.getAttribute('href');
  if (href === null) {
    node.removeAttribute('data-claim-id');
    return;
  }
  if (CLAIM_HREF.test(href.trim())) {
    const id = CLAIM_HREF.exec(href.trim())![1]!;
    node.setAttribute('data-claim-id', id);
    return;
  }
  node.removeAttribute('data-claim-id');
  // A mail link may carry only recipients, subject and body (no cc, bcc or attachment).
  const mail = cleanMailtoUrl(href);
  if (mail !== null) node.setAttribute('href', mail);
  else if (/^mailto:/i.test(href.trim())) node.removeAttribute('href');
  node.setAttribute('target', '_blank');
  node.setAttribute('rel', 'noreferrer noopener');
});

/** Sanitises the HTML of a rendered note; the only source of HTML the preview may show. */
export function sanitizeNoteHtml(untrustedHtml: string): string {
  return purify.sanitize(untrustedHtml, {
    ALLOWED_TAGS,
    ALLOWED_ATTR,
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    ALLOW_UNKNOWN_PROTOCOLS: false,
    ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|#claim:)/i,
    // Values that are not URLs; otherwise DOMPurify tests them against the URL pattern above.
    ADD_URI_SAFE_ATTR: ['align', 'start', 'data-claim-id'],
    FORBID_ATTR: ['style'],
    KEEP_CONTENT: true,
    RETURN_TRUSTED_TYPE: false,
  });
}
