/**
 * The user's layer per case (`cases/<case-id>/user.json`). Every change re-reads the file first
 * and applies itself to what is on disk, so an edit made outside the app is kept, not clobbered;
 * a file that fails to parse is never written, only set aside on the user's request.
 */
import { mkdir, readFile, rename } from 'node:fs/promises';
import path from 'node:path';
import { ApiError } from '../../core/api/errors';
import { jsonPath } from '../../core/case/problem';
import {
  USER_LAYER_SCHEMA_VERSION,
  UserLayer,
  VerdictInput,
  emptyUserLayer,
  type UserLayerState,
} from '../../core/user/schema';
import { writeFileAtomically } from './atomicWrite';
import { SerialQueue } from './serialQueue';
import type { Workspace } from './workspace';

const MAX_USER_LAYER_BYTES = 50 * 1024 * 1024;

export class UserLayerStore {
  private readonly queue = new SerialQueue();

  constructor(private readonly workspace: Workspace) {}

  read(caseId: string): Promise<UserLayerState> {
    return this.queue.run(caseId, () => this.readNow(caseId));
  }

  /** Sets (or with `null` clears) the verdict of one issue × dimension row. */
  saveVerdict(
    caseId: string,
    issue: string,
    dimension: string,
    input: VerdictInput | null,
  ): Promise<UserLayerState> {
    return this.update(caseId, (layer) => {
      const verdicts = layer.verdicts.filter(
        (v) => !(v.issue === issue && v.dimension === dimension),
      );
      if (input) {
        const parsed = VerdictInput.parse(input);
        verdicts.push({ ...parsed, issue, dimension, updatedAt: new Date().toISOString() });
      }
      return { ...layer, verdicts };
    });
  }

  /** Renames a broken user layer to `user.broken-<time>.json` beside it, and starts a fresh one. */
  setAside(caseId: string): Promise<{ keptAs: string; user: UserLayerState }> {
    return this.queue.run(caseId, async () => {
      const file = this.workspace.userLayerFile(caseId);
      const state = await this.readNow(caseId);
      if (state.status !== 'broken') {
        throw new ApiError(
          'conflict',
          `${this.workspace.relative(file)} is not broken; nothing was moved.`,
        );
      }
      const stamp = new Date().toISOString().replace(/[:.]/g, '-');
      const kept = path.join(path.dirname(file), `user.broken-${stamp}.json`);
      await rename(file, kept);
      return {
        keptAs: this.workspace.relative(kept),
        user: { status: 'ok', layer: emptyUserLayer(caseId) },
      };
    });
  }

  private update(caseId: string, change: (layer: UserLayer) => UserLayer): Promise<UserLayerState> {
    return this.queue.run(caseId, async () => {
      const state = await this.readNow(caseId);
      if (state.status === 'broken') {
        throw new ApiError(
          'read-only',
          `${state.file} could not be read, so nothing was saved: ${state.message}`,
          state.file,
        );
      }
      const next = UserLayer.parse(change(state.layer));
      const file = this.workspace.userLayerFile(caseId);
      await mkdir(path.dirname(file), { recursive: true });
      await writeFileAtomically(file, `${JSON.stringify(next, null, 2)}\n`);
      return { status: 'ok', layer: next };
    });
  }

  private async readNow(caseId: string): Promise<UserLayerState> {
    const file = this.workspace.userLayerFile(caseId);
    const rel = this.workspace.relative(file);
    let bytes: Buffer;
    try {
      bytes = await readFile(file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        return { status: 'ok', layer: emptyUserLayer(caseId) };
      }
      return broken(
        caseId,
        rel,
        `it cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
      );
    }
    if (bytes.length > MAX_USER_LAYER_BYTES) return broken(caseId, rel, 'it is larger than 50 MB');
    let raw: unknown;
    try {
      raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    } catch (error) {
      return broken(
        caseId,
        rel,
        error instanceof SyntaxError
          ? `it is not valid JSON (${error.message})`
          : 'it is not valid UTF-8 text',
      );
    }
    const version = (raw as { schemaVersion?: unknown } | null)?.schemaVersion;
    if (version !== USER_LAYER_SCHEMA_VERSION) {
      return broken(
        caseId,
        rel,
        `at $.schemaVersion: expected ${USER_LAYER_SCHEMA_VERSION}, found ${JSON.stringify(version) ?? 'nothing'}`,
      );
    }
    const parsed = UserLayer.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      return broken(caseId, rel, `at ${jsonPath(issue.path)}: ${issue.message}`);
    }
    if (parsed.data.caseId !== caseId) {
      return broken(
        caseId,
        rel,
        `at $.caseId: expected "${caseId}", found "${parsed.data.caseId}"`,
      );
    }
    return { status: 'ok', layer: parsed.data };
  }
}

function broken(caseId: string, file: string, message: string): UserLayerState {
  return { status: 'broken', file, message, layer: emptyUserLayer(caseId) };
}
