/**
 * The contract's methods and events for the analyst's own evidence: claims, issue areas and
 * dimensions, sources (by hand or CSL-JSON), data (by hand or CSV), documents with quote
 * anchoring, and case bundles. Spread into `contract` (src/core/api/contract.ts).
 *
 * Every method that changes the user layer returns the new `UserLayerState`, so the UI can
 * merge it with the built-in case again (`mergeCase`, src/core/user/merge.ts).
 */
import { z } from 'zod';
import { method } from '../api/define';
import { DeliveryFileName } from '../api/delivery';
import { Base64, FileName } from '../api/limits';
import { Dimension, Id, Point, TextQuoteSelector } from '../case/schema';
import {
  ClaimInput,
  DimensionInput,
  DocumentEntry,
  IssueInput,
  MeasureDraft,
  MeasureInput,
  PointInput,
  SourceInput,
  UserClaim,
  UserId,
  UserIssue,
  UserMeasure,
  UserSource,
} from '../user/items';
import { UserLayerState } from '../user/schema';
import { CsvMapping } from './csv/csvMapping';

/** Chosen by the UI for a long operation, so it can follow its progress and cancel it. */
export const OperationId = z.string().regex(/^[a-z0-9-]{1,40}$/, 'must be 1–40 of [a-z0-9-]');

export const Cancelled = z.strictObject({ status: z.literal('cancelled') });

/** Where imported points go: an existing measure (built-in or own), or a new own measure. */
export const CsvTarget = z.union([
  z.strictObject({ measure: Id }),
  z.strictObject({ newMeasure: MeasureDraft }),
]);
export type CsvTarget = z.input<typeof CsvTarget>;

/** What an import does with rows that cannot become points: refuse the file, or skip them. */
export const CsvBadRows = z.enum(['refuse', 'skip']);
export type CsvBadRows = z.infer<typeof CsvBadRows>;

const SkippedRow = z.strictObject({ line: z.number().int().positive(), reason: z.string() });

const PointOut = Point;
const SourceDraftOut = SourceInput;

export const CslProblemOut = z.strictObject({
  path: z.string(),
  message: z.string(),
  skipped: z.boolean(),
});

export const CslPreview = z.strictObject({
  fileName: z.string(),
  sources: z.array(
    z.strictObject({
      path: z.string(),
      source: SourceDraftOut,
      /** An own source this item already is (same CSL id, DOI, or title and year): not imported again. */
      duplicateOf: Id.optional(),
    }),
  ),
  problems: z.array(CslProblemOut),
});

/** One quote of the document's source: a claim's, a point's, or a derivation's. */
export const QuoteRef = z.strictObject({
  kind: z.enum(['claim', 'point', 'derivation']),
  /** The claim's id, or the point's. */
  id: Id,
  measure: Id.optional(),
  origin: z.enum(['builtIn', 'user']),
  selector: TextQuoteSelector,
  locator: z.string().optional(),
});

export const AnchoredQuote = QuoteRef.extend({
  /** `[start, end)` in the document's text (UTF-16 offsets, as `readDocument` returns it). */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  errors: z.number().int().nonnegative(),
  score: z.number().min(0).max(1),
  ambiguous: z.boolean(),
});

export const AnchorReport = z.strictObject({
  documentId: UserId,
  source: Id,
  chars: z.number().int().nonnegative(),
  found: z.array(AnchoredQuote),
  approximate: z.array(AnchoredQuote),
  notFound: z.array(QuoteRef),
});
export type AnchorReport = z.infer<typeof AnchorReport>;

const Counts = z.strictObject({
  verdicts: z.number().int().nonnegative(),
  claims: z.number().int().nonnegative(),
  sources: z.number().int().nonnegative(),
  issues: z.number().int().nonnegative(),
  dimensions: z.number().int().nonnegative(),
  measures: z.number().int().nonnegative(),
  points: z.number().int().nonnegative(),
  documents: z.number().int().nonnegative(),
  notes: z.number().int().nonnegative(),
});

export const BundleSummary = z.strictObject({
  fileName: z.string(),
  caseId: Id,
  caseTitle: z.string().optional(),
  createdAt: z.string(),
  appVersion: z.string(),
  /** What the bundle holds. */
  holds: Counts,
  /** What this workspace holds for the case now, which an import replaces (null: nothing). */
  replaces: Counts.nullable(),
  /** References in the bundle's layer that this Diptych's case lacks (shown, not imported). */
  problems: z.array(z.string()),
});

const WithUser = { user: UserLayerState };

export const evidenceMethods = {
  /** Adds an own claim; its issue, dimension, period and source must exist (built-in or own). */
  addClaim: method(z.tuple([Id, ClaimInput]), z.strictObject({ claim: UserClaim, ...WithUser })),
  /** Replaces an own claim's content; its id and createdAt stay. */
  updateClaim: method(
    z.tuple([Id, UserId, ClaimInput]),
    z.strictObject({ claim: UserClaim, ...WithUser }),
  ),
  /** Deletes an own claim and returns it, so the UI can undo with `restoreClaim`. */
  deleteClaim: method(z.tuple([Id, UserId]), z.strictObject({ deleted: UserClaim, ...WithUser })),
  /** Puts back a deleted claim with its id and dates (undo); refused if the id is in use. */
  restoreClaim: method(z.tuple([Id, UserClaim]), z.strictObject({ claim: UserClaim, ...WithUser })),
  addIssue: method(z.tuple([Id, IssueInput]), z.strictObject({ issue: UserIssue, ...WithUser })),
  /** Adds an own dimension to an issue area, built-in or own. */
  addDimension: method(
    z.tuple([Id, Id, DimensionInput]),
    z.strictObject({ issue: Id, dimension: Dimension, ...WithUser }),
  ),
  addSource: method(
    z.tuple([Id, SourceInput]),
    z.strictObject({ source: UserSource, ...WithUser }),
  ),
  /**
   * Reads a bibliography file without importing: the sources it would add, and its problems. The
   * file name's extension gives the format: `.bib`/`.bibtex` BibTeX, `.ris` RIS, else CSL-JSON.
   */
  previewCslJson: method(z.tuple([Id, FileName, Base64]), CslPreview),
  /** Imports a bibliography file's items as own sources; items already present are not repeated. */
  importCslJson: method(
    z.tuple([Id, FileName, Base64]),
    z.strictObject({
      imported: z.array(UserSource),
      duplicates: z.array(z.strictObject({ path: z.string(), existing: Id })),
      problems: z.array(CslProblemOut),
      ...WithUser,
    }),
  ),
  /**
   * The case's sources, built-in and own, as CSL-JSON, BibTeX or RIS, with the name
   * `<case>-sources.<json|bib|ris>`; nothing is written: the page delivers it (`deliverFile`).
   */
  exportSources: method(
    z.tuple([Id, z.enum(['csl-json', 'bibtex', 'ris'])]),
    z.strictObject({
      fileName: z.string(),
      text: z.string(),
      count: z.number().int().nonnegative(),
    }),
  ),
  /** A new own measure with at least one point. */
  addMeasure: method(
    z.tuple([Id, MeasureInput]),
    z.strictObject({ measure: UserMeasure, ...WithUser }),
  ),
  /** Adds an own point to a measure, built-in or own. */
  addPoint: method(
    z.tuple([Id, Id, PointInput]),
    z.strictObject({ measure: Id, point: PointOut, ...WithUser }),
  ),
  /**
   * Imports a CSV file's rows as points: all rows, or none if any row is bad (`refuse`, the
   * default), or the good rows only, reporting the bad ones (`skip`). Cancellable. The
   * file comes as bytes (UTF-8, UTF-16 or Windows-1252); its preview is computed in the UI
   * with `csvPreview` (src/core/evidence/csv/csvPreview.ts), so it is sent once.
   */
  importCsvPoints: method(
    z.tuple([
      Id,
      CsvTarget,
      FileName,
      Base64,
      CsvMapping,
      OperationId.optional(),
      CsvBadRows.optional(),
    ]),
    z.union([
      z.strictObject({
        status: z.literal('done'),
        measure: Id,
        created: z.boolean(),
        points: z.number().int().nonnegative(),
        /** Rows left out (with `skip`), by line and reason: the first 1,000 of `skippedCount`. */
        skipped: z.array(SkippedRow).max(1000),
        skippedCount: z.number().int().nonnegative(),
        ...WithUser,
      }),
      Cancelled,
    ]),
  ),
  /** Attaches a .txt, .md or .html file to a source; stores its text and anchors the quotes. */
  attachDocument: method(
    z.tuple([Id, Id, FileName, Base64]),
    z.strictObject({ document: DocumentEntry, anchors: AnchorReport, ...WithUser }),
  ),
  /** An attached document's stored text: what anchors' offsets refer to. */
  readDocument: method(
    z.tuple([Id, UserId]),
    z.strictObject({ document: DocumentEntry, text: z.string() }),
  ),
  /** Where every quote of the document's source lies in it: found, approximately, or not. */
  anchorQuotes: method(z.tuple([Id, UserId]), AnchorReport),
  /** Removes an attached document and its stored text. */
  detachDocument: method(
    z.tuple([Id, UserId]),
    z.strictObject({ detached: DocumentEntry, ...WithUser }),
  ),
  /**
   * Packs the case's user layer, documents and notes into one ZIP, returned as base64 with its
   * name `<case>-bundle-<date>.diptych` for the page to deliver (`deliverFile`); nothing is written.
   */
  exportBundle: method(
    z.tuple([Id, OperationId.optional()]),
    z.union([
      z.strictObject({
        status: z.literal('done'),
        /** `<case>-bundle-<date>.zip`, for `deliverFile`. */
        fileName: DeliveryFileName,
        bytes: z.number().int().nonnegative(),
        contentBase64: z.string(),
      }),
      Cancelled,
    ]),
  ),
  /** Checks a bundle completely and says what it holds and what an import would replace. */
  inspectBundle: method(z.tuple([Base64, FileName]), BundleSummary),
  /**
   * Imports a bundle: checked first, then written all at once. The case's user layer and
   * documents are replaced and the bundle's notes written over same-named notes; what was there
   * is first saved as `exports/<case>-before-import-<time>.zip`. Cancellable until writing starts.
   */
  importBundle: method(
    z.tuple([Base64, FileName, OperationId.optional()]),
    z.union([
      z.strictObject({
        status: z.literal('done'),
        caseId: Id,
        /** The backup of what was replaced, or null when there was nothing. */
        backup: z.string().nullable(),
        notes: z.array(Id),
        ...WithUser,
      }),
      Cancelled,
    ]),
  ),
  /** Asks a running operation to stop; false when it is unknown or already writing. */
  cancelOperation: method(z.tuple([OperationId]), z.strictObject({ accepted: z.boolean() })),
} as const;

export const evidenceEvents = {
  /** A long operation's progress: `done` of `total` steps, and what it is doing. */
  operationProgress: z.strictObject({
    operationId: OperationId,
    done: z.number().int().nonnegative(),
    total: z.number().int().nonnegative(),
    label: z.string(),
  }),
} as const;
