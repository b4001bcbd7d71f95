/**
 * A file the user attaches to a source, as the text quotes are anchored in: decoded (see
 * decodeText), and for HTML reduced to its readable text. The kind comes from the file name's
 * extension; anything but plain text, Markdown and HTML is refused.
 */
import type { DocumentMediaType } from '../../user/items';
import { decodeText, type UnicodeEncodingName } from './decodeText';
import { htmlToText } from './htmlToText';

export const DOCUMENT_EXTENSIONS: Readonly<Record<string, DocumentMediaType>> = {
  '.txt': 'text/plain',
  '.text': 'text/plain',
  '.md': 'text/markdown',
  '.markdown': 'text/markdown',
  '.html': 'text/html',
  '.htm': 'text/html',
  '.xhtml': 'text/html',
};

export type DocumentText =
  | {
      readonly ok: true;
      readonly text: string;
      readonly mediaType: DocumentMediaType;
      readonly encoding: UnicodeEncodingName;
    }
  | {
      readonly ok: false;
      readonly reason: 'type' | 'binary' | 'encoding' | 'empty';
      /** What is wrong, to follow the file's name: `"x.pdf": it is a binary file, not text`. */
      readonly message: string;
    };

export function mediaTypeOf(fileName: string): DocumentMediaType | undefined {
  const dot = fileName.lastIndexOf('.');
  return dot === -1 ? undefined : DOCUMENT_EXTENSIONS[fileName.slice(dot).toLowerCase()];
}

export function documentText(fileName: string, bytes: Uint8Array): DocumentText {
  const mediaType = mediaTypeOf(fileName);
  if (!mediaType) {
    return {
      ok: false,
      reason: 'type',
      message: 'it is not a document Diptych can read: attach a .txt, .md or .html file',
    };
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) return { ok: false, reason: decoded.reason, message: decoded.message };
  const text =
    mediaType === 'text/html' ? htmlToText(decoded.text) : normalizeNewlines(decoded.text);
  if (text.trim().length === 0) {
    return { ok: false, reason: 'empty', message: 'it holds no text' };
  }
  return { ok: true, text, mediaType, encoding: decoded.encoding };
}

function normalizeNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}
