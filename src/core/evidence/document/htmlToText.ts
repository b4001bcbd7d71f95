/**
 * An HTML document reduced to its readable text, in Node and without a DOM. The output is plain
 * text, never HTML: it is stored as text and shown as text, so nothing in the document can run.
 *
 * A small tolerant tokenizer in the manner of the HTML spec's: comments, doctypes, processing
 * instructions and CDATA are skipped; `<script>`, `<style>`, `<template>` and the other
 * elements whose content is not text for a reader are dropped with their content; attributes
 * (with `>` inside quoted values) are skipped; character references are decoded; whitespace
 * collapses as a browser lays it out, except inside `<pre>`; block elements end lines.
 *
 * Character references go to `entities` (htmlparser2's decoder, the spec's full table and its
 * legacy rules). The tokenizer stays ours because the block layout below needs every tag in
 * order with the text between, and it is small enough to read; htmlparser2 would add a DOM layer.
 */
import { decodeHTML } from 'entities';

/** Elements whose content is raw text up to their end tag: dropped whole. */
const RAW_TEXT = new Set([
  'script',
  'style',
  'xmp',
  'iframe',
  'noembed',
  'noframes',
  'noscript',
  'textarea',
  'title',
  'plaintext',
]);
/** Elements whose content is markup that is not part of the reading text: dropped whole. */
const DROPPED = new Set(['template', 'svg', 'math', 'object', 'head', 'select', 'button']);
/** Elements that start a paragraph: a blank line before and after. */
const PARAGRAPH = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'pre',
  'table',
  'ul',
  'ol',
  'dl',
  'section',
  'article',
  'header',
  'footer',
  'figure',
  'aside',
  'nav',
  'main',
  'address',
  'form',
  'fieldset',
  'details',
  'hr',
]);
/** Elements that start a line. */
const LINE = new Set([
  'br',
  'div',
  'li',
  'tr',
  'dt',
  'dd',
  'figcaption',
  'summary',
  'caption',
  'option',
  'legend',
]);
/** Elements that separate cells. */
const CELL = new Set(['td', 'th']);

const NAME = /[A-Za-z][A-Za-z0-9:-]*/y;

class TextWriter {
  private readonly out: string[] = [];
  private started = false;
  private space = false;
  private breaks = 0;

  text(run: string, pre: boolean): void {
    if (run.length === 0) return;
    if (pre) {
      this.flush();
      this.out.push(run.replace(/\r\n?/g, '\n'));
      this.started = true;
      return;
    }
    // HTML collapses ASCII whitespace only; a no-break space is kept.
    for (const part of run.split(/([\t\n\f\r ]+)/)) {
      if (part.length === 0) continue;
      if (/^[\t\n\f\r ]/.test(part)) {
        this.space = true;
        continue;
      }
      this.flush();
      this.out.push(part);
      this.started = true;
    }
  }

  lineBreak(count: 1 | 2): void {
    this.breaks = Math.max(this.breaks, count);
    this.space = false;
  }

  cell(): void {
    this.space = true;
  }

  result(): string {
    return this.out.join('');
  }

  private flush(): void {
    if (this.started && this.breaks > 0) this.out.push('\n'.repeat(this.breaks));
    else if (this.started && this.space) this.out.push(' ');
    this.breaks = 0;
    this.space = false;
  }
}

export function htmlToText(html: string): string {
  const w = new TextWriter();
  // Tag names match in any case. Only ASCII is lower-cased, so offsets stay the same
  // (toLowerCase would lengthen 'İ' and shift every offset after it).
  const lower = html.replace(/[A-Z]+/g, (s) => s.toLowerCase());
  let pre = 0;
  let i = 0;
  const n = html.length;
  while (i < n) {
    const lt = html.indexOf('<', i);
    const end = lt === -1 ? n : lt;
    if (end > i) w.text(decodeHTML(html.slice(i, end)), pre > 0);
    if (lt === -1) break;
    i = lt;
    if (html.startsWith('<!--', i)) {
      const close = html.indexOf('-->', i + 4);
      i = close === -1 ? n : close + 3;
      continue;
    }
    const next = html[i + 1] ?? '';
    if (next === '!' || next === '?') {
      // Doctype, CDATA or a processing instruction: skipped to the next '>'.
      const close = html.indexOf('>', i + 2);
      i = close === -1 ? n : close + 1;
      continue;
    }
    const closing = next === '/';
    NAME.lastIndex = i + (closing ? 2 : 1);
    const match = NAME.exec(html);
    if (!match) {
      if (closing) {
        // `</` not followed by a name is a bogus comment in HTML.
        const close = html.indexOf('>', i + 2);
        i = close === -1 ? n : close + 1;
      } else {
        w.text('<', pre > 0);
        i += 1;
      }
      continue;
    }
    const name = match[0].toLowerCase();
    i = skipTag(html, NAME.lastIndex);
    if (closing) {
      if (name === 'pre' && pre > 0) pre -= 1;
      if (PARAGRAPH.has(name)) w.lineBreak(2);
      else if (LINE.has(name) && name !== 'br') w.lineBreak(1);
      else if (CELL.has(name)) w.cell();
      continue;
    }
    if (RAW_TEXT.has(name)) {
      i = name === 'plaintext' ? n : skipRawText(html, lower, i, name);
      continue;
    }
    if (DROPPED.has(name) && !selfClosed(html, i)) {
      i = skipElement(html, lower, i, name);
      continue;
    }
    if (name === 'pre') pre += 1;
    if (PARAGRAPH.has(name)) w.lineBreak(2);
    else if (LINE.has(name)) w.lineBreak(1);
    else if (CELL.has(name)) w.cell();
  }
  return w
    .result()
    .replace(/[ \t]+$/gm, '')
    .trim();
}

/** From just after a tag's name to just after its closing '>', skipping quoted attribute values. */
function skipTag(html: string, from: number): number {
  let quote: string | undefined;
  for (let i = from; i < html.length; i += 1) {
    const ch = html[i];
    if (quote) {
      if (ch === quote) quote = undefined;
    } else if (ch === '"' || ch === "'") {
      // Only a quote that opens an attribute value counts: `a="…"`, not a stray `'` in `<a b'>`.
      if (/=\s*$/.test(html.slice(Math.max(from, i - 8), i))) quote = ch;
    } else if (ch === '>') {
      return i + 1;
    }
  }
  return html.length;
}

function selfClosed(html: string, afterTag: number): boolean {
  return html[afterTag - 2] === '/';
}

/** Skips raw text up to and past `</name …>` (any case), or to the end. */
function skipRawText(html: string, lower: string, from: number, name: string): number {
  let at = from;
  for (;;) {
    const close = lower.indexOf(`</${name}`, at);
    if (close === -1) return html.length;
    const after = lower[close + 2 + name.length];
    if (after === undefined || after === '>' || after === '/' || /\s/.test(after)) {
      return skipTag(html, close + 2 + name.length);
    }
    at = close + 2;
  }
}

/** Skips an element with its markup content, counting nested elements of the same name. */
function skipElement(html: string, lower: string, from: number, name: string): number {
  const open = new RegExp(`<(/?)${name}(?=[\\s/>])`, 'g');
  open.lastIndex = from;
  let depth = 1;
  for (let m = open.exec(lower); m; m = open.exec(lower)) {
    const tagEnd = skipTag(html, m.index + m[0].length);
    if (m[1] === '/') depth -= 1;
    else if (html[tagEnd - 2] !== '/') depth += 1;
    if (depth === 0) return tagEnd;
    open.lastIndex = tagEnd;
  }
  return html.length;
}
