// A worker thread over the TypeScript sources, for tests: jest runs the sources, and the compiled worker script
// the command line starts does not exist there. The worker transpiles each module as it is required.
import type { WorkerSpec } from '../../src/cli/gather-parallel';

export function tsWorker(entry: string): WorkerSpec {
  const script = `
const ts = require(${JSON.stringify(require.resolve('typescript'))});
const fs = require('fs');
require.extensions['.ts'] = (m, filename) => {
  const out = ts.transpileModule(fs.readFileSync(filename, 'utf8'), { fileName: filename, compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true, jsx: ts.JsxEmit.ReactJSX } });
  m._compile(out.outputText, filename);
};
require(${JSON.stringify(entry)});
`;
  return { script, eval: true };
}
