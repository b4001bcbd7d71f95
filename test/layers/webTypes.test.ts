/**
 * The renderer's tsconfig must not see Node's types: with them `process.pid` type-checks in code
 * that runs in a browser. A package whose types reference Node (as @types/papaparse does) brings
 * them back silently, so the program built from tsconfig.web.json is checked here.
 */
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = process.cwd();

function webProgram(extra: { readonly fileName: string; readonly text: string }): ts.Program {
  const configPath = path.join(root, 'tsconfig.web.json');
  const config = ts.readConfigFile(configPath, ts.sys.readFile.bind(ts.sys));
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, root);
  const options = { ...parsed.options, noEmit: true, composite: false, incremental: false };
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.readFile = (f) => (f === extra.fileName ? extra.text : readFile(f));
  host.fileExists = (f) => f === extra.fileName || ts.sys.fileExists(f);
  host.getSourceFile = (f, lang, ...rest) =>
    f === extra.fileName
      ? ts.createSourceFile(f, extra.text, lang)
      : getSourceFile(f, lang, ...rest);
  return ts.createProgram({ rootNames: [...parsed.fileNames, extra.fileName], options, host });
}

describe("the renderer's types", () => {
  const probe = {
    fileName: path.join(root, 'src/renderer/src/nodeTypesProbe.ts'),
    text: `export const pid: number = process.pid;\nexport const size: number = Buffer.byteLength('a');\n`,
  };
  const program = webProgram(probe);

  it('include no file of @types/node', () => {
    const nodeTypes = program
      .getSourceFiles()
      .map((f) => path.relative(root, f.fileName))
      .filter((f) => f.includes(`node_modules${path.sep}@types${path.sep}node${path.sep}`));
    expect(nodeTypes).toEqual([]);
  });

  it('reject process and Buffer in renderer code', () => {
    const file = program.getSourceFile(probe.fileName)!;
    const errors = program
      .getSemanticDiagnostics(file)
      .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    expect(errors).toEqual([
      expect.stringContaining("Cannot find name 'process'"),
      expect.stringContaining("Cannot find name 'Buffer'"),
    ]);
  });

  it('still type-check the renderer that uses papaparse through core', () => {
    const csv = program.getSourceFile(path.join(root, 'src/core/evidence/csv/readCsv.ts'))!;
    expect(program.getSemanticDiagnostics(csv)).toEqual([]);
  });
});
