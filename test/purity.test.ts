// The core runs in Excel, Word, a browser and Node alike: it may import only itself and mathjs.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

const core = join(__dirname, '..', 'src', 'core');

test.each(files(core).map((f) => [f.slice(core.length + 1), f]))('%s imports only the core and mathjs, and touches no host', (_name, path) => {
  const source = readFileSync(path, 'utf8');
  const imports = [...source.matchAll(/from\s+'([^']+)'/g)].map((m) => m[1]);
  expect(imports.filter((i) => !i.startsWith('.') && i !== 'mathjs')).toEqual([]);
  expect(source).not.toMatch(/\b(require\(|process\.|window\.|document\.|fetch\(|XMLHttpRequest|Office\.)/);
});
