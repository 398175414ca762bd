// Starting the command line (and each of gather's worker threads) without building all of mathjs: the core asks
// mathjs only for `create` and the dependencies of Fraction and of the expression parser, but `require('mathjs')`
// builds a default instance of every function first (about a second of CPU). Imported first, this module puts in
// Node's module cache, under mathjs's own path, an object whose `create` and `parseDependencies` are mathjs's own
// (the same objects, from the same files; the parser's loaded only when first asked for), whose
// `fractionDependencies` is built as mathjs builds its own from the same factory functions, and which loads the
// whole of mathjs the first time anything else is asked of it.
// The files are mathjs's internals, which an upgrade may move or change (test/gather-parallel checks that they are
// mathjs's own exports): if they cannot be loaded, nothing is put in the cache and mathjs loads as usual — slower
// to start (a second or more of CPU per process and per worker), never wrong.
import Module from 'node:module';
import { dirname, join } from 'node:path';

const LIGHT = ['create', 'fractionDependencies', 'parseDependencies'] as const;

/** mathjs's own create and dependency objects, loaded from their files without the default instance. The dependency
 *  objects are built as mathjs's generated ones are (entry/dependenciesAny), from the files of the factories they
 *  name: the generated files take their factories from factoriesAny, which loads every factory of mathjs (about half
 *  a second of CPU). The expression parser's dependencies are loaded only when they are first asked for (a
 *  user-written rule): most runs never parse one. */
export function lightMathjs(): Record<(typeof LIGHT)[number], unknown> {
  const base = dirname(require.resolve('mathjs'));
  const factory = (file: string, name: string): unknown => {
    const f = require(join(base, file))[name];
    if (typeof f !== 'function') throw new Error(`mathjs: ${name} is not in ${file}`);
    return f;
  };
  const FractionDependencies = { createFractionClass: factory('type/fraction/Fraction.js', 'createFractionClass') };
  const typedDependencies = {
    BigNumberDependencies: { createBigNumberClass: factory('type/bignumber/BigNumber.js', 'createBigNumberClass') },
    ComplexDependencies: { createComplexClass: factory('type/complex/Complex.js', 'createComplexClass') },
    DenseMatrixDependencies: {
      MatrixDependencies: { createMatrixClass: factory('type/matrix/Matrix.js', 'createMatrixClass') },
      createDenseMatrixClass: factory('type/matrix/DenseMatrix.js', 'createDenseMatrixClass'),
    },
    FractionDependencies,
    createTyped: factory('core/function/typed.js', 'createTyped'),
  };
  const parts = {
    create: require(join(base, 'core', 'create.js')).create,
    fractionDependencies: { FractionDependencies, typedDependencies, createFraction: factory('type/fraction/function/fraction.js', 'createFraction') },
  } as Record<(typeof LIGHT)[number], unknown>;
  let parse: unknown;
  Object.defineProperty(parts, 'parseDependencies', {
    enumerable: true,
    get: () => (parse ??= require(join(base, 'entry', 'dependenciesAny', 'dependenciesParse.generated.js')).parseDependencies),
  });
  return parts;
}

export function installLightMathjs(): void {
  const id = require.resolve('mathjs');
  const cache = require.cache as Record<string, NodeJS.Module | undefined>;
  if (cache[id]) return;
  let parts: Record<string, unknown>;
  try {
    parts = lightMathjs();
    if (typeof parts.create !== 'function' || !parts.fractionDependencies) return;
  } catch {
    return;
  }
  // Its parse dependencies stay a getter: loaded when the core first asks for them.
  const light = Object.defineProperty(parts as Record<string, unknown>, '__esModule', { value: true, enumerable: true });
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
