/**
 * Attaching a document and exporting a bundle onto a really full disk (a small tmpfs, as root on
 * Linux): each answers with the same named `io` error every writer gives, never an internal
 * fault, and leaves no partial file.
 */
import { open, readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { contract } from '../../../core/api/contract';
import { dispatch } from '../../../core/api/dispatch';
import { caseFacts, openServices } from '../drill/drillServices';
import { Scratch } from '../testing/scratch';

const scratch = new Scratch('diptych-full-');
afterEach(() => scratch.cleanup());

/** Writes one file until the filesystem refuses another byte. */
async function fill(dir: string): Promise<void> {
  const handle = await open(path.join(dir, 'filler'), 'w');
  const chunk = Buffer.alloc(4096, 1);
  try {
    for (;;) await handle.write(chunk);
  } catch {
    // ENOSPC: full.
  } finally {
    await handle.close();
  }
}

test('a document and a bundle written onto a full disk fail with a named io error', async (ctx) => {
  const root = await scratch.tmpfs('2m');
  ctx.skip(root === undefined, 'mounting a tmpfs needs root on Linux');
  const services = await openServices(root!);
  const f = await caseFacts();
  await fill(root!);
  const call = (name: string, ...args: unknown[]) =>
    dispatch(contract, services.handlers, name, args);

  const text = Buffer.from('A report on trade. '.repeat(5000)).toString('base64');
  const attached = await call('attachDocument', f.caseId, f.source, 'report.txt', text);
  expect(attached).toMatchObject({
    ok: false,
    error: {
      code: 'io',
      message: expect.stringMatching(
        /^The disk is full: cases\/japan-trump\/documents\/u-report-[a-z0-9]+\.txt was not saved\./,
      ),
    },
  });

  // Packing writes nothing; the bundle reaches the disk when it is delivered like any export.
  const packed = await call('exportBundle', f.caseId);
  expect(packed).toMatchObject({ ok: true, value: { status: 'done' } });
  const { fileName, contentBase64 } = (
    packed as { readonly value: { readonly fileName: string; readonly contentBase64: string } }
  ).value;
  const delivered = await call('deliverFile', f.caseId, fileName, contentBase64);
  expect(delivered).toMatchObject({
    ok: false,
    error: {
      code: 'io',
      message: expect.stringMatching(
        /^The disk is full: exports\/japan-trump-bundle-[\d-]+\.diptych was not saved\./,
      ),
    },
  });
  expect(await readdir(path.join(root!, 'exports'))).toEqual([]);
  const documents = path.join(root!, 'cases', f.caseId, 'documents');
  expect(await readdir(documents).catch(() => [])).toEqual([]);
});
