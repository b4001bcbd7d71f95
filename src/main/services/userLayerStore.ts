/**
 * The user's layer per case (`cases/<case-id>/user.json`). Every change re-reads the file first
 * and applies itself to what is on disk, so an edit made outside the app is kept, not clobbered;
 * a file that fails to parse is never written, only set aside on the user's request.
 */
import { readFile, rename } from 'node:fs/promises';
import path from 'node:path';
import { ApiError } from '../../core/api/errors';
import { applyVerdict } from '../../core/user/applyVerdict';
import { applyFigureText, type FigureTextInput } from '../../core/user/figureText';
import { parseUserLayer } from '../../core/user/migrate';
import {
  UserLayer,
  emptyUserLayer,
  type PeriodPair,
  type UserLayerState,
  type VerdictInput,
} from '../../core/user/schema';
import { SerialQueue } from './serialQueue';
import type { Workspace } from './workspace';

const MAX_USER_LAYER_BYTES = 50 * 1024 * 1024;

export class UserLayerStore {
  private readonly queue = new SerialQueue();

  constructor(private readonly workspace: Workspace) {}

  read(caseId: string): Promise<UserLayerState> {
    return this.queue.run(caseId, () => this.readNow(caseId));
  }

  /**
   * Sets (or with `null` clears) the verdict of one issue × dimension row for one ordered pair of
   * periods; the row's verdicts for other pairs are untouched. Nothing is written if nothing
   * changes.
   */
  saveVerdict(
    caseId: string,
    issue: string,
    dimension: string,
    pair: PeriodPair,
    input: VerdictInput | null,
  ): Promise<UserLayerState> {
    return this.mutate(caseId, (layer) => ({
      layer: applyVerdict(layer, { issue, dimension, pair }, input, new Date().toISOString()),
      value: null,
    })).then((done) => done.user);
  }

  /**
   * Remembers (or with `null` forgets) the edited header, footer and alt text of one measure's
   * figure. `builtIn` says whether the case itself has the measure; otherwise it must be one of
   * the layer's own. Nothing is written if nothing changes.
   */
  saveFigureText(
    caseId: string,
    measure: string,
    builtIn: boolean,
    input: FigureTextInput | null,
  ): Promise<UserLayerState> {
    return this.mutate(caseId, (layer) => {
      if (!builtIn && !layer.measures.some((m) => m.id === measure)) {
        throw new ApiError('not-found', `The case has no measure ${measure}; nothing was saved.`);
      }
      const figureTexts = applyFigureText(
        layer.figureTexts,
        measure,
        input,
        new Date().toISOString(),
      );
      return { layer: figureTexts && { ...layer, figureTexts }, value: null };
    }).then((done) => done.user);
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

  /**
   * Applies a change to the layer as it is on disk, alone for this case. `change` may write
   * files of its own first (an attached document) and may refuse by throwing; it returns the
   * next layer, or `undefined` to write nothing. A layer that cannot be read is never written.
   */
  mutate<T>(
    caseId: string,
    change: (layer: UserLayer) => Promise<Mutation<T>> | Mutation<T>,
  ): Promise<{ readonly value: T; readonly user: UserLayerState }> {
    return this.queue.run(caseId, async () => {
      const state = await this.readNow(caseId);
      if (state.status === 'broken') {
        throw new ApiError(
          'read-only',
          `${state.file} could not be read, so nothing was saved: ${state.message}`,
          state.file,
        );
      }
      const { layer, value } = await change(state.layer);
      if (layer === undefined) return { value, user: state };
      return { value, user: await this.writeNow(caseId, layer) };
    });
  }

  /**
   * Runs `task` alone for this case, with the layer as it is on disk: no change to the layer
   * can interleave with it. For work that replaces the case's files wholesale (a bundle import)
   * or must read them as one consistent snapshot (an export).
   */
  exclusive<T>(caseId: string, task: (state: UserLayerState) => Promise<T>): Promise<T> {
    return this.queue.run(caseId, async () => task(await this.readNow(caseId)));
  }

  private async writeNow(caseId: string, layer: UserLayer): Promise<UserLayerState> {
    const next = UserLayer.parse(layer);
    const file = this.workspace.userLayerFile(caseId);
    const text = serializeUserLayer(next);
    // A file over the read limit could never be opened again: refuse it before writing.
    if (Buffer.byteLength(text) > MAX_USER_LAYER_BYTES) {
      throw new ApiError(
        'too-large',
        `${this.workspace.relative(file)} would be larger than 50 MB; nothing was saved.`,
        this.workspace.relative(file),
      );
    }
    await this.workspace.writeFile(file, text);
    return { status: 'ok', layer: next };
  }

  private async readNow(caseId: string): Promise<UserLayerState> {
    const file = this.workspace.userLayerFile(caseId);
    const rel = this.workspace.relative(file);
    let bytes: Buffer;
    // A link out of the workspace is refused here, before anything is read or written.
    const real = await this.workspace.real(file);
    try {
      bytes = await readFile(real);
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
    // Versions 1 and 2 read as version 3; the file is rewritten only by the next change.
    const parsed = parseUserLayer(raw);
    if (!parsed.ok) return broken(caseId, rel, `at ${parsed.path}: ${parsed.message}`);
    if (parsed.layer.caseId !== caseId) {
      return broken(
        caseId,
        rel,
        `at $.caseId: expected "${caseId}", found "${parsed.layer.caseId}"`,
      );
    }
    return { status: 'ok', layer: parsed.layer };
  }
}

/** What a change returns: the next layer (or `undefined` to write nothing) and its result. */
export interface Mutation<T> {
  readonly layer: UserLayer | undefined;
  readonly value: T;
}

/** The bytes of user.json: indented JSON with a final newline, as every writer uses. */
export function serializeUserLayer(layer: UserLayer): string {
  return `${JSON.stringify(layer, null, 2)}\n`;
}

function broken(caseId: string, file: string, message: string): UserLayerState {
  return { status: 'broken', file, message, layer: emptyUserLayer(caseId) };
}
