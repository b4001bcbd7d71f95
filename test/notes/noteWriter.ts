/**
 * Crash-test writer: saves versions of one note through the real NoteStore as fast as it can,
 * until it is killed. Prints `ready` once the note is open, then `start <k>` before each save and
 * `done <k>` once it has completed, before going on.
 *
 * Usage: node noteWriter.cjs <workspace> <first-version>
 */
import { NoteStore } from '../../src/main/services/notes/noteStore';
import { Workspace } from '../../src/main/services/workspace';
import { versionText } from '../../src/main/services/notes/crashTestVersions';

async function main(): Promise<void> {
  const [dir, first] = process.argv.slice(2);
  if (!dir || !first) throw new Error('usage: noteWriter <workspace> <first-version>');
  const store = new NoteStore(await Workspace.open(dir));
  const opened = await store.read('crash', 'trade');
  if (opened.status !== 'ok') throw new Error(`cannot read the note: ${opened.message}`);
  let base = opened.revision;
  process.stdout.write('ready\n');
  for (let k = Number(first); ; k += 1) {
    process.stdout.write(`start ${k}\n`);
    const result = await store.write('crash', 'trade', versionText(k), base);
    if (result.status !== 'saved') throw new Error('unexpected conflict');
    base = result.revision;
    process.stdout.write(`done ${k}\n`);
    await new Promise((resolve) => setTimeout(resolve, 1 + (k % 3)));
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
