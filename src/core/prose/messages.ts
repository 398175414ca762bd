// What the prose check says about each claim, in Vietnamese first.
import type { FixReason } from '../localize/reasons';
import type { Lang } from '../messages';
import { messages } from '../messages';

export function proseMessages(lang: Lang) {
  const vi = lang === 'vi';
  const reason = messages(lang).reason;
  return {
    share: (part: string, base: string, stated: string, expected: string) =>
      vi ? `${part}/${base} × 100 = ${expected}, văn bản ghi ${stated}` : `${part}/${base} × 100 = ${expected}; the text says ${stated}`,
    fractionShare: (fraction: string, stated: string, expected: string) =>
      vi ? `${fraction} = ${expected}, văn bản ghi ${stated}` : `${fraction} = ${expected}; the text says ${stated}`,
    shareTotalOk: (total: string) => (vi ? `các tỷ lệ của cùng một cơ cấu cộng lại được ${total}, bằng 100% trong sai số làm tròn` : `the shares of one breakdown add up to ${total}, 100% within rounding`),
    shareTotalOverlap: (total: string) => (vi ? `các tỷ lệ cộng lại được ${total}, nhưng mỗi tỷ lệ đều đúng và các số cộng lại vượt cơ số: các mục không phải là một cơ cấu, không kết luận` : `the shares add up to ${total}, but each share is right and the counts add up past the base: the items are no breakdown, not decided`),
    shareTotalOfSlip: (total: string) => (vi ? `; vì vậy các tỷ lệ của cơ cấu cộng lại được ${total}, không phải 100%` : `; so the shares of the breakdown add up to ${total}, not 100%`),
    shareTotal: (total: string) => (vi ? `các tỷ lệ của cùng một cơ cấu cộng lại được ${total}, không phải 100%` : `the shares of one breakdown add up to ${total}, not 100%`),
    sum: (total: string, parts: string[], got: string) =>
      vi ? `${parts.join(' + ')} = ${got}, văn bản ghi tổng ${total}` : `${parts.join(' + ')} = ${got}; the text gives the total as ${total}`,
    sumGap: (total: string, got: string) =>
      vi ? `các phần cộng lại được ${got}, tổng ghi ${total}: có thể còn đối tượng chưa được phân loại, hoặc gõ nhầm — cần xem lại` : `the parts add up to ${got} against ${total}: some may be in no category, or a figure was mistyped`,
    subset: (total: string, parts: string, overlap: boolean) =>
      vi
        ? overlap
          ? `mỗi phần "trong đó" phải không vượt ${total}`
          : `các phần "trong đó" cộng lại được ${parts}, không được vượt ${total}`
        : overlap
          ? `each "of which" part must be at most ${total}`
          : `the "of which" parts add up to ${parts}, which must not exceed ${total}`,
    /** Which reading of a breakdown was used, so the user can judge it. */
    reading: (how: string, nested: string[], named: number) => {
      const base =
        how === 'gom' ? (vi ? 'đọc "gồm" là liệt kê đủ' : '"gồm" read as a full list')
        : how === 'paren' ? (vi ? 'đọc phần trong ngoặc là liệt kê đủ' : 'the parenthesis read as a full list')
        : how === 'heading' ? (vi ? 'đọc các mục sau dấu hai chấm là các phần của tổng ghi trong ngoặc' : 'the items after the colon read as the parts of the total in the parenthesis')
        : how === 'exhaustive' ? (vi ? 'các loại nêu ra đã đủ' : 'the categories named cover the whole')
        : how === 'trong-do' ? (vi ? 'đọc "trong đó" là liệt kê đủ' : '"trong đó" read as a full list')
        : how === 'ratings' ? (vi ? 'mỗi người (tổ chức) được đánh giá xếp một mức, các mức cộng lại là số được đánh giá' : 'each one assessed has one grade; the grades add up to those assessed')
        : how === 'specifics' ? (vi ? '"Cụ thể:" liệt kê từng phần của tổng nêu ở câu trước' : '"Cụ thể:" lists the parts of the total the sentence before states')
        : how === 'periods' ? (vi ? 'các năm (kỳ) nêu ra không trùng nhau, cộng lại là tổng' : 'the periods listed do not overlap and add up to the total')
        : how === 'items' ? (vi ? 'các mục gạch đầu dòng sau dấu hai chấm là các phần của tổng' : 'the list items after the colon are the parts of the total')
        : how === 'columns' ? (vi ? 'mỗi mục nêu hai số theo thứ tự của tổng, cộng từng cột' : 'each item gives its two figures in the order of the totals; each column adds up')
        : how === 'closing' ? (vi ? '"cộng" là tổng các số cùng đơn vị nêu trước nó' : '"cộng" read as the sum of the figures of its unit before it')
        : '';
      const notes = [
        base,
        nested.length ? (vi ? `không cộng ${nested.join(', ')} (xuất sắc đã tính trong tốt trở lên)` : `${nested.join(', ')} left out (excellent is inside good or better)`) : '',
        named ? (vi ? `${named} đơn vị nêu tên, mỗi đơn vị tính là 1` : `${named} named units, one each`) : '',
      ].filter(Boolean);
      return notes.length ? ` (${notes.join('; ')})` : '';
    },
    flow: (start: string, inflow: string | undefined, outflow: string | undefined, got: string, end: string) =>
      vi
        ? `đầu kỳ ${start}${inflow ? ` + tăng ${inflow}` : ''}${outflow ? ` − giảm ${outflow}` : ''} = ${got}, văn bản ghi cuối kỳ ${end} (số cuối kỳ = đầu kỳ + tăng − giảm)`
        : `start ${start}${inflow ? ` + in ${inflow}` : ''}${outflow ? ` − out ${outflow}` : ''} = ${got}; the text gives the end as ${end} (end = start + in − out)`,
    /** A category's share read from the breakdown given earlier. */
    categoryOf: (category: string) => (vi ? ` (số "${category}" lấy từ phần liệt kê của tổng này ở trên)` : ` (the count of "${category}" taken from this total's breakdown above)`),
    relative: (current: string, previous: string, stated: string, expected: string, sign: 1 | -1, asRatio: boolean) =>
      vi
        ? `(${current} − ${previous})/${previous} × 100 = ${sign < 0 ? 'giảm' : 'tăng'} ${expected}, văn bản ghi ${stated}${asRatio ? `; ${stated} là ${current}/${previous} (so sánh "bằng"), không phải mức tăng` : ''}`
        : `(${current} − ${previous})/${previous} × 100 = ${expected}; the text says ${stated}${asRatio ? `; ${stated} is ${current}/${previous} (a ratio), not the increase` : ''}`,
    /** A rate of change written beside the change only: the change over the value compared with. */
    impliedRate: (change: string, current: string, previous: string, stated: string, expected: string, sign: 1 | -1, index?: boolean) =>
      vi
        ? `${sign < 0 ? 'giảm' : 'tăng'} ${change} còn ${current} thì giá trị đem so sánh là ${previous}: ${index ? current : change}/${previous} × 100 = ${expected}, văn bản ghi ${stated}`.replace(' còn ', sign < 0 ? ' còn ' : ' lên ')
        : `a change of ${change} to ${current} starts from ${previous}: ${index ? current : change}/${previous} × 100 = ${expected}; the text says ${stated}`,
    impliedChange: (change: string, current: string, rate: string, fixed: string, previous: string, sign: 1 | -1) =>
      vi
        ? `${rate} ứng với mức ${sign < 0 ? 'giảm' : 'tăng'} ${fixed}: ${fixed}/${previous} × 100 = ${rate}, với ${previous} = ${current} ${sign < 0 ? '+' : '−'} ${fixed}; văn bản ghi ${sign < 0 ? 'giảm' : 'tăng'} ${change}`
        : `${rate} is a change of ${fixed}: ${fixed}/${previous} × 100 = ${rate}, where ${previous} = ${current} ${sign < 0 ? '+' : '−'} ${fixed}; the text says ${change}`,
    rateOfChange: (change: string, previous: string, stated: string, expected: string, sign: 1 | -1, onCurrent?: string, index?: string) =>
      vi
        ? `${sign < 0 ? 'giảm' : 'tăng'} ${change} so với ${previous}: ${change}/${previous} × 100 = ${expected}, văn bản ghi ${stated}${onCurrent ? `; ${stated} là ${change}/${onCurrent} (chia cho giá trị mới thay vì giá trị đem so sánh)` : ''}${index ? `; ${stated} là ${index}/${previous} (so sánh "bằng"), không phải mức tăng` : ''}`
        : `a change of ${change} against ${previous}: ${change}/${previous} × 100 = ${expected}; the text says ${stated}${onCurrent ? `; ${stated} is ${change}/${onCurrent} (divided by the new value instead of the one compared with)` : ''}${index ? `; ${stated} is ${index}/${previous} (a ratio), not the increase` : ''}`,
    swappedList: vi ? ' (các phần "trong đó" cộng lại đúng bằng tổng viết đảo hai chữ số: danh sách là đủ, tổng gõ nhầm)' : ' (the "trong đó" parts add up to the total with two digits swapped: the list is complete, the total mistyped)',
    misread: vi ? '; lệch quá xa để là một lỗi gõ hay cộng nhầm: có thể các số nêu ra không phải là các phần của tổng này, cần đọc lại câu' : '; too far apart for a slip of typing or adding: the figures listed may not be parts of this total; reread the sentence',
    sumDoubt: {
      overlap: vi ? '; không chắc là sai: một người, một hộ có thể thuộc nhiều nhóm đã kể, và chênh lệch không phải lỗi gõ một chữ số' : '; not certainly wrong: one person or household may be in several of the groups, and the gap is no slip of one digit',
      incomplete: vi ? '; không chắc là sai: phần trong ngoặc có thể chỉ nêu một số mục, và chênh lệch không phải lỗi gõ một chữ số' : '; not certainly wrong: the parenthesis may name only some items, and the gap is no slip of one digit',
    },
    distantBase: vi ? '; không chắc là sai: cơ số lấy từ câu khác, văn bản không nêu tên, và tỷ lệ không lệch theo kiểu gõ nhầm, có thể tác giả tính trên một tổng khác' : '; not certainly wrong: the base comes from another sentence the text does not name, and the share is no slip of it; the writer may have taken another whole',
    attained: (verb: string) => vi ? `; không chắc là sai: "${verb}" có thể là mức đạt so với kế hoạch, chỉ tiêu riêng của mục này hay so với kỳ trước, không phải tỷ trọng trong tổng, và tỷ lệ không lệch theo kiểu gõ nhầm` : `; not certainly wrong: "${verb}" may be how far this item reached its own plan or its earlier value, not its part of the whole, and the share is no slip of it`,
    gapOf: (stated: string, other: string) => (vi ? `; ${stated} là chênh lệch với ${other}: đã tính nhầm với số khác` : `; ${stated} is the gap with ${other}: the wrong figure was taken`),
    partsWhole: (written: string) => (vi ? `; cơ số là tổng các phần kê ra, vì tổng ghi ${written} không khớp với các phần của nó (xem nhận định về tổng đó)` : `; the base is the sum of the parts listed, since the total written, ${written}, does not match its parts (see the finding on that total)`),
    wholeSlip: (written: string, meant: string) => (vi ? `; hoặc ${written} là gõ nhầm của ${meant}: tỷ lệ ghi khớp đúng với ${meant}` : `; or ${written} is a slip of ${meant}: the share written fits ${meant} exactly`),
    subtotal: (items: string[]) => (vi ? `; nhưng tỷ lệ ghi khớp đúng với tổng của ${items.join(' + ')}: có thể tác giả tính trên một phần của tổng, chưa chắc là sai` : `; but the share written fits exactly the sum of ${items.join(' + ')}: the writer may have taken part of the whole, so it is not certain to be wrong`),
    slippedWhole: (written: string) => (vi ? `; cơ số là tổng số mà tỷ lệ của phân số đi kèm cho thấy, vì ${written} có vẻ là gõ nhầm (xem nhận định về phân số đó)` : `; the base is the whole the fraction's own share points to, since ${written} looks mistyped (see the finding on that fraction)`),
    previousWhole: (value: string) => (vi ? `; tỷ lệ ghi đúng bằng phần trăm tính trên ${value}, số của kỳ đem so sánh: đã lấy nhầm cơ số` : `; the share written is exactly what ${value}, the value of the period compared with, gives: the wrong base was taken`),
    anotherThing: vi ? '; phần lớn hơn tổng được ghi bằng đơn vị khác với tổng (đếm một thứ khác, hoặc là số tiền, số đo bên cạnh một số đếm): chưa xác định được' : '; the part larger than its whole is written in another unit than the whole (it counts another thing, or is an amount beside a count): undecided',
    ofWhichList: vi ? '; "trong đó" đứng sau một danh sách có thể nói về tổng của cả danh sách, không phải mục cuối: chưa xác định được' : '; a "trong đó" after a list may be of the whole list, not of its last item: undecided',
    laterWhole: (whole: string) => (vi ? `; không chắc là sai: tỷ lệ khớp đúng với ${whole}, số nêu sau trong đoạn cũng mang tên tổng này` : `; not certainly wrong: the share fits ${whole} exactly, a figure later in the paragraph that bears the whole's name too`),
    misreadFraction: vi ? '; tử số vượt mẫu số quá xa để là một lỗi gõ: có thể đây không phải phân số (ngày tháng, số hiệu), cần đọc lại câu' : '; the numerator exceeds the denominator too far for a slip of typing: this may be no fraction (a date, a reference number); reread the sentence',
    misreadValue: vi ? '; lệch quá xa để là một lỗi gõ: có thể đã đọc nhầm số đem so sánh, cần đọc lại câu' : '; too far off for a slip of typing: the figures compared may have been misread; reread the sentence',
    /** `factor`: what the total is multiplied by (a change of money unit, a rate per 1.000). */
    average: (total: string, count: string, stated: string, expected: string, factor?: string) =>
      vi ? `bình quân: ${total}${factor ? ` × ${factor}` : ''}/${count} = ${expected}, văn bản ghi ${stated}` : `average: ${total}${factor ? ` × ${factor}` : ''}/${count} = ${expected}; the text says ${stated}`,
    multiple: (current: string, previous: string, stated: string, expected: string) =>
      vi ? `gấp: ${current}/${previous} = ${expected} lần, văn bản ghi ${stated} lần` : `multiple: ${current}/${previous} = ${expected} times; the text says ${stated}`,
    fraction: (text: string) => (vi ? `${text}: tử số lớn hơn mẫu số` : `${text}: the part is larger than the whole`),
    fractionWhole: (text: string, population: string, count: string, there: string) =>
      vi ? `${text}: mẫu số khác số ${population} văn bản nêu ở ${there} (${count})` : `${text}: the whole differs from the ${count} ${population} stated in ${there}`,
    /** `real` is the change as the figures make it (to − from); `sign` the word the text writes (tăng +1, giảm −1). */
    remainder: (whole: string, part: string, stated: string, got: string) =>
      vi ? `còn lại: ${whole} − ${part} = ${got}, văn bản ghi còn ${stated}` : `left: ${whole} − ${part} = ${got}; the text says ${stated} are left`,
    difference: (from: string, to: string, stated: string, got: string, sign: 1 | -1, real: 1 | -1 | 0 = sign) =>
      vi
        ? `từ ${from} ${real < 0 ? 'xuống' : 'lên'} ${to} là ${real < 0 ? 'giảm' : 'tăng'} ${got}, văn bản ghi ${sign < 0 ? 'giảm' : 'tăng'} ${stated}`
        : `from ${from} to ${to} is a ${real < 0 ? 'decrease' : 'increase'} of ${got}; the text says ${sign < 0 ? 'a decrease' : 'an increase'} of ${stated}`,
    points: (current: string, previous: string, year: string, points: string, relative: string, reading: 'points' | 'relative') =>
      vi
        ? `${current} so với ${previous}${year ? ` của ${/^\d{4}$/.test(year) ? `năm ${year}` : year}` : ''}: chênh ${points} điểm phần trăm, hay ${relative} nếu so sánh tương đối; đọc theo ${reading === 'points' ? 'điểm phần trăm' : 'so sánh tương đối'}`
        : `${current} against ${previous}${year ? ` (${year})` : ''}: ${points} percentage points, or ${relative} relative; read as ${reading === 'points' ? 'percentage points' : 'relative change'}`,
    ratio: (current: string, previous: string, stated: string, expected: string, change?: string, sign?: 1 | -1) => {
      const from = change ? (vi ? ` (= ${previous} ${sign! < 0 ? '−' : '+'} ${change})` : ` (= ${previous} ${sign! < 0 ? '−' : '+'} ${change})`) : '';
      return vi ? `so sánh: ${current}${from}/${previous} × 100 = ${expected}, văn bản ghi ${stated}` : `ratio: ${current}${from}/${previous} × 100 = ${expected}; the text says ${stated}`;
    },
    termLabel: (named: string, expected: string, own: string, certain: boolean) => {
      const whose = vi ? (certain ? `câu nói về ${own}` : `báo cáo nói về ${own}`) : certain ? `the sentence is about ${own}` : `the report is about ${own}`;
      if (named === expected) return vi ? `${whose}, so sánh với ${named} là kỳ liền trước` : `${whose}; it compares with ${named}, the period before`;
      return vi ? `${whose}, kỳ liền trước là ${expected}, nhưng văn bản so sánh với ${named}` : `${whose}; the period before is ${expected}, but the text compares with ${named}`;
    },
    ofCorrectedTotal: (total: string) => (vi ? `; đúng khi tính trên tổng của các phần (${total}): sai là ở số tổng` : `; right when taken of the parts' sum (${total}): the total is what is wrong`),
    carriedOver: (expected: string, times: number) => (vi ? `; báo cáo so sánh với ${expected} ${times} lần và chỉ một lần ở đây với năm khác: có thể câu được chép từ báo cáo năm trước mà chưa sửa năm` : `; the report compares with ${expected} ${times} times and only here with another year: the sentence may have been carried over from last year's report with its year unchanged`),
    valueOfPeriod: (value: string, period: string, there: string) => (vi ? `; ${value} là số của ${period} (${there})` : `; ${value} is the figure of ${period} (${there})`),
    crossOk: (label: string, value: string, there: string) => (vi ? `"${label}" ghi ${value}, khớp với ${there}` : `"${label}" is ${value}, as in ${there}`),
    cross: (label: string, value: string, other: string, there: string) =>
      vi ? `"${label}" ghi ${value} ở đây nhưng ${other} ở ${there}` : `"${label}" is ${value} here but ${other} in ${there}`,
    table: (label: string, value: string, cell: string, where: string) =>
      vi ? `"${label}" ghi ${value} trong văn bản nhưng bảng ghi ${cell} (ô ${where})` : `"${label}" is ${value} in the text but ${cell} in the table (cell ${where})`,
    base: (base: string, there: string, name?: string) =>
      name
        ? vi ? `(tính trên ${base} là "số ${name}" như văn bản ghi, số nêu ở ${there})` : `(taken of ${base}, the "số ${name}" the text names, stated in ${there})`
        : vi ? `(tính trên ${base}, số nêu ở ${there})` : `(taken of ${base}, stated in ${there})`,
    /** A share naming a base that no figure of the text answers to. */
    unnamedBase: (name: string) => (vi ? `; văn bản nói tỷ lệ trên "số ${name}" nhưng không nêu số này — không kết luận` : `; the text names the base "số ${name}" but gives no figure for it — not decided`),
    fix: (text: string, value: string, why: FixReason, claims: number) => {
      const also = claims > 1 ? (vi ? ` (số này nằm trong ${claims} nhận định sai)` : ` (this figure is in ${claims} wrong claims)`) : '';
      if (why === 'unknown') return vi ? `Nên là ${value} thay cho ${text}${also}` : `It should be ${value}, not ${text}${also}`;
      return vi ? `Có thể ${text} là gõ nhầm của ${value} — ${reason(why)}${also}` : `${text} was probably meant to be ${value} — ${reason(why)}${also}`;
    },
  };
}
