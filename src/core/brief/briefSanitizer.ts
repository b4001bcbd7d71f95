/**
 * What the sanitiser lets through an HTML brief: DOMPurify, the library every note's preview
 * goes through, here with HTML and SVG (the figures) and the document's head (its styles),
 * without scripts, handlers, frames, forms or images, and with links only within the file or to
 * the web and mail. Shared by the page that writes a brief and the tests that read one back.
 */
import type { Config } from 'dompurify';

export const BRIEF_PURIFY_CONFIG = {
  WHOLE_DOCUMENT: true,
  USE_PROFILES: { html: true, svg: true, svgFilters: true },
  ADD_TAGS: ['meta', 'style', 'title'],
  ADD_ATTR: ['charset', 'content', 'scope'],
  FORBID_TAGS: [
    'script',
    'img',
    'image',
    'iframe',
    'object',
    'embed',
    'link',
    'base',
    'form',
    'foreignObject',
    'use',
  ],
  // DOMPurify tests every attribute value that is not URI-safe against this: so values without
  // a scheme (a width, a colour, a path) pass, and of schemes only the web's and mail's.
  ALLOWED_URI_REGEXP: /^(?:(?:https?|mailto):|#|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  RETURN_TRUSTED_TYPE: false,
} as const satisfies Config;

/** DOMPurify leaves out the doctype; a brief is a standards-mode document. */
export function withDoctype(html: string): string {
  return `<!DOCTYPE html>\n${html}`;
}
