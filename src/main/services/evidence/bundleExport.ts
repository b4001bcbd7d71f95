/**
 * Packs a case's work as one bundle (src/core/evidence/bundle/manifest.ts), returned as base64
 * with its name `<case>-bundle-<date>.diptych`; the page delivers it (`deliverFile`) as any other
 * file the analyst takes away. Cancellable until packed.
 */
import { createHash } from 'node:crypto';
import { ApiError } from '../../../core/api/errors';
import { BundleWriter } from '../../../core/evidence/bundle/bundleWriter';
import { BUNDLE_EXTENSION } from '../../../core/evidence/bundleFile';
import { MAX_BUNDLE_BYTES } from '../../../core/evidence/bundle/limits';
import { firstInvalidUtf8 } from '../../../core/evidence/document/decodeText';
import type { UserLayer } from '../../../core/user/schema';
import { serializeUserLayer } from '../userLayerStore';
import { readCaseFiles } from './caseFiles';
import type { EvidenceContext } from './evidenceContext';
import type { Operation } from './operations';

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function exportBundle(
  ctx: EvidenceContext,
  caseId: string,
  operationId: string | undefined,
) {
  return ctx.operations.run(operationId, async (op) => {
    const builtIn = await ctx.cases.get(caseId);
    op.progress(0, 1, 'Collecting the case’s files');
    await ctx.flushPending();
    const snapshot = await ctx.users.exclusive(caseId, async (state) => {
      if (state.status === 'broken') {
        throw new ApiError(
          'unreadable',
          `${state.file} cannot be read, so the case cannot be exported: ${state.message}`,
          state.file,
        );
      }
      return { layer: state.layer, files: await readCaseFiles(ctx.workspace, caseId) };
    });
    const archive = await pack(ctx, op, builtIn, snapshot.layer, snapshot.files);
    if (archive.length > MAX_BUNDLE_BYTES) {
      throw new ApiError(
        'too-large',
        `The bundle would be ${mb(archive.length)}; bundles of at most ${mb(MAX_BUNDLE_BYTES)} can be imported. Detach large documents and try again.`,
      );
    }
    await op.checkpoint();
    op.commit();
    const stamp = ctx.now().toISOString().slice(0, 10);
    op.progress(1, 1, 'Bundle packed');
    return {
      status: 'done' as const,
      fileName: `${caseId}-bundle-${stamp}.${BUNDLE_EXTENSION}`,
      bytes: archive.length,
      contentBase64: Buffer.from(archive).toString('base64'),
    };
  });
}

async function pack(
  ctx: EvidenceContext,
  op: Operation,
  builtIn: { readonly id: string; readonly title: string },
  layer: UserLayer,
  files: Awaited<ReturnType<typeof readCaseFiles>>,
): Promise<Uint8Array> {
  const writer = new BundleWriter(
    {
      caseId: builtIn.id,
      caseTitle: builtIn.title,
      createdAt: ctx.now().toISOString(),
      appVersion: ctx.appVersion,
    },
    sha256Hex,
  );
  const entries: [string, Uint8Array][] = [
    ['user.json', Buffer.from(serializeUserLayer(layer))],
    ['case.json', Buffer.from(`${JSON.stringify(builtIn, null, 2)}\n`)],
  ];
  for (const doc of layer.documents) {
    const bytes = files.documents.get(doc.id);
    if (!bytes) {
      throw new ApiError(
        'unreadable',
        `The text of "${doc.fileName}" (${doc.storedAs}) is missing; detach it or attach it again before exporting.`,
      );
    }
    entries.push([doc.storedAs, bytes]);
  }
  for (const [issue, bytes] of files.notes) {
    if (firstInvalidUtf8(bytes) !== -1) {
      throw new ApiError(
        'unreadable',
        `notes/${builtIn.id}/${issue}.md is not UTF-8 text, so the case cannot be exported.`,
      );
    }
    entries.push([`notes/${issue}.md`, bytes]);
  }
  for (const [index, [name, bytes]] of entries.entries()) {
    op.progress(index, entries.length, `Packing ${name}`);
    await op.checkpoint();
    writer.add(name, bytes);
  }
  op.progress(entries.length, entries.length, 'Packed');
  return writer.finish();
}

function mb(bytes: number): string {
  return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
}
