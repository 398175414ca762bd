// Every sentence the user reads, in Vietnamese first and English when asked.
import type { FixReason } from './localize/reasons';
import type { Reading } from './table/types';
import type { ShareBase } from './rules/types';

export type Lang = 'vi' | 'en';

const REASON: Record<Lang, Record<FixReason, string>> = {
  vi: {
    digit: 'một chữ số',
    transposition: 'đảo hai chữ số liền nhau',
    sign: 'nhầm dấu',
    swap: 'hai ô bị đổi chỗ',
    base: 'tỷ lệ tính nhầm trên cơ số khác',
    rounding: 'làm tròn sai',
    truncation: 'cắt bớt thay vì làm tròn',
    unknown: 'là giá trị duy nhất làm mọi quy tắc đúng',
    formula: 'công thức của ô cộng thiếu hoặc thừa ô',
  },
  en: {
    digit: 'one digit',
    transposition: 'two adjacent digits swapped',
    sign: 'sign flipped',
    swap: 'two cells swapped',
    base: 'percentage computed on another base',
    rounding: 'rounded the wrong way',
    truncation: 'truncated instead of rounded',
    unknown: 'the only value that satisfies every rule',
    formula: "the cell's formula adds the wrong cells",
  },
};

const BASE: Record<Lang, Record<ShareBase, string>> = {
  vi: { parent: 'dòng cha (chỉ tiêu bao trùm)', total: 'dòng tổng số của bảng', 'row-total': 'cột tổng số cùng dòng', fraction: 'mẫu số của phân số', marked: 'dòng ghi 100,00 gần nhất phía trên', self: 'chính nó' },
  en: { parent: 'the parent row', total: "the table's total row", 'row-total': 'the total column of the same row', fraction: "the fraction's whole", marked: 'the nearest row above printed 100.00', self: 'itself' },
};

const READING: Record<Lang, Partial<Record<Reading, string>>> = {
  vi: {
    'trong-do-overlap': 'các phần "trong đó" thuộc nhiều tiêu chí khác nhau (có thể trùng nhau): chỉ kiểm tra mỗi phần không vượt tổng',
    'trong-do-disjoint': 'các phần "trong đó" cùng một tiêu chí (không trùng nhau): kiểm tra tổng các phần không vượt tổng',
    'trong-do-exhaustive': 'các phần "trong đó" là đầy đủ các loại: kiểm tra cộng đúng bằng tổng',
    overlap: 'các dòng con thuộc nhiều tiêu chí khác nhau (có thể trùng nhau): chỉ kiểm tra mỗi dòng không vượt tổng',
    'trailing-total': 'dòng "Cộng" cuối bảng là tổng các dòng phía trên',
    written: 'quy tắc ghi trên biểu (dòng số thứ tự cột hoặc nhãn dòng như "Cộng (1+…+11)"): chắc chắn, kiểm tra đúng như ghi',
    partial: 'phân loại không đủ mọi người (chuyên môn, lý luận chính trị…): chỉ kiểm tra tổng các phần không vượt tổng số',
    nested: 'các mốc tích lũy ("có đủ 30, 40, 50 năm…") lồng nhau: không cộng, mỗi mốc không vượt tổng',
  },
  en: {
    'trong-do-overlap': '"of which" parts are from different dimensions (may overlap): each part is only checked to be at most the total',
    'trong-do-disjoint': '"of which" parts are values of one dimension (disjoint): their sum is checked to be at most the total',
    'trong-do-exhaustive': '"of which" parts cover every category: checked to add up to the total',
    overlap: 'child rows are from different dimensions (may overlap): each is only checked to be at most the total',
    'trailing-total': 'the closing "Cộng" row is the sum of the rows above it',
    written: 'a rule written on the form (the column-number row, or a label such as "Cộng (1+…+11)"): certain, checked as written',
    partial: 'a classification that leaves some out (qualifications, political theory): the parts are only checked not to exceed the total',
    nested: 'cumulative thresholds ("at least 30, 40, 50 years") are nested: not added up, each checked against the total',
  },
};

export function messages(lang: Lang) {
  const vi = lang === 'vi';
  return {
    reason: (why: FixReason) => REASON[lang][why],
    sum: (total: string, stated: string, expected: string, parts: string[]) =>
      vi
        ? `${total}: tổng ghi ${stated}, cộng các thành phần (${parts.join(', ')}) được ${expected}`
        : `${total}: total is ${stated}, its parts (${parts.join(', ')}) add up to ${expected}`,
    subset: (parent: string, stated: string, expected: string, parts: string[]) =>
      vi
        ? `${parent}: ${stated} nhỏ hơn ${parts.length > 1 ? `tổng các phần "trong đó" (${parts.join(', ')}) là ${expected}` : `phần "trong đó" ${parts[0]} là ${expected}`}`
        : `${parent}: ${stated} is less than ${parts.length > 1 ? `the sum of its parts (${parts.join(', ')}), ${expected}` : `its part ${parts[0]}, ${expected}`}`,
    share: (cell: string, stated: string, expected: string, part: string, base: string) =>
      vi ? `${cell}: tỷ lệ ghi ${stated}, tính lại ${part}/${base} × 100 được ${expected}` : `${cell}: share is ${stated}, ${part}/${base} × 100 gives ${expected}`,
    shareTotal: (cell: string, stated: string, expected: string) =>
      vi ? `${cell}: các tỷ lệ thành phần cộng lại được ${expected}, không khớp ${stated}` : `${cell}: the parts' shares add up to ${expected}, not ${stated}`,
    difference: (cell: string, stated: string, expected: string, current: string, previous: string) =>
      vi ? `${cell}: tăng/giảm ghi ${stated}, ${current} − ${previous} = ${expected}` : `${cell}: change is ${stated}, ${current} − ${previous} = ${expected}`,
    ratio: (cell: string, stated: string, expected: string, current: string, previous: string) =>
      vi ? `${cell}: so sánh ghi ${stated}, ${current}/${previous} × 100 = ${expected}` : `${cell}: ratio is ${stated}, ${current}/${previous} × 100 = ${expected}`,
    relativeChange: (cell: string, stated: string, expected: string, current: string, previous: string) =>
      vi
        ? `${cell}: tỷ lệ tăng, giảm ghi ${stated}, (${current} − ${previous}) / ${previous} × 100 = ${expected}`
        : `${cell}: relative change is ${stated}, (${current} − ${previous}) / ${previous} × 100 = ${expected}`,
    points: (cell: string, stated: string, expected: string, relative: string) =>
      vi
        ? `${cell}: chênh lệch tỷ lệ ghi ${stated}, tính theo điểm phần trăm được ${expected}, theo so sánh tương đối được ${relative}; cả hai cách đều không khớp`
        : `${cell}: change of share is ${stated}; in percentage points it is ${expected}, relative ${relative}; neither matches`,
    expr: (text: string, stated: string, expected: string) =>
      vi ? `Quy tắc ${text}: vế trái ${stated}, vế phải ${expected}` : `Rule ${text}: left side ${stated}, right side ${expected}`,
    truncation: (cell: string, stated: string, expected: string) =>
      vi ? `${cell}: ${stated} là cắt bớt, làm tròn đúng là ${expected}` : `${cell}: ${stated} is truncated; correctly rounded it is ${expected}`,
    rounding: (cell: string, stated: string, expected: string) =>
      vi ? `${cell}: ${stated} làm tròn chưa đúng, đúng là ${expected}` : `${cell}: ${stated} is rounded the wrong way; it should be ${expected}`,
    fix: (cell: string, stated: string, value: string, why: FixReason, rules: number) =>
      vi
        ? `Nên sửa ${cell}: ${stated} ${why === 'formula' ? 'đúng ra là' : 'có thể gõ nhầm từ'} ${value} — ${REASON.vi[why]}${rules > 1 ? ` (ô này nằm trong ${rules} quy tắc sai)` : ''}`
        : `Fix ${cell}: ${stated} ${why === 'formula' ? 'should be' : 'was probably meant to be'} ${value} — ${REASON.en[why]}${rules > 1 ? ` (this cell is in ${rules} failing rules)` : ''}`,
    pair: (fixes: string[]) => (vi ? `Cần sửa ít nhất hai ô: ${fixes.join('; ')}` : `At least two cells need fixing: ${fixes.join('; ')}`),
    swapped: (a: string, aStated: string, b: string, bStated: string) =>
      vi
        ? `Có lẽ ${a} (${aStated}) và ${b} (${bStated}) đã bị gõ đổi chỗ cho nhau: đổi lại thì mọi quy tắc đều đúng`
        : `${a} (${aStated}) and ${b} (${bStated}) were probably typed in each other's place: swapped back, every rule holds`,
    swapAlternatives: (pairs: string[]) =>
      vi ? `Có thể hai ô đã bị đổi chỗ cho nhau, nhưng số liệu không cho biết cặp nào: ${pairs.join('; ')}` : `Two cells may have been swapped, but the figures cannot tell which pair: ${pairs.join('; ')}`,
    alternatives: (options: string[]) =>
      vi ? `Một trong các ô sau có thể sai: ${options.join('; ')}` : `One of these cells may be wrong: ${options.join('; ')}`,
    notLocalized: (cells: string[]) =>
      vi ? `Không tìm được một hoặc hai ô giải thích được lỗi này; các ô liên quan: ${cells.join(', ')}` : `No one or two cells explain this; cells involved: ${cells.join(', ')}`,
    text: (cell: string, text: string) => (vi ? `${cell}: "${text}" không phải là số` : `${cell}: "${text}" is not a number`),
    errorValue: (cell: string, code: string) => (vi ? `${cell}: ô báo lỗi ${code}` : `${cell}: the cell shows the error ${code}`),
    ambiguous: (cell: string, text: string, readings: string[]) =>
      vi ? `${cell}: "${text}" không rõ nghĩa: có thể là ${readings.join(' hoặc ')}; hãy viết lại cho rõ` : `${cell}: "${text}" is ambiguous: ${readings.join(' or ')}; please rewrite it`,
    placeholder: (cell: string, text: string) => (vi ? `${cell}: "${text}" chưa điền số liệu` : `${cell}: "${text}" is not filled in yet`),
    englishStyle: (cell: string, text: string, read: string) =>
      vi ? `${cell}: "${text}" viết theo kiểu tiếng Anh, đã đọc là ${read}` : `${cell}: "${text}" is in English style, read as ${read}`,
    plainStyle: (cell: string, text: string, read: string) =>
      vi ? `${cell}: "${text}" thiếu dấu chấm phân cách hàng nghìn (bảng dùng lẫn hai kiểu), đọc là ${read}` : `${cell}: "${text}" has no thousands separator while others do; read as ${read}`,
    negative: (cell: string, text: string) => (vi ? `${cell}: số âm ${text} trong cột số lượng` : `${cell}: negative figure ${text} in a count column`),
    huge: (cell: string, text: string) =>
      vi ? `${cell}: ${text} vượt quá 15 chữ số mà Excel lưu chính xác` : `${cell}: ${text} exceeds the 15 digits Excel stores exactly`,
    blank: (cell: string) => (vi ? `${cell}: ô trống, quy tắc liên quan được bỏ qua` : `${cell}: empty cell, the rules that need it were skipped`),
    merged: (cell: string, owner: string) =>
      vi ? `${cell}: nằm trong vùng gộp, giá trị thuộc ô ${owner}; quy tắc cần ô này được bỏ qua` : `${cell}: inside a merged area owned by ${owner}; rules that need it were skipped`,
    zeroBase: (cell: string) => (vi ? `${cell}: cơ số bằng 0, không tính được tỷ lệ` : `${cell}: the base is zero, no percentage can be computed`),
    hidden: (row: number) => (vi ? `Dòng ${row} đang ẩn nhưng vẫn được kiểm tra` : `Row ${row} is hidden but was checked`),
    formulaMissing: (cell: string, formula: string, missing: string[]) =>
      vi ? `${cell}: công thức =${formula} bỏ sót ${missing.join(', ')}` : `${cell}: the formula =${formula} leaves out ${missing.join(', ')}`,
    formulaExtra: (cell: string, formula: string, extra: string[]) =>
      vi ? `${cell}: công thức =${formula} cộng cả ${extra.join(', ')} không thuộc nhóm` : `${cell}: the formula =${formula} also adds ${extra.join(', ')}, which are not its parts`,
    periodRepeated: (cell: string, stated: string, expected: string) =>
      vi
        ? `${cell}: ${stated} được ghi hai lần trong dãy kỳ theo dòng; theo các dòng trước và sau, dòng này là ${expected}`
        : `${cell}: ${stated} is written twice in the periods down the rows; by the rows around it, this row is ${expected}`,
    termLabel: (cell: string, named: string, compared: string[]) =>
      vi
        ? `${cell}: tiêu đề nêu ${named} nhưng bảng so sánh ${compared.join(' với ')}`
        : `${cell}: the header names ${named} but the table compares ${compared.join(' with ')}`,
    templateMissingRow: (id: string, label: string, before?: number) =>
      vi
        ? `Bảng thiếu dòng "${label}" so với mẫu ${id}${before === undefined ? ' (ở cuối bảng)' : ` (trước dòng ${before})`}; các quy tắc cần dòng này không được kiểm tra`
        : `The table has no row "${label}" that template ${id} has${before === undefined ? ' (at its end)' : ` (before row ${before})`}; rules that need it were not checked`,
    templateExtraRow: (id: string, label: string, unchecked: string[]) =>
      vi
        ? `Dòng "${label}" không có trong mẫu ${id}${unchecked.length ? `; tổng của ${unchecked.map((u) => `"${u}"`).join(', ')} không được kiểm tra vì dòng này nằm giữa các phần` : ''}`
        : `Row "${label}" is not in template ${id}${unchecked.length ? `; the totals ${unchecked.map((u) => `"${u}"`).join(', ')} were not checked because this row sits among their parts` : ''}`,
    templateMissingColumn: (id: string, header: string) =>
      vi ? `Bảng thiếu cột "${header}" so với mẫu ${id}` : `The table has no column "${header}" that template ${id} has`,
    templateExtraColumn: (id: string, header: string) => (vi ? `Cột "${header}" không có trong mẫu ${id}` : `Column "${header}" is not in template ${id}`),
    templateApplied: (id: string) => (vi ? `Bảng được kiểm tra theo mẫu ${id}` : `Checked with template ${id}`),
    rollNoPeriod: (targets: string) =>
      vi ? `Giữ nguyên: bảng không có kỳ nào cùng loại với ${targets}` : `Left as is: the table has no period of the same kind as ${targets}`,
    rollAlready: (latest: string, target: string) =>
      vi
        ? latest === target ? `Giữ nguyên: bảng đã ở kỳ ${target}` : `Giữ nguyên: kỳ mới nhất của bảng là ${latest}, sau kỳ ${target}`
        : latest === target ? `Left as is: the table is already at ${target}` : `Left as is: the table's latest period ${latest} is after ${target}`,
    rollShapes: (a: string, b: string) =>
      vi ? `Giữ nguyên: các cột của kỳ ${a} và kỳ ${b} không giống nhau nên không chuyển số liệu được` : `Left as is: periods ${a} and ${b} have different columns, so figures cannot move`,
    rollGap: (latest: string, target: string) =>
      vi ? `Kỳ mới ${target} không liền sau kỳ hiện tại ${latest}: số liệu kỳ ${latest} thành kỳ trước của ${target}` : `${target} does not follow ${latest} directly: ${latest} becomes the period before ${target}`,
    rollUndated: (cell: string) => (vi ? `${cell}: cột không gắn với kỳ nào, giữ nguyên số liệu` : `${cell}: the column belongs to no period; its figures are kept`),
    rollFormula: (cell: string, before: string, after: string) =>
      vi ? `${cell}: công thức =${before} được viết lại thành =${after} theo cấu trúc bảng` : `${cell}: the formula =${before} is rewritten as =${after} from the table's structure`,
    rollLabel: (cell: string, wrong: string, right: string) =>
      vi ? `${cell}: tiêu đề nêu ${wrong}, không phải kỳ được so sánh; kỳ mới ghi ${right}` : `${cell}: the header named ${wrong}, which the column does not compare; the new header names ${right}`,
    rollCarried: (cell: string, from: string) =>
      vi ? `${cell}: số liệu chép từ ${from} đang bị báo lỗi ở sổ gốc; hãy kiểm tra lại` : `${cell}: copied from ${from}, which has an error in the source workbook; check it`,
    rollUnlinked: (cell: string) =>
      vi ? `${cell}: không rõ cột này so sánh hai cột nào; số liệu cũ được xóa để điền lại` : `${cell}: which columns this compares is unknown; its old figures are cleared to be filled in again`,
    cross: (cell: string, label: string, stated: string, other: string, otherCell: string) =>
      vi ? `${cell}: "${label}" ghi ${stated}, nhưng ở ${otherCell} ghi ${other}` : `${cell}: "${label}" is ${stated} here but ${other} in ${otherCell}`,
    crossFix: (cell: string, value: string, other: string) =>
      vi ? `Nên sửa ${cell} thành ${value}: ở ${other} số này khớp với các số liệu của bảng đó` : `Change ${cell} to ${value}: at ${other} the figure agrees with the rest of its table`,
    shareBase: (cell: string, base: ShareBase, explained: number, rows: number) =>
      vi ? `${cell}: tỷ lệ tính trên ${BASE.vi[base]} (khớp ${explained}/${rows} dòng)` : `${cell}: shares are of ${BASE.en[base]} (${explained}/${rows} rows agree)`,
    noBase: (cell: string) =>
      vi ? `${cell}: không xác định được cơ số của cột tỷ lệ trong bảng — không kiểm tra cột này` : `${cell}: no figure of the table is this share column's base — the column is not checked`,
    nesting: (cell: string, nested: boolean) =>
      vi
        ? `${cell}: ${nested ? '"xuất sắc" được tính trong số "hoàn thành tốt"' : '"xuất sắc" được tính riêng, không nằm trong "hoàn thành tốt"'}`
        : `${cell}: ${nested ? '"excellent" is counted inside "good"' : '"excellent" is counted apart from "good"'}`,
    rowBase: (cell: string, decided: boolean) =>
      vi
        ? decided
          ? `${cell}: tỷ lệ của dòng này tính trên dòng cha của nó (khớp ở mọi cột tỷ lệ), không trên cơ số chung của cột`
          : `${cell}: tỷ lệ của dòng này khớp khi tính trên dòng cha, không khớp trên cơ số chung của cột — chưa xác định được, không kiểm tra`
        : decided
          ? `${cell}: this row's shares are of its parent row (every share column agrees), not of the column's base`
          : `${cell}: this row's share agrees on its parent row, not on the column's base — undecided, not checked`,
    reading: (cell: string, reading: Reading) => `${cell}: ${READING[lang][reading] ?? reading}`,
    unconfirmed: (cell: string, what: 'share' | 'rows' | 'cols' | 'compare' | 'other', holds: number, tried: number, cells: string[]) => {
      const shown = cells.slice(0, 4).join(', ') + (cells.length > 4 ? ', …' : '');
      const subject = vi
        ? { share: 'không xác định được cơ số của cột tỷ lệ', rows: 'không chắc các dòng con cộng thành dòng trên', cols: 'không chắc các cột cộng thành cột tổng', compare: 'không chắc cột so sánh này so hai cột nào', other: 'không chắc quy tắc này áp dụng' }[what]
        : { share: 'the base of this share column is not determined', rows: 'it is not certain that these rows add up to the row above', cols: 'it is not certain that these columns add up to the total column', compare: 'which two columns this comparison compares is not certain', other: 'it is not certain that this rule applies' }[what];
      return vi
        ? `${cell}: ${subject} (đúng ${holds}/${tried} chỗ) — không kiểm tra, không báo lỗi ở ${shown}`
        : `${cell}: ${subject} (${holds}/${tried} hold) — not checked, no error reported at ${shown}`;
    },
    precision: (cell: string, stated: string, expected: string) =>
      vi ? `${cell}: ghi ${stated}, ít chữ số thập phân hơn các ô cùng cột; tính đúng là ${expected}` : `${cell}: written ${stated}, with fewer decimals than the rest of its column; computed it is ${expected}`,
    unread: (range: string, cells: number) =>
      vi
        ? `${range}: có ${cells} ô số liệu không thuộc bảng nào đọc được — chưa kiểm tra`
        : `${range}: ${cells} cells of figures belong to no table that could be read — not checked`,
    pointsReading: (cell: string, relative: boolean, rows: number) =>
      vi
        ? `${cell}: chênh lệch tỷ lệ đọc theo ${relative ? 'so sánh tương đối (%)' : 'điểm phần trăm'} (${rows} dòng)`
        : `${cell}: change of share read as ${relative ? 'relative change (%)' : 'percentage points'} (${rows} rows)`,
  };
}

export type Messages = ReturnType<typeof messages>;
