/** The one gate an HTML brief passes before it leaves the app (see core/brief/briefSanitizer). */
import DOMPurify from 'dompurify';
import { BRIEF_PURIFY_CONFIG, withDoctype } from '../../../core/brief/briefSanitizer';

// A private instance, so the notes' hooks and this configuration never meet.
const purify = DOMPurify(window);

export function sanitizeBriefHtml(untrustedHtml: string): string {
  return withDoctype(purify.sanitize(untrustedHtml, BRIEF_PURIFY_CONFIG));
}
