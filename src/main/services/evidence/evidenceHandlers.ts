/** The contract's evidence methods (src/core/evidence/api.ts), served by the evidence services. */
import type { DiptychHandlers } from '../../../core/api/contract';
import type { evidenceMethods } from '../../../core/evidence/api';
import { exportBundle } from './bundleExport';
import { importBundle, inspectBundle, type SwapHook } from './bundleImport';
import { ClaimService } from './claimService';
import { CsvService } from './csvService';
import { DataService } from './dataService';
import { DocumentService } from './documentService';
import type { EvidenceContext } from './evidenceContext';
import type { WriteFileFn } from '../durableWrite';
import { SourceService } from './sourceService';
import { exportSources } from './sourcesExport';
import { StructureService } from './structureService';

export type EvidenceHandlers = Pick<DiptychHandlers, keyof typeof evidenceMethods>;

export interface EvidenceHandlerOptions {
  /** Tests only: runs between the steps of a bundle import's swap. */
  readonly swapHook?: SwapHook;
  /** Tests only: how an import's backup is written (a disk that loses bytes). */
  readonly backupWrite?: WriteFileFn;
}

export function evidenceHandlers(
  ctx: EvidenceContext,
  options: EvidenceHandlerOptions = {},
): EvidenceHandlers {
  const claims = new ClaimService(ctx);
  const structure = new StructureService(ctx);
  const sources = new SourceService(ctx);
  const data = new DataService(ctx);
  const csv = new CsvService(ctx);
  const documents = new DocumentService(ctx);
  return {
    addClaim: (caseId, claim) => claims.add(caseId, claim),
    updateClaim: (caseId, claimId, claim) => claims.update(caseId, claimId, claim),
    deleteClaim: (caseId, claimId) => claims.delete(caseId, claimId),
    restoreClaim: (caseId, claim) => claims.restore(caseId, claim),
    addIssue: (caseId, issue) => structure.addIssue(caseId, issue),
    addDimension: (caseId, issueId, dimension) =>
      structure.addDimension(caseId, issueId, dimension),
    addSource: (caseId, source) => sources.add(caseId, source),
    previewCslJson: (caseId, fileName, base64) => sources.previewCsl(caseId, fileName, base64),
    importCslJson: (caseId, fileName, base64) => sources.importCsl(caseId, fileName, base64),
    addMeasure: (caseId, measure) => data.addMeasure(caseId, measure),
    addPoint: (caseId, measureId, point) => data.addPoint(caseId, measureId, point),
    importCsvPoints: (caseId, target, fileName, base64, mapping, operationId, badRows) =>
      csv.import(caseId, target, fileName, base64, mapping, operationId, badRows),
    attachDocument: (caseId, sourceId, fileName, content) =>
      documents.attach(caseId, sourceId, fileName, content),
    readDocument: (caseId, documentId) => documents.read(caseId, documentId),
    anchorQuotes: (caseId, documentId) => documents.anchor(caseId, documentId),
    detachDocument: (caseId, documentId) => documents.detach(caseId, documentId),
    exportSources: (caseId, format) => exportSources(ctx, caseId, format),
    exportBundle: (caseId, operationId) => exportBundle(ctx, caseId, operationId),
    inspectBundle: (content, fileName) => inspectBundle(ctx, content, fileName),
    importBundle: (content, fileName, operationId) =>
      importBundle(ctx, content, fileName, operationId, options.swapHook, options.backupWrite),
    cancelOperation: async (operationId) => ({ accepted: ctx.operations.cancel(operationId) }),
  };
}
