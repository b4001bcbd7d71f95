/** The analyst's own sources: added by hand, or imported from CSL-JSON, BibTeX or RIS. */
import type { z } from 'zod';
import { ApiError } from '../../../core/api/errors';
import type { CslProblem } from '../../../core/evidence/csl/parseCsl';
import { readBibliography } from '../citation/readBibliography';
import { newUserId } from '../../../core/user/ids';
import type { SourceInput, UserSource } from '../../../core/user/items';
import type { UserLayer, UserLayerState } from '../../../core/user/schema';
import { mutateWithView, nowIso } from './caseView';
import type { EvidenceContext } from './evidenceContext';
import { badFile, textOf } from './fileArgs';

type SourceDraft = z.output<typeof SourceInput>;

export class SourceService {
  constructor(private readonly ctx: EvidenceContext) {}

  async add(
    caseId: string,
    input: SourceDraft,
  ): Promise<{ source: UserSource; user: UserLayerState }> {
    const { value, user } = await mutateWithView(this.ctx, caseId, async (layer, view) => {
      const duplicate = duplicateOf(input, layer.sources);
      if (duplicate) {
        throw new ApiError('conflict', `This source is already among yours as "${duplicate}".`);
      }
      const source = this.make(input, view.taken);
      return { layer: { ...layer, sources: [...layer.sources, source] }, value: source };
    });
    return { source: value, user };
  }

  async previewCsl(caseId: string, fileName: string, base64: string) {
    const parsed = readBibliography(fileName, textOf(fileName, base64));
    if (!parsed.ok) throw badFile('invalid-arguments', fileName, parsed.message);
    const state = await this.ctx.users.read(caseId);
    await this.ctx.cases.get(caseId);
    return {
      fileName,
      sources: parsed.sources.map((s) => {
        const existing = duplicateOf(s.input, state.layer.sources);
        return { path: s.path, source: s.input, ...(existing ? { duplicateOf: existing } : {}) };
      }),
      problems: [...parsed.problems],
    };
  }

  /** Imports every item that can be a source; items already among the user's are skipped. */
  async importCsl(caseId: string, fileName: string, base64: string) {
    const parsed = readBibliography(fileName, textOf(fileName, base64));
    if (!parsed.ok) throw badFile('invalid-arguments', fileName, parsed.message);
    if (parsed.sources.length === 0) {
      throw badFile(
        'invalid-arguments',
        fileName,
        `no item could be imported: ${summary(parsed.problems)}`,
      );
    }
    const { value, user } = await mutateWithView(this.ctx, caseId, async (layer, view) => {
      const imported: UserSource[] = [];
      const duplicates: { path: string; existing: string }[] = [];
      let sources: UserLayer['sources'] = layer.sources;
      for (const item of parsed.sources) {
        const existing = duplicateOf(item.input, sources);
        if (existing) {
          duplicates.push({ path: item.path, existing });
          continue;
        }
        const source = this.make(item.input, view.taken);
        view.taken.add(source.id);
        imported.push(source);
        sources = [...sources, source];
      }
      return {
        layer: imported.length === 0 ? undefined : { ...layer, sources },
        value: { imported, duplicates, problems: [...parsed.problems] },
      };
    });
    return { ...value, user };
  }

  private make(input: SourceDraft, taken: ReadonlySet<string>): UserSource {
    const first = input.authors[0];
    const who = first?.family ?? first?.literal ?? '';
    const year = input.issued?.slice(0, 4) ?? '';
    const stem = `${who} ${year}`.trim() || input.title;
    const stamp = nowIso(this.ctx);
    return { ...input, id: newUserId('source', stem, taken), createdAt: stamp, updatedAt: stamp };
  }
}

/**
 * An own source that is the same work: the same DOI, or the same title and either the same
 * year or the same CSL id (ids are unique only within one library, so never enough alone).
 */
export function duplicateOf(
  input: SourceDraft,
  sources: readonly UserSource[],
): string | undefined {
  const title = input.title.trim().toLowerCase();
  const year = input.issued?.slice(0, 4);
  return sources.find(
    (s) =>
      (input.doi !== undefined && s.doi?.toLowerCase() === input.doi.toLowerCase()) ||
      (s.title.trim().toLowerCase() === title &&
        (s.issued?.slice(0, 4) === year || (input.cslId !== undefined && s.cslId === input.cslId))),
  )?.id;
}

function summary(problems: readonly CslProblem[]): string {
  const shown = problems.slice(0, 5).map((p) => `${p.path}: ${p.message}`);
  const more = problems.length > 5 ? `; and ${problems.length - 5} more` : '';
  return `${shown.join('; ')}${more}`;
}
