/**
 * The Node side of Diptych, with no Electron in it: both hosts create it and serve its handlers.
 */
import type { z } from 'zod';
import type { AppInfo, CaseList, DiptychHandlers, OpenedCase } from '../../core/api/contract';
import { chooseCase } from '../../core/case/chooseCase';
import { ApiError } from '../../core/api/errors';
import { CaseStore } from './caseStore';
import { EventHub } from './events';
import { FileDelivery, type SaveDialog } from './fileDelivery';
import { FlushCoordinator } from './flushCoordinator';
import { NoteStore } from './notes/noteStore';
import { OpenedBundles } from './openedBundles';
import { SettingsStore } from './settingsStore';
import { evidenceHandlers } from './evidence/evidenceHandlers';
import { Operations } from './evidence/operations';
import { UserLayerStore } from './userLayerStore';
import { Workspace } from './workspace';

export interface ServiceOptions {
  readonly workspaceDir: string;
  readonly casesDir: string;
  readonly host: 'electron' | 'browser';
  readonly version: string;
  /** Where to save a delivered file (a save dialog); without it, the page downloads it. */
  readonly saveDialog?: SaveDialog;
  /** Prints HTML to PDF (Electron's printToPDF); without it, `printToPdf` answers unsupported. */
  readonly printToPdf?: (html: string) => Promise<Uint8Array>;
}

export interface Services {
  readonly workspace: Workspace;
  readonly events: EventHub;
  readonly handlers: DiptychHandlers;
  /** Asks the renderer to save what it holds, before a window closes or the host stops. */
  readonly flushRenderer: FlushCoordinator;
  /** Bundles the OS asked the app to open (Electron's open-file and second-instance). */
  readonly openedBundles: OpenedBundles;
  /** Waits for every pending write; called before the process exits. */
  flush(): Promise<void>;
}

export async function createServices(options: ServiceOptions): Promise<Services> {
  const workspace = await Workspace.open(options.workspaceDir);
  const events = new EventHub();
  const cases = new CaseStore(options.casesDir);
  const users = new UserLayerStore(workspace);
  const notes = new NoteStore(workspace, {
    onChangedOnDisk: (change) => events.emit('noteChangedOnDisk', change),
  });
  const settings = new SettingsStore(workspace);
  const delivery = new FileDelivery(
    workspace,
    options.saveDialog ? { saveDialog: options.saveDialog } : {},
  );
  const flushRenderer = new FlushCoordinator(events);
  const openedBundles = new OpenedBundles((fileName) => events.emit('bundleOpened', { fileName }));
  const evidence = evidenceHandlers({
    workspace,
    users,
    cases,
    operations: new Operations((progress) => events.emit('operationProgress', progress)),
    appVersion: options.version,
    flushPending: () => notes.flush(),
    now: () => new Date(),
  });

  const info = (): z.infer<typeof AppInfo> => ({
    name: 'Diptych',
    version: options.version,
    host: options.host,
    workspace: workspace.root,
  });
  const listCases = async (): Promise<z.infer<typeof CaseList>> => {
    const { cases: list, problems } = await cases.catalogue();
    return { cases: [...list], problems: [...problems] };
  };
  const openCase = async (caseId: string): Promise<z.infer<typeof OpenedCase>> => {
    const found = await cases.get(caseId);
    return { case: found, user: await users.read(caseId) };
  };

  const handlers: DiptychHandlers = {
    boot: async () => {
      const [catalogue, read] = await Promise.all([listCases(), settings.read()]);
      const chosen = chooseCase(catalogue.cases, read.settings.lastCase);
      if (!chosen) {
        return {
          info: info(),
          catalogue,
          settings: read,
          opened: null,
          failure: 'No case could be opened.',
        };
      }
      try {
        const opened = await openCase(chosen.id);
        return { info: info(), catalogue, settings: read, opened, failure: null };
      } catch (error) {
        // A case that fails to open is reported on the first screen, like any other call's error.
        const message = error instanceof Error ? error.message : String(error);
        return { info: info(), catalogue, settings: read, opened: null, failure: message };
      }
    },
    getAppInfo: async () => info(),
    listCases,
    openCase,
    saveVerdict: async (caseId, issue, dimension, pair, verdict) => {
      const found = await cases.get(caseId);
      const row = found.issues
        .find((i) => i.id === issue)
        ?.dimensions.find((d) => d.id === dimension);
      if (!row) throw new ApiError('not-found', `The case has no row ${issue} / ${dimension}.`);
      for (const period of [pair.from, pair.to]) {
        if (!found.periods.some((p) => p.id === period)) {
          throw new ApiError('not-found', `The case has no period ${period}; nothing was saved.`);
        }
      }
      return users.saveVerdict(caseId, issue, dimension, pair, verdict);
    },
    saveFigureText: async (caseId, measure, input) => {
      const found = await cases.get(caseId);
      const builtIn = found.measures.some((m) => m.id === measure);
      return users.saveFigureText(caseId, measure, builtIn, input);
    },
    setAsideUserLayer: (caseId) => users.setAside(caseId),
    readNote: (caseId, issueId) => notes.read(caseId, issueId),
    writeNote: async (caseId, issueId, text, base) => {
      const result = await notes.write(caseId, issueId, text, base);
      // Other tabs showing this note must learn that their text is no longer what is on disk.
      if (result.status === 'saved') {
        events.emitToOthers('noteChangedOnDisk', { caseId, issueId, revision: result.revision });
      }
      return result;
    },
    listNotes: (caseId) => notes.list(caseId),
    searchNotes: (caseId, query) => notes.search(caseId, query),
    noteClaimLinks: (caseId) => notes.claimLinks(caseId),
    keepNoteCopy: async (caseId, issueId, text) => ({
      file: await notes.keepCopy(caseId, issueId, text),
    }),
    readSettings: () => settings.read(),
    writeSettings: (next) => settings.write(next),
    deliverFile: (caseId, fileName, content) => delivery.deliver(caseId, fileName, content),
    printToPdf: async (htmlBase64) => {
      if (!options.printToPdf) return { status: 'unsupported' };
      const pdf = await options.printToPdf(Buffer.from(htmlBase64, 'base64').toString('utf8'));
      return { status: 'printed', contentBase64: Buffer.from(pdf).toString('base64') };
    },
    takeOpenedBundle: () => openedBundles.take(),
    flushDone: async (id, answer) => {
      flushRenderer.done(id, answer);
      return null;
    },
    ...evidence,
  };

  return {
    workspace,
    events,
    handlers,
    flushRenderer,
    openedBundles,
    flush: async () => {
      await notes.flush();
      await settings.flush();
    },
  };
}
