/**
 * The JSON Schema of a case file, generated from the zod schema so the two cannot drift apart;
 * `npm run schema` writes it to data/schema/case.schema.json for editors.
 */
import { z } from 'zod';
import { Case, Point } from './schema';

/** The JSON Schema (draft 7) an editor validates a case file against. */
export function caseJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(Case, {
    // Draft 7 is the draft editors validate most completely.
    target: 'draft-07',
    // Authors write the input form: fields with defaults (tags, bound, role) may be left out.
    io: 'input',
    override: (ctx) => {
      // The refinement "evidence or derived, exactly one" has no JSON Schema form of its own.
      if (ctx.zodSchema === Point) {
        ctx.jsonSchema.oneOf = [{ required: ['evidence'] }, { required: ['derived'] }];
      }
    },
  });
  return {
    ...schema,
    title: 'Diptych case',
    description:
      'A case file: periods, issue areas and their dimensions, sources, claims and measures.',
  };
}
