import { CellValue, compileExpression, evaluateRule, exactFromDecimal, Rule, RuleSyntaxError, toFixed } from '../src/core';
import { expandRowTemplate } from '../src/core/rules/expression';

/** Figures by A1 address on sheet S: "3,07%"-like precision comes from the text's decimals. */
function figures(spec: Record<string, string>): Map<string, CellValue> {
  const m = new Map<string, CellValue>();
  for (const [cell, text] of Object.entries(spec)) {
    if (text.includes('/')) {
      const [part, whole] = text.split('/');
      m.set(`S!${cell}`, { kind: 'fraction', part: exactFromDecimal(part), whole: exactFromDecimal(whole) });
      continue;
    }
    const decimals = text.includes('.') ? text.split('.')[1].length : 0;
    m.set(`S!${cell}`, { kind: 'number', value: exactFromDecimal(text), decimals, percent: false, source: 'number', style: 'vi' });
  }
  return m;
}
const k = (c: string) => `S!${c}`;
const rule = (r: Record<string, unknown>) => ({ id: 'r', table: 't', ...r }) as Rule;

describe('evaluateRule', () => {
  test('sum holds exactly for counts and fails by one', () => {
    const values = figures({ C5: '498', C6: '171', C7: '327', C8: '357' });
    expect(evaluateRule(rule({ kind: 'sum', total: k('C5'), parts: [k('C6'), k('C7')], reading: 'stt' }), values).status).toBe('ok');
    const failed = evaluateRule(rule({ kind: 'sum', total: k('C5'), parts: [k('C6'), k('C8')], reading: 'stt' }), values);
    expect(failed).toMatchObject({ status: 'fail', severity: 'error' });
    if (failed.status === 'fail') expect(toFixed(failed.expected, 0)).toBe('528');
  });

  test('a count total off by one is an error, not a rounding slip', () => {
    const values = figures({ C5: '499', C6: '171', C7: '327' });
    expect(evaluateRule(rule({ kind: 'sum', total: k('C5'), parts: [k('C6'), k('C7')], reading: 'stt' }), values)).toMatchObject({ severity: 'error' });
  });

  test('share: correct rounding passes, truncation warns, rounding slip warns, far off errs', () => {
    const base = { kind: 'share', part: k('C5'), base: k('C6'), baseKind: 'parent' };
    const at = (share: string) => evaluateRule(rule({ ...base, share: k('D5') }), figures({ C5: '2', C6: '65', D5: share }));
    expect(at('3.08').status).toBe('ok');
    expect(at('3.07')).toMatchObject({ status: 'fail', severity: 'warning', why: 'truncation' });
    expect(at('3.09')).toMatchObject({ status: 'fail', severity: 'warning', why: 'rounding' });
    expect(at('3.10')).toMatchObject({ status: 'fail', severity: 'error' });
    expect(at('3.1')).toMatchObject({ status: 'ok' });
    expect(at('3')).toMatchObject({ status: 'ok' });
  });

  test('share of a fraction cell uses its whole', () => {
    const values = figures({ C5: '516/520', D5: '99.23' });
    expect(evaluateRule(rule({ kind: 'share', share: k('D5'), part: k('C5'), base: k('C5'), baseKind: 'fraction' }), values).status).toBe('ok');
  });

  test('a zero base is skipped, not divided by', () => {
    const values = figures({ C5: '0', C6: '0', D5: '0' });
    expect(evaluateRule(rule({ kind: 'share', share: k('D5'), part: k('C5'), base: k('C6'), baseKind: 'parent' }), values)).toMatchObject({ status: 'skip' });
  });

  test('difference and ratio', () => {
    const values = figures({ C5: '525', D5: '498', E5: '-27', F5: '94.86', G5: '27' });
    expect(evaluateRule(rule({ kind: 'difference', diff: k('E5'), current: k('D5'), previous: k('C5') }), values).status).toBe('ok');
    expect(evaluateRule(rule({ kind: 'difference', diff: k('G5'), current: k('D5'), previous: k('C5') }), values)).toMatchObject({ severity: 'error' });
    expect(evaluateRule(rule({ kind: 'ratio', ratio: k('F5'), current: k('D5'), previous: k('C5') }), values).status).toBe('ok');
  });

  test('change of shares: points or relative, whichever holds', () => {
    const points = figures({ C5: '99.23', D5: '99.61', E5: '0.38' });
    expect(evaluateRule(rule({ kind: 'points', diff: k('E5'), current: k('D5'), previous: k('C5') }), points)).toEqual({ status: 'ok', note: 'points' });
    const relative = figures({ C5: '66.48', D5: '68.57', E5: '3.14' });
    expect(evaluateRule(rule({ kind: 'points', diff: k('E5'), current: k('D5'), previous: k('C5') }), relative)).toEqual({ status: 'ok', note: 'relative' });
    const neither = figures({ C5: '99.23', D5: '99.61', E5: '0.83' });
    expect(evaluateRule(rule({ kind: 'points', diff: k('E5'), current: k('D5'), previous: k('C5') }), neither)).toMatchObject({ status: 'fail', severity: 'error' });
  });

  test('subset: each part at most the parent', () => {
    const values = figures({ C5: '33509', C6: '11262', C7: '40000' });
    expect(evaluateRule(rule({ kind: 'subset', parent: k('C5'), parts: [k('C6')], reading: 'overlap' }), values).status).toBe('ok');
    expect(evaluateRule(rule({ kind: 'subset', parent: k('C5'), parts: [k('C7')], reading: 'overlap' }), values)).toMatchObject({ status: 'fail' });
  });

  test('shares summing to 100 within the rounding of n items', () => {
    const values = figures({ D6: '33.33', D7: '33.33', D8: '33.33', D9: '30.00' });
    expect(evaluateRule(rule({ kind: 'share-total', shares: [k('D6'), k('D7'), k('D8')] }), values).status).toBe('ok');
    expect(evaluateRule(rule({ kind: 'share-total', shares: [k('D6'), k('D7'), k('D9')] }), values)).toMatchObject({ status: 'fail' });
  });

  test('missing figures skip the rule and name the blocking cells', () => {
    const values = figures({ C5: '10' });
    expect(evaluateRule(rule({ kind: 'sum', total: k('C5'), parts: [k('C6')], reading: 'stt' }), values)).toEqual({ status: 'skip', blockers: [k('C6')] });
  });
});

describe('user-written rules', () => {
  test('"C5 = C6 + C7 + C8" checks a sum exactly', () => {
    const e = compileExpression('C5 = C6 + C7 + C8', 'S');
    expect(e.reportAs).toBe('sum');
    expect(e.cells.sort()).toEqual(['S!C5', 'S!C6', 'S!C7', 'S!C8']);
    const ok = figures({ C5: '10', C6: '2', C7: '3', C8: '5' });
    expect(evaluateRule(rule({ kind: 'expr', text: e.text, expression: e }), ok).status).toBe('ok');
    const bad = figures({ C5: '11', C6: '2', C7: '3', C8: '5' });
    expect(evaluateRule(rule({ kind: 'expr', text: e.text, expression: e }), bad)).toMatchObject({ status: 'fail', severity: 'error' });
  });

  test('a share written with fewer decimals than its column is a precision warning, whole or not', () => {
    const share = (text: string) => evaluateRule(rule({ kind: 'share', share: k('F6'), part: k('E6'), base: k('E5'), baseKind: 'total', decimals: 2 }), figures({ F6: text, E6: '55', E5: '280' }));
    expect(share('19.64').status).toBe('ok');
    expect(share('19.6')).toMatchObject({ status: 'fail', severity: 'warning', why: 'precision' });
    expect(share('20')).toMatchObject({ status: 'fail', severity: 'warning', why: 'precision' });
    expect(share('19.1')).toMatchObject({ status: 'fail', severity: 'error' });
    // 51/200 is 25,5 exactly: nothing is lost by writing it with one decimal.
    expect(evaluateRule(rule({ kind: 'share', share: k('F6'), part: k('E6'), base: k('E5'), baseKind: 'total', decimals: 2 }), figures({ F6: '25.5', E6: '51', E5: '200' })).status).toBe('ok');
  });

  test('a share rule rounds at the precision of its left cell', () => {
    const e = compileExpression('F5 = E5 / C5 * 100', 'S');
    expect(e.reportAs).toBe('share');
    expect(evaluateRule(rule({ kind: 'expr', text: e.text, expression: e }), figures({ F5: '3.08', E5: '2', C5: '65' })).status).toBe('ok');
    expect(evaluateRule(rule({ kind: 'expr', text: e.text, expression: e }), figures({ F5: '3.07', E5: '2', C5: '65' }))).toMatchObject({ why: 'truncation' });
  });

  test('sum() over a range and comparisons', () => {
    const e = compileExpression('C5 >= sum(C6:C8)', 'S');
    expect(e.reportAs).toBe('subset');
    expect(evaluateRule(rule({ kind: 'expr', text: e.text, expression: e }), figures({ C5: '9', C6: '2', C7: '3', C8: '5' }))).toMatchObject({ status: 'fail' });
  });

  test('{row} expands over the table rows', () => {
    expect(expandRowTemplate('F{row} = E{row} / C{row} * 100', [5, 6])).toEqual(['F5 = E5 / C5 * 100', 'F6 = E6 / C6 * 100']);
  });

  test.each([
    ['import({}, {override: true})'],
    ['C5 = evaluate("1+1")'],
    ['C5 = parse("x")'],
    ['C5 = createUnit("x")'],
    ['f(x) = x'],
    ['C5 = "abc"'],
    ['C5 = x.y'],
    ['C5 = [1,2]'],
    ['C5 = C6 ? 1 : 2'],
    ['C5 + C6'],
    ['C5 = C6 ^ 2'],
    ['C5 = cos(C6)'],
    ['C5 = ('],
  ])('rejects %s with a message, never evaluating it', (text) => {
    expect(() => compileExpression(text, 'S')).toThrow(RuleSyntaxError);
  });
});
