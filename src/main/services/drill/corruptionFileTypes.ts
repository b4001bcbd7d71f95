/** The file types Diptych reads, each with how to create it, read it, and try to save over it. */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { defaultSettings } from '../../../core/settings/schema';
import type { Services } from '../services';
import { DEFAULT_CASE, failureOf, treeHash, type CaseFacts } from './drillServices';

export interface FileType {
  readonly name: string;
  /** Text files are corrupted by cuts inside a multi-byte character (any other cut is text). */
  readonly text: boolean;
  /** Creates the file through the services; returns its path and valid bytes. */
  setup(services: Services, casesDir: string): Promise<{ file: string; bytes: Buffer }>;
  /** Whether reading it reports a problem that names the file. */
  reported(services: Services, file: string): Promise<boolean>;
  /** A save that would replace or use the file. */
  attemptWrite(services: Services, file: string): Promise<unknown>;
  /** Whether the corrupt bytes are still there, byte for byte, after the attempted save. */
  preserved(file: string, bad: Buffer, workspace: string, before: string): Promise<boolean>;
}

const sameBytes = async (file: string, bad: Buffer): Promise<boolean> =>
  (await readFile(file).catch(() => Buffer.alloc(0))).equals(bad) &&
  (await readFile(file).then(
    () => true,
    () => false,
  ));

const NOTE_TEXT = '# Trade — été\n\nLes négociations: ÉTÉ, Übung, 日本, naïve café.\n';

export function fileTypes(facts: CaseFacts): FileType[] {
  const { caseId, issue, dimension, comparison, source } = facts;
  const pair = { from: comparison[0]!, to: comparison[1]! };
  const verdict = (rationale: string) => ({
    verdict: 'continuity' as const,
    rationale,
  });
  return [
    {
      name: 'case.json (built-in case)',
      text: false,
      setup: async (_s, casesDir) => {
        const file = path.join(casesDir, 'drill-copy', 'case.json');
        return { file, bytes: await readFile(file) };
      },
      reported: async (s) => {
        const { problems } = await s.handlers.listCases();
        const opened = await failureOf(() => s.handlers.openCase('drill-copy'));
        return (
          problems.some((p) => p.file.includes('drill-copy/case.json')) &&
          opened !== undefined &&
          (opened.file ?? '').includes('case.json') &&
          opened.message.length > 0
        );
      },
      attemptWrite: (s) =>
        s.handlers.saveVerdict('drill-copy', issue, dimension, pair, verdict('x')),
      preserved: (file, bad) => sameBytes(file, bad),
    },
    {
      name: 'user.json (user layer)',
      text: false,
      setup: async (s) => {
        await s.handlers.saveVerdict(caseId, issue, dimension, pair, verdict('kept'));
        const file = s.workspace.userLayerFile(caseId);
        return { file, bytes: await readFile(file) };
      },
      reported: async (s) => {
        const { user } = await s.handlers.openCase(caseId);
        return user.status === 'broken' && user.file.includes('user.json');
      },
      attemptWrite: (s) => s.handlers.saveVerdict(caseId, issue, dimension, pair, verdict('over')),
      preserved: (file, bad) => sameBytes(file, bad),
    },
    {
      name: 'settings.json',
      text: false,
      setup: async (s) => {
        await s.handlers.writeSettings({ ...defaultSettings(), chartsSize: 30 });
        const file = path.join(s.workspace.root, 'settings.json');
        return { file, bytes: await readFile(file) };
      },
      reported: async (s) => {
        const read = await s.handlers.readSettings();
        return read.status === 'broken' && read.file.includes('settings.json');
      },
      attemptWrite: (s) => s.handlers.writeSettings({ ...defaultSettings(), chartsSize: 60 }),
      // A settings save moves the unreadable file aside: its bytes must be kept there.
      preserved: async (file, bad) => {
        const dir = path.dirname(file);
        const names = await readdir(dir);
        for (const name of names.filter((n) => n.startsWith('settings'))) {
          if ((await readFile(path.join(dir, name))).equals(bad)) return true;
        }
        return false;
      },
    },
    {
      name: 'note (*.md)',
      text: true,
      setup: async (s) => {
        const saved = await s.handlers.writeNote(caseId, issue, NOTE_TEXT, 'absent');
        if (saved.status !== 'saved') throw new Error('the note could not be created');
        const file = s.workspace.noteFile(caseId, issue);
        return { file, bytes: await readFile(file) };
      },
      reported: async (s) => {
        const read = await s.handlers.readNote(caseId, issue);
        return read.status === 'unreadable' && read.file.includes(`${issue}.md`);
      },
      attemptWrite: async (s) => {
        await s.handlers.writeNote(caseId, issue, 'over', 'absent');
      },
      preserved: (file, bad) => sameBytes(file, bad),
    },
    {
      name: 'document text (documents/*.txt)',
      text: true,
      setup: async (s) => {
        const attached = await s.handlers.attachDocument(
          caseId,
          source,
          'drill.txt',
          Buffer.from(NOTE_TEXT.repeat(4)).toString('base64'),
        );
        const file = path.join(
          s.workspace.root,
          'cases',
          caseId,
          'documents',
          `${attached.document.id}.txt`,
        );
        return { file, bytes: await readFile(file) };
      },
      reported: async (s, file) => {
        const id = path.basename(file, '.txt');
        const read = await failureOf(() => s.handlers.readDocument(caseId, id));
        return read !== undefined && `${read.file ?? ''} ${read.message}`.includes(`${id}.txt`);
      },
      attemptWrite: async (s, file) => {
        await s.handlers.anchorQuotes(caseId, path.basename(file, '.txt')).catch(() => undefined);
        await s.handlers.saveVerdict(caseId, issue, dimension, pair, verdict('after'));
      },
      preserved: (file, bad) => sameBytes(file, bad),
    },
    {
      name: 'bundle (.zip)',
      text: false,
      setup: async (s) => {
        await s.handlers.saveVerdict(caseId, issue, dimension, pair, verdict('bundled'));
        const done = await s.handlers.exportBundle(caseId);
        if (done.status !== 'done') throw new Error('the bundle was not exported');
        const file = path.join(s.workspace.root, 'exports', done.fileName);
        await mkdir(path.dirname(file), { recursive: true });
        await writeFile(file, Buffer.from(done.contentBase64, 'base64'));
        return { file, bytes: await readFile(file) };
      },
      reported: async (s, file) => {
        const b64 = (await readFile(file)).toString('base64');
        const failed = await failureOf(() => s.handlers.inspectBundle(b64, 'drill-bundle.zip'));
        return failed !== undefined && failed.message.includes('drill-bundle.zip');
      },
      attemptWrite: async (s, file) => {
        const b64 = (await readFile(file)).toString('base64');
        await s.handlers.importBundle(b64, 'drill-bundle.zip');
      },
      // The import must change nothing in the workspace.
      preserved: async (file, bad, workspace, before) =>
        (await sameBytes(file, bad)) && (await treeHash(workspace)) === before,
    },
  ];
}

export { DEFAULT_CASE };
