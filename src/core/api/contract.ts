/**
 * The one API contract between the UI and the Node side. Electron IPC, the preload bridge, the
 * browser host and the renderer client are all derived from this object; nothing is declared
 * twice.
 */
import { z } from 'zod';
import { Case, CaseSummary, Id } from '../case/schema';
import { evidenceEvents, evidenceMethods } from '../evidence/api';
import { Settings, SettingsRead, SettingsWritten } from '../settings/schema';
import { FigureTextInput } from '../user/figureText';
import { PeriodPair, UserLayerState, VerdictInput } from '../user/schema';
import { method, type ApiOf, type HandlersOf } from './define';
import { Delivery, DeliveryFileName, PrintedPdf } from './delivery';
import { Base64, NoteText, Text } from './limits';

export const CaseProblem = z.strictObject({
  file: z.string(),
  path: z.string(),
  message: z.string(),
});

export const AppInfo = z.strictObject({
  name: z.literal('Diptych'),
  version: z.string(),
  host: z.enum(['electron', 'browser']),
  workspace: z.string(),
});

/** A revision is a hash of a file's bytes: a write against a stale revision is refused. */
export const Revision = z.string().regex(/^[a-f0-9]{16,64}$/);
export const NoRevision = z.literal('absent');

export const NoteRead = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('ok'), text: z.string(), revision: Revision.or(NoRevision) }),
  /** The file exists but cannot be read as UTF-8 text: it is shown as an error and never written. */
  z.strictObject({ status: z.literal('unreadable'), file: z.string(), message: z.string() }),
]);

export const NoteWrite = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('saved'), revision: Revision }),
  /** The file changed on disk since it was read: nothing was written. */
  z.strictObject({
    status: z.literal('conflict'),
    diskText: z.string().nullable(),
    diskRevision: Revision.or(NoRevision),
  }),
]);

export const NoteHit = z.strictObject({
  issue: Id,
  line: z.number().int().positive(),
  text: z.string(),
});

export const CaseList = z.strictObject({
  cases: z.array(CaseSummary),
  problems: z.array(CaseProblem),
});
export const OpenedCase = z.strictObject({ case: Case, user: UserLayerState });

/**
 * What the first screen needs, in one answer: the app, the cases, the settings and the case used
 * last (or the default) opened, or why none could be.
 */
export const BootData = z.strictObject({
  info: AppInfo,
  catalogue: CaseList,
  settings: SettingsRead,
  opened: OpenedCase.nullable(),
  /** Why no case was opened; null when one was. */
  failure: z.string().nullable(),
});

export const contract = {
  methods: {
    /** The first screen's data in one round-trip instead of a chain of them. */
    boot: method(z.tuple([]), BootData),
    getAppInfo: method(z.tuple([]), AppInfo),
    listCases: method(z.tuple([]), CaseList),
    openCase: method(z.tuple([Id]), OpenedCase),
    /** Sets or clears (`null`) the verdict of a row for one ordered pair of periods. */
    saveVerdict: method(z.tuple([Id, Id, Id, PeriodPair, VerdictInput.nullable()]), UserLayerState),
    /**
     * Remembers the edited header, footer and alt text (and size and theme) of one measure's
     * figure, or with `null` forgets them: the case's own text comes back.
     */
    saveFigureText: method(z.tuple([Id, Id, FigureTextInput.nullable()]), UserLayerState),
    /** Moves a user layer that fails to parse aside (kept, renamed) and starts a fresh one. */
    setAsideUserLayer: method(
      z.tuple([Id]),
      z.strictObject({ keptAs: z.string(), user: UserLayerState }),
    ),
    readNote: method(z.tuple([Id, Id]), NoteRead),
    writeNote: method(z.tuple([Id, Id, NoteText, Revision.or(NoRevision)]), NoteWrite),
    listNotes: method(z.tuple([Id]), z.array(z.strictObject({ issue: Id, bytes: z.number() }))),
    searchNotes: method(z.tuple([Id, Text.min(1)]), z.array(NoteHit)),
    /** The claims each note of a case links to (`[[claim:<id>]]`), for the claims' backlinks. */
    noteClaimLinks: method(
      z.tuple([Id]),
      z.array(z.strictObject({ issue: Id, claims: z.array(Id) })),
    ),
    /** Keeps a version set aside in a conflict as `<issue>.conflict-<time>.md` beside the note. */
    keepNoteCopy: method(z.tuple([Id, Id, NoteText]), z.strictObject({ file: z.string() })),
    /** The workspace's layout settings; an unreadable file is reported and defaults used. */
    readSettings: method(z.tuple([]), SettingsRead),
    /** Writes the settings; an unreadable file is first kept aside, never overwritten. */
    writeSettings: method(z.tuple([Settings]), SettingsWritten),
    /**
     * Delivers a file the analyst asked for (base64 bytes, named `<case>-<what>.<ext>`): saved
     * where they choose (proposed: `<workspace>/exports/<name>`), cancelled, or handed back for
     * the page to download, as the host decides.
     */
    deliverFile: method(z.tuple([Id, DeliveryFileName, Base64]), Delivery),
    /**
     * Prints an HTML document (UTF-8 as base64: a brief, self-contained, already sanitised) to
     * PDF with page numbers and an outline; `unsupported` where the host has no printer of its
     * own (the browser host: the page opens the print view for the browser's Save as PDF).
     */
    printToPdf: method(z.tuple([Base64]), PrintedPdf),
    /**
     * The renderer answers a `flushRequested` event: everything pending was written (`saved`), or
     * something could not be (`not-saved`: the renderer has told the user).
     */
    flushDone: method(
      z.tuple([z.string().regex(/^[a-z0-9-]{1,40}$/), z.enum(['saved', 'not-saved'])]),
      z.null(),
    ),
    /**
     * The next bundle the system asked Diptych to open (a double-clicked `.diptych` file), read by
     * the Node side; null when there is none. The page never names a path.
     */
    takeOpenedBundle: method(
      z.tuple([]),
      z.strictObject({ fileName: z.string(), contentBase64: z.string() }).nullable(),
    ),
    /** The analyst's own claims, sources, data, documents and bundles (src/core/evidence/api.ts). */
    ...evidenceMethods,
  },
  events: {
    ...evidenceEvents,
    /** The window or the host is about to close: save everything pending, then call flushDone. */
    flushRequested: z.strictObject({ id: z.string(), reason: z.enum(['close', 'quit']) }),
    /** A bundle was opened from the system (double-click, Open With): call takeOpenedBundle. */
    bundleOpened: z.strictObject({ fileName: z.string() }),
    noteChangedOnDisk: z.strictObject({
      caseId: Id,
      issueId: Id,
      revision: Revision.or(NoRevision),
    }),
  },
} as const;

export type Contract = typeof contract;
export type DiptychApi = ApiOf<Contract>;
export type DiptychHandlers = HandlersOf<Contract>;
