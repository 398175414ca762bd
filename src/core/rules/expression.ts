// User-written rules ("C5 = C6 + C7 + C8", "F{row} = E{row} / C{row} * 100"), parsed with mathjs.
// Only the parser is instantiated (no evaluate), the functions mathjs' security notes name are disabled,
// and the tree is walked here over exact fractions with a whitelist of node types, so a rule cannot
// reach anything outside the figures it names.
import { create, parseDependencies } from 'mathjs';
import type { MathNode } from 'mathjs';
import { Exact, ZERO, exactFromDecimal, eq } from '../numbers/exact';
import { compareStated, Figure } from './compare';
import { a1, parseA1 } from '../address';
import type { Key, Outcome, ReportedRule } from './types';

const disabled = () => {
  throw new Error('Hàm này bị tắt trong quy tắc do người dùng viết');
};
// Made the first time a rule is parsed: most checks parse none, and building the parser costs a good part of a start.
let parser: ((text: string) => MathNode) | undefined;
function parse(text: string): MathNode {
  if (!parser) {
    const math = create({ parseDependencies });
    // Taken before `parse` itself is disabled below, as math.parse would then be.
    const own = math.parse;
    math.import(
      { import: disabled, createUnit: disabled, reviver: disabled, evaluate: disabled, parse: disabled, simplify: disabled, derivative: disabled, resolve: disabled },
      { override: true },
    );
    parser = own;
  }
  return parser(text);
}

/** The parser with mathjs' reaching functions disabled; callers walk the tree with their own whitelist. */
export function parseGuarded(text: string): MathNode {
  return parse(text);
}

export type Comparison = '=' | '<=' | '>=' | '<' | '>';

export interface CompiledExpression {
  text: string;
  op: Comparison;
  lhs: MathNode;
  rhs: MathNode;
  /** Workbook keys of every cell the rule reads. */
  cells: Key[];
  /** The single cell on the left, whose stated precision decides rounding. */
  target?: Key;
  reportAs: ReportedRule;
  sheet: string;
}

export class RuleSyntaxError extends Error {}

const OPERATORS: Record<string, Comparison> = { equal: '=', smallerEq: '<=', largerEq: '>=', smaller: '<', larger: '>' };
const ARITHMETIC = new Set(['add', 'subtract', 'multiply', 'divide', 'unaryMinus', 'unaryPlus']);
const CELL = /^[A-Z]{1,3}[1-9]\d*$/;

export function compileExpression(text: string, sheet: string): CompiledExpression {
  let node: MathNode;
  try {
    node = parse(text.replace(/(?<![<>=!])=(?!=)/, '=='));
  } catch (e) {
    throw new RuleSyntaxError(`Quy tắc "${text}" không đọc được: ${(e as Error).message}`);
  }
  const top = node as MathNode & { fn?: string; args?: MathNode[] };
  const op = top.type === 'OperatorNode' ? OPERATORS[top.fn as string] : undefined;
  if (!op || !top.args || top.args.length !== 2) {
    throw new RuleSyntaxError(`Quy tắc "${text}" phải so sánh hai vế bằng =, <=, >=, < hoặc >`);
  }
  const [lhs, rhs] = top.args;
  const cells = new Set<string>();
  check(lhs, text, cells);
  check(rhs, text, cells);
  const target = lhs.type === 'SymbolNode' ? (lhs as unknown as { name: string }).name : undefined;
  return {
    text,
    op,
    lhs,
    rhs,
    cells: [...cells].map((c) => `${sheet}!${c}`),
    target: target ? `${sheet}!${target}` : undefined,
    reportAs: classify(op, rhs),
    sheet,
  };
}

function check(node: MathNode, text: string, cells: Set<string>): void {
  const n = node as MathNode & { fn?: unknown; args?: MathNode[]; name?: string; value?: unknown; content?: MathNode };
  switch (n.type) {
    case 'ConstantNode':
      if (typeof n.value !== 'number') throw new RuleSyntaxError(`Quy tắc "${text}": chỉ dùng được số, không dùng ${String(n.value)}`);
      return;
    case 'SymbolNode':
      if (!CELL.test(n.name!)) throw new RuleSyntaxError(`Quy tắc "${text}": "${n.name}" không phải địa chỉ ô (ví dụ C5)`);
      cells.add(n.name!);
      return;
    case 'ParenthesisNode':
      return check(n.content!, text, cells);
    case 'OperatorNode':
      if (!ARITHMETIC.has(n.fn as string)) throw new RuleSyntaxError(`Quy tắc "${text}": phép toán "${(n as unknown as { op: string }).op}" không được phép`);
      n.args!.forEach((a) => check(a, text, cells));
      return;
    case 'FunctionNode': {
      const name = (n.fn as { name?: string }).name;
      if (name !== 'sum') throw new RuleSyntaxError(`Quy tắc "${text}": hàm "${name}" không được phép (chỉ có sum)`);
      for (const arg of n.args!) {
        if (arg.type === 'RangeNode') rangeCells(arg, text).forEach((c) => cells.add(c));
        else check(arg, text, cells);
      }
      return;
    }
    default:
      throw new RuleSyntaxError(`Quy tắc "${text}": cấu trúc ${n.type} không được phép`);
  }
}

function rangeCells(node: MathNode, text: string): string[] {
  const r = node as unknown as { start: { name?: string }; end: { name?: string } };
  const a = r.start.name && parseA1(r.start.name);
  const b = r.end.name && parseA1(r.end.name);
  if (!a || !b) throw new RuleSyntaxError(`Quy tắc "${text}": vùng ô không hợp lệ`);
  const out: string[] = [];
  for (let row = Math.min(a.row, b.row); row <= Math.max(a.row, b.row); row++) {
    for (let col = Math.min(a.col, b.col); col <= Math.max(a.col, b.col); col++) out.push(a1(row, col));
  }
  return out;
}

function classify(op: Comparison, rhs: MathNode): ReportedRule {
  if (op !== '=') return 'subset';
  const fns = new Set<string>();
  rhs.traverse((n) => {
    const fn = (n as unknown as { fn?: unknown }).fn;
    if (typeof fn === 'string') fns.add(fn);
  });
  if (fns.has('divide')) return fns.has('subtract') ? 'points' : 'share';
  if (fns.has('subtract')) return 'difference';
  return 'sum';
}

type Lookup = (key: Key) => Figure | undefined;

class Missing extends Error {
  constructor(readonly key: Key) {
    super(key);
  }
}
class DivisionByZero extends Error {}

export function valueOf(node: MathNode, sheet: string, lookup: Lookup): Exact {
  const n = node as MathNode & { fn?: unknown; args?: MathNode[]; name?: string; value?: number; content?: MathNode };
  switch (n.type) {
    case 'ConstantNode':
      return exactFromDecimal(String(n.value));
    case 'SymbolNode': {
      const f = lookup(`${sheet}!${n.name}`);
      if (!f) throw new Missing(`${sheet}!${n.name}`);
      return f.value;
    }
    case 'ParenthesisNode':
      return valueOf(n.content!, sheet, lookup);
    case 'FunctionNode': {
      let total = ZERO;
      for (const arg of n.args!) {
        const parts = arg.type === 'RangeNode' ? rangeCells(arg, '').map((c) => valueOf({ type: 'SymbolNode', name: c } as unknown as MathNode, sheet, lookup)) : [valueOf(arg, sheet, lookup)];
        for (const p of parts) total = total.add(p);
      }
      return total;
    }
    default: {
      const args = n.args!.map((a) => valueOf(a, sheet, lookup));
      switch (n.fn) {
        case 'add':
          return args[0].add(args[1]);
        case 'subtract':
          return args[0].sub(args[1]);
        case 'multiply':
          return args[0].mul(args[1]);
        case 'divide':
          if (args[1].equals(ZERO)) throw new DivisionByZero();
          return args[0].div(args[1]);
        case 'unaryMinus':
          return args[0].neg();
        default:
          return args[0];
      }
    }
  }
}

export function evaluateExpression(expression: CompiledExpression, lookup: Lookup): Outcome {
  let left: Exact;
  let right: Exact;
  try {
    left = valueOf(expression.lhs, expression.sheet, lookup);
    right = valueOf(expression.rhs, expression.sheet, lookup);
  } catch (e) {
    if (e instanceof Missing) return { status: 'skip', blockers: [e.key] };
    if (e instanceof DivisionByZero) return { status: 'skip', blockers: expression.cells.slice(-1) };
    throw e;
  }
  const target = expression.target ?? expression.cells[0];
  const stated = lookup(target) ?? { value: left, decimals: 0, percent: false };
  if (expression.op === '=') {
    if (expression.target) return compareStated(target, stated, right);
    if (eq(left, right)) return { status: 'ok' };
    return { status: 'fail', severity: 'error', target, stated: left, expected: right, decimals: stated.decimals, percent: stated.percent };
  }
  const c = left.compare(right);
  const holds = { '<=': c <= 0, '>=': c >= 0, '<': c < 0, '>': c > 0 }[expression.op];
  if (holds) return { status: 'ok' };
  return { status: 'fail', severity: 'error', target, stated: left, expected: right, decimals: stated.decimals, percent: stated.percent };
}

/** "F{row} = E{row} / C{row} * 100" for each of the given sheet rows (1-based, as Excel numbers them). */
export function expandRowTemplate(text: string, rows: number[]): string[] {
  if (!text.includes('{row}')) return [text];
  return rows.map((r) => text.replace(/\{row\}/g, String(r)));
}
