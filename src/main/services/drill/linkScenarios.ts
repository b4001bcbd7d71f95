/**
 * Symbolic links that lead out of the workspace, one per writing (and reading) method: a link
 * at `notes/<case>`, `notes`, `cases/<case>`, `cases/<case>/documents` or `exports` pointing at a
 * folder outside. Each call must be refused with an error naming the link, and the folder
 * outside must stay exactly as it was. Shared by the tests and the drill.
 */
import { lstat, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { ApiError } from '../../../core/api/errors';
import type { Services } from '../services';
import { caseFacts, failureOf, openServices, treeHash, type CaseFacts } from './drillServices';

export interface LinkScenario {
  readonly method: string;
  /** Where the link is made, relative to the workspace. */
  readonly link: (f: CaseFacts) => string;
  readonly call: (s: Services, f: CaseFacts) => Promise<unknown>;
}

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

export const LINK_SCENARIOS: readonly LinkScenario[] = [
  {
    method: 'writeNote',
    link: (f) => `notes/${f.caseId}`,
    call: (s, f) => s.handlers.writeNote(f.caseId, f.issue, '# Mine\n', 'absent'),
  },
  {
    method: 'writeNote (notes folder)',
    link: () => 'notes',
    call: (s, f) => s.handlers.writeNote(f.caseId, f.issue, '# Mine\n', 'absent'),
  },
  {
    method: 'keepNoteCopy',
    link: (f) => `notes/${f.caseId}`,
    call: (s, f) => s.handlers.keepNoteCopy(f.caseId, f.issue, 'set aside'),
  },
  {
    method: 'readNote',
    link: (f) => `notes/${f.caseId}`,
    call: (s, f) => s.handlers.readNote(f.caseId, f.issue),
  },
  {
    method: 'saveVerdict',
    link: (f) => `cases/${f.caseId}`,
    call: (s, f) =>
      s.handlers.saveVerdict(
        f.caseId,
        f.issue,
        f.dimension,
        { from: f.comparison[0]!, to: f.comparison[1]! },
        {
          verdict: 'continuity',
          rationale: 'mine',
        },
      ),
  },
  {
    method: 'openCase',
    link: (f) => `cases/${f.caseId}`,
    call: (s, f) => s.handlers.openCase(f.caseId),
  },
  {
    method: 'attachDocument',
    link: (f) => `cases/${f.caseId}/documents`,
    call: (s, f) => s.handlers.attachDocument(f.caseId, f.source, 'report.txt', b64('A report.')),
  },
  {
    method: 'deliverFile',
    link: () => 'exports',
    call: (s, f) => s.handlers.deliverFile(f.caseId, `${f.caseId}-chart.png`, b64('png')),
  },
  {
    // Packing a bundle writes nothing, but reads the case's files: a linked case folder is refused.
    method: 'exportBundle',
    link: (f) => `cases/${f.caseId}`,
    call: (s, f) => s.handlers.exportBundle(f.caseId, undefined),
  },
];

export interface LinkOutcome {
  /** The error the call ended with; undefined when it succeeded. */
  readonly error: ApiError | undefined;
  /** Whether anything in the folder outside the workspace changed. */
  readonly outsideChanged: boolean;
}

/** Runs one scenario in a fresh workspace beside a folder `outside` holding a file of the user. */
export async function runLinkScenario(scenario: LinkScenario): Promise<LinkOutcome> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'diptych-links-'));
  try {
    const facts = await caseFacts();
    const outside = path.join(root, 'outside');
    await mkdir(outside);
    await writeFile(path.join(outside, `${facts.issue}.md`), 'not Diptych’s\n');
    await writeFile(path.join(outside, 'user.json'), '{"not":"Diptych’s"}\n');
    const workspace = path.join(root, 'ws');
    const services = await openServices(workspace);
    const link = path.join(workspace, scenario.link(facts));
    await rm(link, { recursive: true, force: true });
    await mkdir(path.dirname(link), { recursive: true });
    await symlink(outside, link, 'dir');
    const before = await treeHash(outside);
    const error = await failureOf(() => scenario.call(services, facts));
    return { error, outsideChanged: (await treeHash(outside)) !== before };
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

/**
 * A note that is itself a link to a file elsewhere inside the workspace: a save writes through
 * it. Returns what the link and its target hold afterwards.
 */
export async function saveThroughNoteLink(): Promise<{
  stillLink: boolean;
  target: string;
  readBack: string;
}> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'diptych-links-'));
  try {
    const facts = await caseFacts();
    const workspace = path.join(root, 'ws');
    const services = await openServices(workspace);
    const target = path.join(workspace, 'shared', 'trade-notes.md');
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, 'first\n');
    const note = path.join(workspace, 'notes', facts.caseId, `${facts.issue}.md`);
    await mkdir(path.dirname(note), { recursive: true });
    await symlink(path.relative(path.dirname(note), target), note);
    const read = await services.handlers.readNote(facts.caseId, facts.issue);
    if (read.status !== 'ok') throw new Error(`the linked note did not read: ${read.message}`);
    await services.handlers.writeNote(facts.caseId, facts.issue, 'second\n', read.revision);
    const again = await services.handlers.readNote(facts.caseId, facts.issue);
    return {
      stillLink: (await lstat(note)).isSymbolicLink(),
      target: await readFile(target, 'utf8'),
      readBack: again.status === 'ok' ? again.text : '',
    };
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}
