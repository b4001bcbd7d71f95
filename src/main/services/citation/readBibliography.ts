/**
 * BibTeX, BibLaTeX and RIS files as CSL-JSON items, through citation-js. A file is read entry by
 * entry, so one broken entry is reported by its line and key while the others come in; each
 * entry's CSL item then goes through the same checks as a CSL-JSON import (parseCslJson).
 */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { parseCslJson, type CslParse, type CslProblem } from '../../../core/evidence/csl/parseCsl';

export type BibliographyFormat = 'csl-json' | 'bibtex' | 'ris';

/** The format a file's name says it holds; CSL-JSON for anything else. */
export function formatOfFile(fileName: string): BibliographyFormat {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.bib') || lower.endsWith('.bibtex')) return 'bibtex';
  if (lower.endsWith('.ris')) return 'ris';
  return 'csl-json';
}

interface Entry {
  readonly line: number;
  readonly text: string;
  /** The entry's key (BibTeX) or ID (RIS), when it has one. */
  readonly key?: string;
}

/** Reads a bibliography file of any format Diptych imports. */
export function readBibliography(fileName: string, text: string): CslParse {
  const format = formatOfFile(fileName);
  if (format === 'csl-json') return parseCslJson(text);
  const entries = format === 'bibtex' ? bibtexEntries(text) : risEntries(text);
  if (entries.length === 0) {
    return {
      ok: false,
      message:
        format === 'bibtex'
          ? 'it holds no BibTeX entries (lines starting with @article{…, @book{…)'
          : 'it holds no RIS records (a TY  - line up to an ER  - line)',
    };
  }
  const items: unknown[] = [];
  const where: string[] = [];
  const problems: CslProblem[] = [];
  const macros = format === 'bibtex' ? bibtexMacros(text) : '';
  for (const entry of entries) {
    const label = `line ${entry.line}${entry.key ? ` (${entry.key})` : ''}`;
    try {
      const cite = new Cite(macros + entry.text, {
        forceType: format === 'bibtex' ? '@biblatex/text' : '@ris/file',
      });
      if (cite.data.length === 0) throw new Error('no entry could be read');
      cite.data.forEach((data, k) => {
        items.push(cleanItem(data, entry, k));
        where.push(label);
      });
    } catch (error) {
      problems.push({
        path: label,
        message: `${reason(error)}; the entry was skipped`,
        skipped: true,
      });
    }
  }
  if (items.length === 0) return { ok: true, sources: [], problems };
  const parsed = parseCslJson(JSON.stringify(items));
  if (!parsed.ok) return parsed;
  // `$[3].title` becomes `line 40 (smith2019) title`: the analyst finds entries by line.
  const relocate = (path: string): string =>
    path.replace(/^\$\[(\d+)\]\.?/, (_m, i: string) => `${where[Number(i)] ?? path} `).trim();
  return {
    ok: true,
    sources: parsed.sources.map((s) => ({ ...s, path: relocate(s.path) })),
    problems: [...problems, ...parsed.problems.map((p) => ({ ...p, path: relocate(p.path) }))],
  };
}

/** citation-js's item without its bookkeeping; a RIS record without an ID gets its line. */
function cleanItem(
  data: Record<string, unknown>,
  entry: Entry,
  k: number,
): Record<string, unknown> {
  const { _graph: _g, ...item } = data;
  const id = typeof item.id === 'string' && !item.id.startsWith('temp_id_') ? item.id : undefined;
  return { ...item, id: id ?? entry.key ?? `line-${entry.line}${k > 0 ? `-${k}` : ''}` };
}

const BIBTEX_START = /^[ \t]*@([A-Za-z]+)[ \t]*[{(][ \t]*([^,\s]*)/;

function bibtexEntries(text: string): Entry[] {
  const lines = text.split(/\r\n|\r|\n/);
  const entries: Entry[] = [];
  let current: { line: number; key: string; lines: string[] } | undefined;
  const close = (): void => {
    if (current)
      entries.push({ line: current.line, key: current.key, text: current.lines.join('\n') });
    current = undefined;
  };
  lines.forEach((line, i) => {
    const start = BIBTEX_START.exec(line);
    if (start) {
      close();
      const kind = start[1]!.toLowerCase();
      // Comments and preambles are no entries; @string macros are given to every entry.
      if (kind === 'comment' || kind === 'preamble' || kind === 'string') return;
      current = { line: i + 1, key: start[2] ?? '', lines: [line] };
    } else if (current) current.lines.push(line);
  });
  close();
  return entries;
}

function bibtexMacros(text: string): string {
  const macros = text.match(/^[ \t]*@string[ \t]*[{(][^\n]*$/gim);
  return macros ? `${macros.join('\n')}\n` : '';
}

function risEntries(text: string): Entry[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const entries: Entry[] = [];
  let current: { line: number; key?: string; lines: string[] } | undefined;
  lines.forEach((line, i) => {
    if (/^TY {2}- /.test(line)) current = { line: i + 1, lines: [] };
    if (!current) return;
    current.lines.push(line);
    const id = /^ID {2}- (.+)$/.exec(line);
    if (id) current.key = id[1]!.trim();
    if (/^ER {2}-/.test(line)) {
      entries.push({
        line: current.line,
        text: `${current.lines.join('\n')}\n`,
        ...(current.key ? { key: current.key } : {}),
      });
      current = undefined;
    }
  });
  if (current)
    entries.push({
      line: current.line,
      text: `${current.lines.join('\n')}\nER  - \n`,
      ...(current.key ? { key: current.key } : {}),
    });
  return entries;
}

function reason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  // citation-js's parser quotes the source around the fault; the first line says what it is.
  return message.split('\n')[0]!.trim().slice(0, 300) || 'it could not be read';
}
