/**
 * Documents the analyst attaches to a source: decoded and (for HTML) reduced to text in
 * src/core/evidence/document, stored as UTF-8 text in `cases/<case>/documents/<id>.txt` beside
 * user.json, listed in the user layer, and searched for every quote of their source.
 */
import { createHash } from 'node:crypto';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { ApiError } from '../../../core/api/errors';
import { buildAnchorReport, type AnchorReport } from '../../../core/evidence/anchor/anchorReport';
import { documentText } from '../../../core/evidence/document/documentText';
import { firstInvalidUtf8 } from '../../../core/evidence/document/decodeText';
import { newUserId } from '../../../core/user/ids';
import type { DocumentEntry } from '../../../core/user/items';
import type { UserLayerState } from '../../../core/user/schema';
import { setImmediate as yieldTurn } from 'node:timers/promises';
import { mutateWithView, nowIso, viewOf } from './caseView';
import type { EvidenceContext } from './evidenceContext';
import { badFile, bytesOf, named } from './fileArgs';

export class DocumentService {
  constructor(private readonly ctx: EvidenceContext) {}

  /** Where a document's text lies: `<workspace>/cases/<case>/documents/<id>.txt`. */
  file(caseId: string, documentId: string): string {
    return this.ctx.workspace.dir(
      path.dirname(this.ctx.workspace.userLayerFile(caseId)),
      'documents',
      `${documentId}.txt`,
    );
  }

  async attach(
    caseId: string,
    sourceId: string,
    fileName: string,
    base64: string,
  ): Promise<{ document: DocumentEntry; anchors: AnchorReport; user: UserLayerState }> {
    const bytes = bytesOf(fileName, base64);
    const read = documentText(fileName, bytes);
    if (!read.ok) {
      throw badFile(
        read.reason === 'type' ? 'invalid-arguments' : 'unreadable',
        fileName,
        read.message,
      );
    }
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    let written: string | undefined;
    let done: { value: DocumentEntry; user: UserLayerState };
    try {
      done = await mutateWithView(this.ctx, caseId, async (layer, view) => {
        if (!view.refs.sources.has(sourceId)) {
          throw new ApiError('not-found', `There is no source "${sourceId}" in this case.`);
        }
        const same = layer.documents.find((d) => d.source === sourceId && d.sha256 === sha256);
        if (same) {
          throw new ApiError(
            'conflict',
            `${named(fileName)} is already attached to this source (as ${named(same.fileName)}).`,
          );
        }
        const id = newUserId('doc', fileName.replace(/\.[^.]*$/, ''), view.taken);
        const document: DocumentEntry = {
          id,
          source: sourceId,
          fileName,
          mediaType: read.mediaType,
          encoding: read.encoding,
          bytes: bytes.length,
          sha256,
          chars: read.text.length,
          storedAs: `documents/${id}.txt`,
          addedAt: nowIso(this.ctx),
        };
        const file = this.file(caseId, id);
        written = file;
        await this.ctx.workspace.writeFile(file, read.text);
        return { layer: { ...layer, documents: [...layer.documents, document] }, value: document };
      });
    } catch (error) {
      // The layer was not written: the text stored for it must not stay behind.
      if (written) {
        await this.ctx.workspace
          .realEntry(written)
          .then((file) => rm(file, { force: true }))
          .catch(() => undefined);
      }
      throw error;
    }
    // Anchored once the layer is saved, so a long document does not hold other changes back.
    const { value: document, user } = done;
    const view = await viewOf(this.ctx, caseId, user.layer);
    const anchors = await buildAnchorReport(view.merged, document, read.text, yieldTurn);
    return { document, anchors, user };
  }

  async read(
    caseId: string,
    documentId: string,
  ): Promise<{ document: DocumentEntry; text: string }> {
    const state = await this.ctx.users.read(caseId);
    const document = state.layer.documents.find((d) => d.id === documentId);
    if (!document)
      throw new ApiError('not-found', `There is no document "${documentId}" in this case.`);
    return { document, text: await this.readText(caseId, document) };
  }

  async anchor(caseId: string, documentId: string): Promise<AnchorReport> {
    const state = await this.ctx.users.read(caseId);
    const document = state.layer.documents.find((d) => d.id === documentId);
    if (!document)
      throw new ApiError('not-found', `There is no document "${documentId}" in this case.`);
    const text = await this.readText(caseId, document);
    const view = await viewOf(this.ctx, caseId, state.layer);
    return buildAnchorReport(view.merged, document, text, yieldTurn);
  }

  async detach(
    caseId: string,
    documentId: string,
  ): Promise<{ detached: DocumentEntry; user: UserLayerState }> {
    const { value, user } = await this.ctx.users.mutate(caseId, (layer) => {
      const document = layer.documents.find((d) => d.id === documentId);
      if (!document)
        throw new ApiError('not-found', `There is no document "${documentId}" in this case.`);
      return {
        layer: { ...layer, documents: layer.documents.filter((d) => d.id !== documentId) },
        value: document,
      };
    });
    // Once the layer no longer lists it, the text goes; if that fails it is only an orphan.
    await this.ctx.workspace
      .realEntry(this.file(caseId, documentId))
      .then((file) => rm(file, { force: true }))
      .catch(() => undefined);
    return { detached: value, user };
  }

  private async readText(caseId: string, document: DocumentEntry): Promise<string> {
    const file = this.file(caseId, document.id);
    const rel = this.ctx.workspace.relative(file);
    let bytes: Buffer;
    const real = await this.ctx.workspace.real(file);
    try {
      bytes = await readFile(real);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new ApiError(
        'unreadable',
        code === 'ENOENT'
          ? `The text of ${named(document.fileName)} is missing (${rel}); attach the file again.`
          : `The text of ${named(document.fileName)} cannot be read (${code ?? 'error'}).`,
        rel,
      );
    }
    if (firstInvalidUtf8(bytes) !== -1) {
      throw new ApiError(
        'unreadable',
        `${rel} is not UTF-8 text; attach ${named(document.fileName)} again.`,
        rel,
      );
    }
    return bytes.toString('utf8');
  }
}
