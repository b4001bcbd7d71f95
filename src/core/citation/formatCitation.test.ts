import { describe, expect, it, vi } from 'vitest';
import { shippedCase as shipped } from '../case/testing/shippedCase';
import { bundledCslFiles } from './bundledCsl';
import { buildEngine } from './citeprocEngine';
import type { CslItem } from './cslItem';
import { formatBibliography, formatCitation, isNoteStyle } from './formatCitation';
import { sourceToCsl } from './sourceToCsl';
import { smithArticle as article } from './testing/smithArticle';

// Parsing a style's XML takes seconds on a loaded machine; each file is parsed once per run.
vi.setConfig({ testTimeout: 180_000 });

const hughes = sourceToCsl(shipped.sources.find((s) => s.id === 'hughes-rsis')!);

const apa = bundledCslFiles('apa', 'en-US');
const chicago = bundledCslFiles('chicago-author-date', 'en-US');

describe('formatBibliography', () => {
  it('gives the built-in commentary a different form in APA and Chicago, with its date as the record says', () => {
    const [a] = formatBibliography([hughes], apa);
    const [c] = formatBibliography([hughes], chicago);
    expect(a!.text).toBe(
      'Hughes, C. W. (n.d.; in or after March 2025, inferred). Japan’s International Strategy and the Challenges of Trump 2.0 (RSIS Commentary). S. Rajaratnam School of International Studies (RSIS), Nanyang Technological University.',
    );
    expect(c!.text).toMatch(/^Hughes, Christopher W\. n\.d\.; in or after March 2025, inferred\. /);
    expect(a!.text).not.toBe(c!.text);
    // Nothing the record lacks: no URL, no invented year.
    expect(a!.text).not.toMatch(/https?:|\(2025\)/);
  });

  it('keeps a journal article’s volume, issue and pages, in each style’s own form', () => {
    const [a] = formatBibliography([article], apa);
    const [c] = formatBibliography([article], chicago);
    expect(a!.text).toBe(
      'Smith, J. (2019). Alliance Politics in East Asia. International Security, 43(2), 7–44.',
    );
    expect(c!.text).toBe(
      'Smith, Jane. 2019. “Alliance Politics in East Asia.” International Security 43 (2): 7–44.',
    );
    expect(a!.html).toContain('<i>International Security</i>, <i>43</i>(2)');
  });

  it('shows markup in an imported title as text, never as HTML', () => {
    const hostile = { ...article, title: 'Bad <img src=x onerror=alert(1)> <script>x</script>' };
    const [a] = formatBibliography([hostile], apa);
    expect(a!.html).not.toMatch(/<img|<script/);
    expect(a!.html).toContain('&#60;img');
  });

  it('shows an edited source in its new form, in the new order', () => {
    const before = formatBibliography([article, hughes], apa);
    expect(before.map((e) => e.id)).toEqual(['hughes-rsis', 'smith2019']);
    const edited = { ...article, author: [{ family: 'Abe', given: 'Jun' }], title: 'Revised' };
    const after = formatBibliography([edited, hughes], apa);
    expect(after.map((e) => e.id)).toEqual(['smith2019', 'hughes-rsis']);
    expect(after[0]!.text).toBe('Abe, J. (2019). Revised. International Security, 43(2), 7–44.');
    expect(formatCitation([edited], [{ id: 'smith2019' }], apa).text).toBe('(Abe, 2019)');
  });

  it('orders entries as the style does and names each by id', () => {
    const entries = formatBibliography([article, hughes], chicago);
    expect(entries.map((e) => e.id)).toEqual(['hughes-rsis', 'smith2019']);
  });
});

describe('formatCitation', () => {
  it('cites with locator and several works, per style', () => {
    const cites = [{ id: 'smith2019', locator: '3' }, { id: 'hughes-rsis' }];
    expect(formatCitation([article, hughes], cites, apa).text).toBe(
      '(Hughes, n.d.; in or after March 2025, inferred; Smith, 2019, p. 3)',
    );
    expect(formatCitation([article, hughes], cites, chicago).text).toBe(
      '(Smith 2019, 3; Hughes n.d.; in or after March 2025, inferred)',
    );
  });

  it('gives a footnote’s text in a note style', () => {
    const notes = bundledCslFiles('chicago-notes-bibliography', 'en-US');
    expect(isNoteStyle(notes)).toBe(true);
    expect(isNoteStyle(apa)).toBe(false);
    expect(formatCitation([article], [{ id: 'smith2019', locator: '9' }], notes).text).toBe(
      'Jane Smith, “Alliance Politics in East Asia,” International Security 43, no. 2 (2019): 9.',
    );
  });

  it('follows the locale', () => {
    const ja = bundledCslFiles('chicago-notes-bibliography', 'ja-JP');
    const en = bundledCslFiles('chicago-notes-bibliography', 'en-US');
    expect(formatCitation([article], [{ id: 'smith2019' }], ja).text).toContain('号 2');
    expect(formatCitation([article], [{ id: 'smith2019' }], en).text).toContain('no. 2');
  });

  it.each(['chicago-notes-bibliography', 'apa'] as const)(
    'gives, in %s, the text citeproc’s own text mode gives, though it runs the engine once',
    (style) => {
      const files = bundledCslFiles(style, 'en-US');
      const odd: CslItem = {
        ...article,
        id: 'odd',
        title: 'Trade & <b>Tariffs</b>  “2019” <img src=x> Q&A',
        author: [{ family: 'O’Neil & Sons', given: 'Ann' }],
      };
      const items = [article, hughes, odd];
      const byId = new Map(items.map((i) => [String(i.id), i]));
      const engine = buildEngine(
        { retrieveLocale: () => files.locale, retrieveItem: (id) => byId.get(id) },
        files.style,
        'en-US',
      );
      engine.updateItems(items.map((i) => String(i.id)));
      engine.setOutputFormat('text');
      const clusters: { id: string; [k: string]: string | boolean }[][] = [
        [{ id: 'odd', locator: '3–4' }],
        [{ id: 'hughes-rsis', prefix: 'see ', suffix: ', Alliance Anxieties, paragraph 2' }],
        [{ id: 'smith2019', 'suppress-author': true }, { id: 'odd' }],
      ];
      for (const cluster of clusters) {
        const cites = cluster.map(({ 'suppress-author': s, id, ...c }) => ({
          id,
          ...(c as { locator?: string; prefix?: string; suffix?: string }),
          ...(s ? { suppressAuthor: true } : {}),
        }));
        expect(formatCitation(items, cites, files).text).toBe(
          engine.makeCitationCluster(cluster).replace(/\s+$/, ''),
        );
      }
    },
  );

  it('refuses to cite an id it was not given', () => {
    expect(() => formatCitation([article], [{ id: 'nobody' }], apa)).toThrow(/'nobody'/);
  });
});
