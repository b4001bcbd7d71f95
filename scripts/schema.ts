/**
 * Writes data/schema/case.schema.json from the zod case schema, so case files can be authored in
 * an editor with validation and completion (they point to it with `"$schema"`).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { caseJsonSchema } from '../src/core/case/caseJsonSchema';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'data/schema/case.schema.json');

mkdirSync(path.dirname(OUT), { recursive: true });
writeFileSync(OUT, `${JSON.stringify(caseJsonSchema(), null, 2)}\n`);
console.log(`wrote ${path.relative(process.cwd(), OUT)}`);
