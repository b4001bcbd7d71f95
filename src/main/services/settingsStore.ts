/**
 * The workspace's settings (`<workspace>/settings.json`): the workbench layout and theme.
 *
 * A settings file that fails to parse is reported and ignored (defaults are in force); it is never
 * overwritten. Only when the user changes a setting is it first moved aside, as
 * `settings.broken-<time>.json` beside it, and a fresh file written. Writes are atomic and skipped
 * when nothing changed; the renderer batches changes before it calls.
 */
import { readFile, rename } from 'node:fs/promises';
import path from 'node:path';
import { ApiError } from '../../core/api/errors';
import { jsonPath } from '../../core/case/problem';
import {
  SETTINGS_SCHEMA_VERSION,
  Settings,
  defaultSettings,
  type SettingsRead,
  type SettingsWritten,
} from '../../core/settings/schema';
import { SerialQueue } from './serialQueue';
import type { Workspace } from './workspace';

const SETTINGS_FILE = 'settings.json';
/** Settings are a few kilobytes; anything far larger is not a settings file. */
const MAX_SETTINGS_BYTES = 1024 * 1024;

type Disk =
  | { readonly kind: 'absent' }
  | { readonly kind: 'ok'; readonly settings: Settings; readonly text: string }
  | { readonly kind: 'broken'; readonly message: string };

export class SettingsStore {
  private readonly queue = new SerialQueue();
  private readonly file: string;

  constructor(private readonly workspace: Workspace) {
    this.file = workspace.dir(SETTINGS_FILE);
  }

  read(): Promise<SettingsRead> {
    return this.queue.run(SETTINGS_FILE, async () => {
      const disk = await this.readDisk();
      switch (disk.kind) {
        case 'absent':
          return { status: 'ok', settings: defaultSettings() };
        case 'ok':
          return { status: 'ok', settings: disk.settings };
        case 'broken':
          return {
            status: 'broken',
            file: this.workspace.relative(this.file),
            message: disk.message,
            settings: defaultSettings(),
          };
      }
    });
  }

  /** Writes the settings; an unreadable file in the way is moved aside first, never overwritten. */
  write(input: Settings): Promise<SettingsWritten> {
    return this.queue.run(SETTINGS_FILE, async () => {
      const settings = Settings.parse(input);
      const text = `${JSON.stringify(settings, null, 2)}\n`;
      const disk = await this.readDisk();
      let keptAs: string | undefined;
      if (disk.kind === 'broken') {
        const stamp = new Date().toISOString().replace(/[:.]/g, '-');
        const kept = path.join(path.dirname(this.file), `settings.broken-${stamp}.json`);
        await rename(this.file, kept);
        keptAs = this.workspace.relative(kept);
      } else if (disk.kind === 'ok' && disk.text === text) {
        return { settings };
      }
      await this.workspace.writeFile(this.file, text);
      return keptAs === undefined ? { settings } : { settings, keptAs };
    });
  }

  /** Resolves when every queued write has reached the disk. */
  flush(): Promise<void> {
    return this.queue.idle();
  }

  private async readDisk(): Promise<Disk> {
    let bytes: Buffer;
    try {
      bytes = await readFile(await this.workspace.real(this.file));
    } catch (error) {
      if (error instanceof ApiError) return { kind: 'broken', message: error.message };
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') return { kind: 'absent' };
      return { kind: 'broken', message: `it cannot be read (${code ?? 'error'})` };
    }
    if (bytes.length > MAX_SETTINGS_BYTES) {
      return { kind: 'broken', message: 'it is larger than 1 MB' };
    }
    let text: string;
    let raw: unknown;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      raw = JSON.parse(text);
    } catch (error) {
      return {
        kind: 'broken',
        message:
          error instanceof SyntaxError
            ? `it is not valid JSON (${error.message})`
            : 'it is not valid UTF-8 text',
      };
    }
    const version = (raw as { schemaVersion?: unknown } | null)?.schemaVersion;
    if (version !== SETTINGS_SCHEMA_VERSION) {
      return {
        kind: 'broken',
        message: `at $.schemaVersion: expected ${SETTINGS_SCHEMA_VERSION}, found ${JSON.stringify(version) ?? 'nothing'}`,
      };
    }
    const parsed = Settings.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      return { kind: 'broken', message: `at ${jsonPath(issue.path)}: ${issue.message}` };
    }
    return { kind: 'ok', settings: parsed.data, text };
  }
}
