import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listEvidence } from '../../../core/case/listEvidence';
import { CASE_ID, evidenceWorkspace, type EvidenceWorkspace } from './testing/evidenceWorkspace';

let w: EvidenceWorkspace;
beforeEach(async () => {
  w = await evidenceWorkspace();
});
afterEach(() => w.cleanup());

const b64 = (bytes: Uint8Array | string) =>
  Buffer.from(typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes).toString('base64');

/** The source's quoted passages as an HTML page (the source text itself is not shipped). */
function sourcePage(): { html: string; quotes: number; source: string } {
  const source = w.builtIn.sources[0]!.id;
  const selectors = listEvidence(w.builtIn)
    .filter((e) => e.evidence.source === source)
    .map((e) => e.evidence.selector);
  const passages = [
    ...new Set(selectors.map((s) => `${s.prefix ?? ''}${s.exact}${s.suffix ?? ''}`)),
  ];
  const escape = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const html = `<!doctype html><html><head><title>Commentary</title>
    <script>window.stolen = document.cookie</script><style>p { color: red }</style></head>
    <body onload="alert(1)">${passages.map((p) => `<p>${escape(p)}</p>`).join('\n')}
    <img src="x" onerror="alert(2)"></body></html>`;
  return { html, quotes: selectors.length, source };
}

describe('attaching a document', () => {
  it('stores the sanitised text beside user.json and anchors every quote of its source', async () => {
    const page = sourcePage();
    const { document, anchors, user } = await w.api.attachDocument(
      CASE_ID,
      page.source,
      'commentary.html',
      b64(page.html),
    );
    expect(document).toMatchObject({
      source: page.source,
      fileName: 'commentary.html',
      mediaType: 'text/html',
      encoding: 'utf-8',
      storedAs: `documents/${document.id}.txt`,
    });
    const stored = await readFile(path.join(w.root, 'cases', CASE_ID, document.storedAs), 'utf8');
    expect(stored).not.toMatch(/<|script|alert|onload|cookie/);
    expect(stored.length).toBe(document.chars);
    expect(anchors.found).toHaveLength(page.quotes);
    expect(anchors.approximate).toEqual([]);
    expect(anchors.notFound).toEqual([]);
    const first = anchors.found[0]!;
    expect(stored.slice(first.start, first.end).replace(/\s+/g, ' ')).toBe(first.selector.exact);
    expect(user.layer.documents).toEqual([document]);

    const read = await w.api.readDocument(CASE_ID, document.id);
    expect(read.text).toBe(stored);
    expect(await w.api.anchorQuotes(CASE_ID, document.id)).toEqual(anchors);
  });

  it('finds an own claim’s quote approximately in an edited document and reports the missing', async () => {
    const source = w.builtIn.sources[0]!.id;
    const issue = w.builtIn.issues[0]!;
    const text =
      'Tokyo raised its defence budget sharply in 2023.\nIt also bought Tomahawk missiles from the US.';
    const { document } = await w.api.attachDocument(CASE_ID, source, 'notes.txt', b64(text));
    const claim = (exact: string) => ({
      issue: issue.id,
      dimension: issue.dimensions[0]!.id,
      period: 'biden',
      modality: 'fact' as const,
      statement: exact,
      actors: [],
      tags: [],
      evidence: { source, selector: { type: 'TextQuoteSelector' as const, exact } },
    });
    await w.api.addClaim(CASE_ID, claim('Tokyo raised its defense budget sharply in 2023.'));
    await w.api.addClaim(CASE_ID, claim('It also bought Tomahawk missiles from the US.'));
    const report = await w.api.anchorQuotes(CASE_ID, document.id);
    const own = (list: readonly { origin: string; selector: { exact: string } }[]) =>
      list.filter((q) => q.origin === 'user').map((q) => q.selector.exact);
    expect(own(report.found)).toEqual(['It also bought Tomahawk missiles from the US.']);
    expect(own(report.approximate)).toEqual(['Tokyo raised its defense budget sharply in 2023.']);
    expect(report.approximate.find((q) => q.origin === 'user')).toMatchObject({
      start: 0,
      errors: 1,
    });
    expect(report.notFound.length).toBe(
      listEvidence(w.builtIn).filter((e) => e.evidence.source === source).length,
    );
  });

  it('reads UTF-16 with a BOM', async () => {
    const text = 'Alliance — 同盟';
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const { document } = await w.api.attachDocument(
      CASE_ID,
      w.builtIn.sources[0]!.id,
      'memo.txt',
      b64(utf16),
    );
    expect(document.encoding).toBe('utf-16le');
    expect((await w.api.readDocument(CASE_ID, document.id)).text).toBe(text);
  });

  it.each([
    [
      'report.pdf',
      Buffer.from('%PDF-1.7\n%âãÏÓ\n'),
      'invalid-arguments',
      /^"report\.pdf": it is not a document Diptych can read/,
    ],
    [
      'scan.txt',
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]),
      'unreadable',
      /^"scan\.txt": it is a binary file \(it looks like a PNG image\)/,
    ],
    [
      'data.txt',
      Buffer.from([0x41, 0x42, 0x00, 0x43]),
      'unreadable',
      /^"data\.txt": it is a binary file, not text \(a NUL byte at offset 2\)/,
    ],
    [
      'latin1.txt',
      Buffer.from('Caf\xe9 cr\xe8me', 'latin1'),
      'unreadable',
      /^"latin1\.txt": its encoding is unknown: it is not UTF-8 \(an invalid byte 0xe9 at offset 3\)/,
    ],
    ['blank.md', Buffer.from('   \n'), 'unreadable', /^"blank\.md": it holds no text$/],
  ])(
    'refuses %s with a message naming it, and writes nothing',
    async (name, bytes, code, message) => {
      await expect(
        w.api.attachDocument(CASE_ID, w.builtIn.sources[0]!.id, name, b64(bytes)),
      ).rejects.toMatchObject({
        code,
        message: expect.stringMatching(message),
      });
      expect(await w.userJson()).toBeNull();
      await expect(stat(path.join(w.root, 'cases', CASE_ID, 'documents'))).rejects.toThrow();
    },
  );

  it('refuses a file over 50 MB by name before decoding it', async () => {
    const base64 = 'A'.repeat(Math.ceil((50 * 1024 * 1024 + 3) / 3) * 4);
    await expect(
      w.api.attachDocument(CASE_ID, w.builtIn.sources[0]!.id, 'big.txt', base64),
    ).rejects.toMatchObject({
      code: 'too-large',
      message: '"big.txt" is 50 MB; files up to 50 MB can be used.',
    });
  });

  it('refuses an unknown source and the same file twice on one source', async () => {
    await expect(
      w.api.attachDocument(CASE_ID, 'no-such-source', 'a.txt', b64('text')),
    ).rejects.toMatchObject({ code: 'not-found' });
    const source = w.builtIn.sources[0]!.id;
    await w.api.attachDocument(CASE_ID, source, 'a.txt', b64('text'));
    const before = await w.userJson();
    await expect(
      w.api.attachDocument(CASE_ID, source, 'copy.txt', b64('text')),
    ).rejects.toMatchObject({
      code: 'conflict',
      message: '"copy.txt" is already attached to this source (as "a.txt").',
    });
    expect(await w.userJson()).toBe(before);
    expect(await readdir(path.join(w.root, 'cases', CASE_ID, 'documents'))).toHaveLength(1);
  });

  it('detaches a document and removes its text', async () => {
    const { document } = await w.api.attachDocument(
      CASE_ID,
      w.builtIn.sources[0]!.id,
      'a.md',
      b64('# A'),
    );
    const { detached, user } = await w.api.detachDocument(CASE_ID, document.id);
    expect(detached).toEqual(document);
    expect(user.layer.documents).toEqual([]);
    expect(await readdir(path.join(w.root, 'cases', CASE_ID, 'documents'))).toEqual([]);
    await expect(w.api.readDocument(CASE_ID, document.id)).rejects.toMatchObject({
      code: 'not-found',
    });
  });
});
