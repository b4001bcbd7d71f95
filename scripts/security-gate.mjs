#!/usr/bin/env node
// Runs Electronegativity over src/ for the project's Electron version and fails on any finding of
// medium severity or above without a documented suppression (the tool itself always exits 0).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const electronVersion = JSON.parse(
  readFileSync(require.resolve('electron/package.json'), 'utf8'),
).version;
const SEVERE = new Set(['MEDIUM', 'HIGH', 'CRITICAL']);

const tmp = mkdtempSync(path.join(os.tmpdir(), 'diptych-electronegativity-'));
const report = path.join(tmp, 'report.csv');
const bin = path.join(root, 'node_modules', '@doyensec', 'electronegativity', 'dist', 'index.js');
const run = spawnSync(
  process.execPath,
  [bin, '-i', path.join(root, 'src'), '-e', electronVersion, '-r', '-o', report],
  {
    cwd: root,
    encoding: 'utf8',
  },
);
if (!existsSync(report)) {
  console.error(`Electronegativity produced no report (exit ${run.status}):\n${run.stderr}`);
  process.exit(1);
}
const rows = Papa.parse(readFileSync(report, 'utf8').trim(), {
  header: true,
  transformHeader: (h) => h.trim(),
}).data;
rmSync(tmp, { recursive: true, force: true });

const { suppressions } = JSON.parse(
  readFileSync(path.join(root, 'security', 'electronegativity-suppressions.json'), 'utf8'),
);
for (const s of suppressions) {
  if (!s.check || !s.file || !s.reason) {
    console.error(`A suppression lacks check, file or reason: ${JSON.stringify(s)}`);
    process.exit(1);
  }
}
const used = new Set();
const failures = [];
const severe = rows.filter((r) => SEVERE.has(String(r.severity).trim()));
for (const row of severe) {
  const index = suppressions.findIndex((s) => s.check === row.issue && s.file === row.filename);
  if (index >= 0) used.add(index);
  else
    failures.push(
      `${row.severity} ${row.issue} in src/${row.filename}:${row.location}: ${row.description}`,
    );
}
const stale = suppressions.filter((_, i) => !used.has(i));
console.log(
  `Electronegativity (Electron ${electronVersion}): ${rows.length} findings, ${severe.length} medium or above, ` +
    `${used.size} suppressed with a documented reason.`,
);
for (const f of failures) console.error(`  not allowed: ${f}`);
for (const s of stale)
  console.error(`  stale suppression (no such finding any more): ${s.check} in ${s.file}`);
process.exit(failures.length > 0 || stale.length > 0 ? 1 : 0);
