import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCslJson } from './parseCsl';

const zotero = readFileSync(
  path.resolve(__dirname, '../../../../test/evidence/zotero-export.json'),
  'utf8',
);

describe('a Zotero CSL-JSON export', () => {
  const parsed = parseCslJson(zotero);
  if (!parsed.ok) throw new Error(parsed.message);
  const byTitle = new Map(parsed.sources.map((s) => [s.input.title, s.input]));

  it('brings in every item that has a title and the right shape', () => {
    expect(parsed.sources.map((s) => s.path)).toEqual([
      '$[0]',
      '$[1]',
      '$[2]',
      '$[3]',
      '$[4]',
      '$[5]',
    ]);
  });

  it('keeps authors, date, container, DOI and URL of a journal article', () => {
    expect(byTitle.get("Japan's alliance strategy in the age of Trump")).toEqual({
      type: 'article',
      cslType: 'article-journal',
      cslId: 'http://zotero.org/users/4412345/items/8JQ2V7XK',
      authors: [
        { family: 'Hughes', given: 'Christopher W.' },
        { family: 'Patalano', given: 'Alessio' },
      ],
      editors: [],
      title: "Japan's alliance strategy in the age of Trump",
      containerTitle: 'International Affairs',
      issued: '2019-09-01',
      url: 'https://academic.oup.com/ia/article/95/5/1035/5566789',
      doi: '10.1093/ia/iiz123',
      csl: expect.objectContaining({
        type: 'article-journal',
        volume: '95',
        issue: '5',
        page: '1035-1054',
        ISSN: '0020-5850',
        abstract: 'Examines alliance management under the first Trump administration.',
        accessed: { 'date-parts': [['2025', 3, 14]] },
      }),
    });
  });

  it('keeps only the CSL fields the schema knows, and the URL and DOI only as checked', () => {
    const csl = byTitle.get("Japan's alliance strategy in the age of Trump")?.csl;
    expect(csl).not.toHaveProperty('journalAbbreviation');
    const hostile = parseCslJson(
      JSON.stringify([
        { id: 'x', type: 'report', title: 'T', URL: 'javascript:alert(1)', volume: '2' },
      ]),
    );
    if (!hostile.ok) throw new Error(hostile.message);
    expect(hostile.sources[0]!.input.csl).toEqual({
      id: 'x',
      type: 'report',
      title: 'T',
      volume: '2',
    });
  });

  it('reads books, chapters with editors and particles, institutional authors, seasons', () => {
    expect(byTitle.get('The Japan–U.S. Alliance at a Crossroads')).toMatchObject({
      type: 'book',
      publisher: 'Brookings Institution Press',
      issued: '2021',
    });
    expect(byTitle.get('Host-nation support and the politics of burden-sharing')).toMatchObject({
      type: 'chapter',
      issued: '2022-11',
      editors: [
        { family: 'Green', given: 'Michael J.' },
        { family: 'van der Berg', given: 'Pieter' },
      ],
    });
    expect(
      byTitle.get('Defense Programs and Budget of Japan: Overview of FY2025 Budget'),
    ).toMatchObject({
      type: 'webpage',
      authors: [{ literal: 'Ministry of Defense of Japan' }],
      issued: '2025-03',
    });
    // Month 13 is a CSL season (spring): the year is kept.
    expect(byTitle.get('U.S.-Japan Trade Agreements and Negotiations')).toMatchObject({
      type: 'report',
      issued: '2024',
    });
  });

  it('drops a URL that is not http(s) and a malformed DOI, and says so by path', () => {
    const item = byTitle.get('Japan pledges to raise defense spending to 2% of GDP');
    expect(item).toBeDefined();
    expect(item?.url).toBeUndefined();
    expect(item?.doi).toBeUndefined();
    expect(parsed.problems).toEqual(
      expect.arrayContaining([
        {
          path: '$[5].URL',
          message: "'javascript:alert(1)' is not an http(s) address; it was left out",
          skipped: false,
        },
        { path: '$[5].DOI', message: "'not-a-doi' is not a DOI; it was left out", skipped: false },
      ]),
    );
  });

  it('skips an item without a title and one of the wrong shape, by JSON path', () => {
    expect(parsed.problems).toEqual(
      expect.arrayContaining([
        { path: '$[6].title', message: 'the item has no title; it was skipped', skipped: true },
        {
          path: '$[7].author',
          message: expect.stringMatching(/expected array.*skipped/),
          skipped: true,
        },
      ]),
    );
  });
});

describe('malformed CSL-JSON', () => {
  it('says where the JSON breaks, by line and column', () => {
    const broken =
      '[\n  {"id": "a", "type": "book", "title": "T"},\n  {"id": "b" "type": "book"}\n]';
    const parsed = parseCslJson(broken);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok)
      expect(parsed.message).toMatch(/^it is not valid JSON: .*\(line 3, column 14\)$/);
  });

  it('says where a truncated file ends', () => {
    const parsed = parseCslJson('[{"id": "a", "type": "book", "title": "T"');
    expect(parsed).toMatchObject({
      ok: false,
      message: expect.stringMatching(/not valid JSON.*line 1, column 4[0-9]/),
    });
  });

  it.each([
    ['"a string"', 'it holds a string at $; CSL-JSON is an array of items (or one item)'],
    ['42', 'it holds a number at $; CSL-JSON is an array of items (or one item)'],
    ['[]', 'it holds no items ($ is an empty array)'],
    ['', 'the file is empty'],
  ])('refuses %j', (text, message) => {
    expect(parseCslJson(text)).toEqual({ ok: false, message });
  });

  it('reads a single item, with its problems at the root path', () => {
    const parsed = parseCslJson(
      '{"id": 7, "type": "webpage", "title": "One", "issued": {"raw": "2024-05-02"}}',
    );
    expect(parsed).toMatchObject({
      ok: true,
      sources: [{ path: '$', input: { cslId: '7', issued: '2024-05-02' } }],
    });
    expect(parseCslJson('{"type": "book", "title": "No id"}')).toMatchObject({
      ok: true,
      sources: [],
      problems: [{ path: '$.id', skipped: true }],
    });
  });

  it('skips a second item with the same id', () => {
    const parsed = parseCslJson(
      '[{"id":"a","type":"book","title":"A"},{"id":"a","type":"book","title":"B"}]',
    );
    expect(parsed).toMatchObject({
      ok: true,
      sources: [{ input: { title: 'A' } }],
      problems: [{ path: '$[1].id' }],
    });
  });
});
