// Starting the command line (and each of gather's worker threads) without building all of mathjs: the core asks
// mathjs only for `create` and the dependencies of Fraction and of the expression parser, but `require('mathjs')`
// builds a default instance of every function first (about a second of CPU). Imported first, this module puts in
// Node's module cache, under mathjs's own path, an object whose `create`, `fractionDependencies` and
// `parseDependencies` are mathjs's own (the same objects, from the same files), and which loads the whole of
// mathjs the first time anything else is asked of it.
// The files are mathjs's internals, which an upgrade may move or change (test/gather-parallel checks that they are
// mathjs's own exports): if they cannot be loaded, nothing is put in the cache and mathjs loads as usual — slower
// to start (a second or more of CPU per process and per worker), never wrong.
import Module from 'node:module';
import { dirname, join } from 'node:path';

const LIGHT = ['create', 'fractionDependencies', 'parseDependencies'] as const;

/** mathjs's own create and dependency objects, loaded from their files without the default instance. */
export function lightMathjs(): Record<(typeof LIGHT)[number], unknown> {
  const base = dirname(require.resolve('mathjs'));
  return {
    create: require(join(base, 'core', 'create.js')).create,
    fractionDependencies: require(join(base, 'entry', 'dependenciesAny', 'dependenciesFraction.generated.js')).fractionDependencies,
    parseDependencies: require(join(base, 'entry', 'dependenciesAny', 'dependenciesParse.generated.js')).parseDependencies,
  };
}

export function installLightMathjs(): void {
  const id = require.resolve('mathjs');
  const cache = require.cache as Record<string, NodeJS.Module | undefined>;
  if (cache[id]) return;
  let parts: Record<string, unknown>;
  try {
    parts = lightMathjs();
    if (typeof parts.create !== 'function' || !parts.fractionDependencies || !parts.parseDependencies) return;
  } catch {
    return;
  }
  const light: Record<string, unknown> = { __esModule: true, ...parts };
  let full: Record<string | symbol, unknown> | undefined;
  const whole = () => {
    if (!full) {
      delete cache[id];
      full = require(id) as Record<string | symbol, unknown>;
    }
    return full;
  };
  const exports = new Proxy(Object.create(null) as Record<string | symbol, unknown>, {
    get: (_, key) => (typeof key === 'string' && key in light ? light[key] : whole()[key]),
    has: (_, key) => (typeof key === 'string' && key in light) || key in whole(),
    ownKeys: () => Reflect.ownKeys(whole()),
    getOwnPropertyDescriptor: (_, key) => {
      const value = typeof key === 'string' && key in light ? light[key] : whole()[key];
      return value === undefined ? undefined : { value, enumerable: true, configurable: true, writable: false };
    },
  });
  const m = new Module(id);
  m.filename = id;
  m.loaded = true;
  m.exports = exports;
  cache[id] = m;
}

installLightMathjs();
