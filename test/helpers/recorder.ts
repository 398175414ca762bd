// A recording double of an Office.js object model: every property set and method call is logged with its
// path ("document.getSelection().insertParagraph(…)"), context.sync() is counted, and reads come from
// canned answers by path. It checks what an adapter asks Word to do, not what Word would make of it.
export interface Recording {
  calls: string[];
  sets: string[];
  syncs: number;
}

export function recorder(answers: Record<string, unknown> = {}) {
  const rec: Recording = { calls: [], sets: [], syncs: 0 };
  const make = (path: string): unknown =>
    new Proxy(function () {}, {
      get(_t, prop) {
        if (prop === 'then') return undefined;
        const p = `${path}.${String(prop)}`;
        if (p.endsWith('.sync')) return async () => void rec.syncs++;
        if (p in answers) return answers[p];
        return make(p);
      },
      set(_t, prop, value) {
        rec.sets.push(`${path}.${String(prop)} = ${JSON.stringify(value)}`);
        return true;
      },
      apply(_t, _this, args) {
        const call = `${path}(${args.map((a) => JSON.stringify(a)).join(', ')})`;
        rec.calls.push(call);
        const short = `${path}()`;
        if (short in answers) return answers[short];
        return make(`${path}()`);
      },
    });
  const context = make('context');
  const run = async <T>(batch: (c: Word.RequestContext) => Promise<T>): Promise<T> => batch(context as Word.RequestContext);
  return { run, rec };
}
