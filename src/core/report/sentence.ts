// Footnote sentences from templates: "{nu} đồng chí, chiếm {pct(nu, tong, 2)}" with the table's figures,
// evaluated over exact fractions (the guarded mathjs parser, a whitelist walk) and written vi-VN.
import type { MathNode } from 'mathjs';
import { Exact, HUNDRED, exactFromDecimal, roundHalfUp } from '../numbers/exact';
import { formatVi } from '../numbers/format';
import { parseGuarded } from '../rules/expression';

export interface Figure {
  value: Exact;
  decimals: number;
}

interface Result extends Figure {
  percent: boolean;
}

export class SentenceError extends Error {}

function evaluate(node: MathNode, vars: Record<string, Figure>, text: string): Result {
  const n = node as MathNode & { name?: string; value?: number; fn?: unknown; args?: MathNode[]; content?: MathNode; op?: string };
  switch (n.type) {
    case 'ConstantNode':
      if (typeof n.value !== 'number') throw new SentenceError(`"${text}": chỉ dùng được số`);
      return { value: exactFromDecimal(String(n.value)), decimals: 0, percent: false };
    case 'SymbolNode': {
      const v = vars[n.name!];
      if (!v) throw new SentenceError(`"${text}": không có số liệu tên "${n.name}"`);
      return { ...v, percent: false };
    }
    case 'ParenthesisNode':
      return evaluate(n.content!, vars, text);
    case 'FunctionNode': {
      const name = (n.fn as { name?: string }).name;
      const args = n.args!.map((a) => evaluate(a, vars, text));
      const digits = (i: number) => Number(args[i]?.value.valueOf() ?? 0);
      if (name === 'pct' && args.length === 3) {
        if (args[1].value.equals(0)) throw new SentenceError(`"${text}": chia cho 0`);
        return { value: roundHalfUp(args[0].value.mul(HUNDRED).div(args[1].value), digits(2)), decimals: digits(2), percent: true };
      }
      if (name === 'round' && args.length === 2) return { value: roundHalfUp(args[0].value, digits(1)), decimals: digits(1), percent: args[0].percent };
      throw new SentenceError(`"${text}": hàm "${name}" không được phép (chỉ có pct(phần, tổng, số chữ số) và round)`);
    }
    case 'OperatorNode': {
      const [a, b] = n.args!.map((x) => evaluate(x, vars, text));
      const decimals = Math.max(a.decimals, b?.decimals ?? 0);
      switch (n.fn) {
        case 'add':
          return { value: a.value.add(b.value), decimals, percent: a.percent };
        case 'subtract':
          return { value: a.value.sub(b.value), decimals, percent: a.percent };
        case 'unaryMinus':
          return { ...a, value: a.value.neg() };
        default:
          throw new SentenceError(`"${text}": chỉ dùng được + và - (tỷ lệ thì dùng pct)`);
      }
    }
    default:
      throw new SentenceError(`"${text}": cấu trúc ${n.type} không được phép`);
  }
}

/** Every "{…}" replaced by its value: counts under ten written "05", percentages with "%". */
export function renderSentence(template: string, vars: Record<string, Figure>): string {
  return template.replace(/\{([^{}]+)\}/g, (_, inner: string) => {
    let node: MathNode;
    try {
      node = parseGuarded(inner);
    } catch (e) {
      throw new SentenceError(`"${inner}" không đọc được: ${(e as Error).message}`);
    }
    const r = evaluate(node, vars, inner);
    return formatVi(r.value, { decimals: r.decimals, percent: r.percent, leadingZero: !r.percent && r.decimals === 0 });
  });
}
