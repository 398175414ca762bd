// Rechecking a report's prose: every claim with its verdict, the stated and recomputed values, the base
// used, and, for a wrong one, the likely correction and why.
import { Exact, HUNDRED, ZERO, eq, roundHalfUp, sum, truncate, unit } from '../numbers/exact';
import { formatEn, formatVi } from '../numbers/format';
import { classifyFix, FixReason, REASON_STRENGTH, typoKind, typoNeighbours } from '../localize/reasons';
import type { Lang } from '../messages';
import { periodsIn } from '../table/periods';
import { lineOf, type Location, type Paragraph } from './document';
import { ownerOf } from './bases';
import { answersAsPart, answersTo, aspectsIn, contentWords, namedBaseOf, yearsIn } from './named-base';
import { namedItemOf } from './item-bases';
import { ratedMentions, sameRate, type RatedMention } from './restated-rates';
import { sentenceAround } from './periods';
import { insideParens, isAverage, isComparisonFigure, MONEY_SCALES, nounAfter, unitAfter, unitOf, unitsDiffer, wordAfter } from './phrases';
import { countedNoun, paragraphCount, populationAfter, statedCount, statedPopulations } from './populations';
import { reportPeriod } from './report-period';
import { ownTargets } from './own-targets';
import { sumDoubt } from './sum-doubts';
import { farOff, partLeftOut, slipExplains } from './plausible-slips';
import { mentionsIn, restatedSlip, sameQuantity, stockDates, type Mention } from './repeats';
import { extract, Extracted, Figure, RawClaim } from './claims';
import { proseMessages } from './messages';
import type { TableFigure } from './table-figures';
import { tokenize, type Token } from './tokens';

export type Verdict = 'consistent' | 'rounding' | 'inconsistent' | 'ambiguous';
export type ReportedKind = 'sum' | 'subset' | 'share' | 'fraction' | 'difference' | 'points' | 'ratio' | 'cross' | 'term-label';

export interface ProseClaim {
  location: Location;
  paragraph: number;
  line?: number;
  quote: string;
  /** Offsets of the quote in its paragraph's text, to select it in Word. */
  start: number;
  end: number;
  kind: ReportedKind;
  verdict: Verdict;
  stated: string;
  expected: string;
  message: string;
  /** The base a share was taken of, when the sentence names none. */
  base?: string;
  fix: { text: string; value: string; why: FixReason; start: number; end: number; paragraph: number; location: Location } | null;
}

export interface ScanResult {
  claims: ProseClaim[];
  summary: { claims: number; consistent: number; rounding: number; inconsistent: number; ambiguous: number };
}

interface Judged {
  raw: RawClaim | { kind: 'share-total' | 'cross'; p: number; figures: Figure[] };
  figures: Figure[];
  kind: ReportedKind;
  verdict: Verdict;
  stated: Exact;
  expected: Exact;
  decimals: number;
  percent: boolean;
  detail: string;
  base?: Figure;
  /** The base as the text names it in words, and whether a figure answered to the name. */
  baseName?: { words: string; figure: boolean };
  /** The quote runs to here at least (the words naming a share's base). */
  quoteEnd?: number;
  /** A share of the figure the text calls the total of the share's name, its part right before it: however far off
   * the share is, it was not read of the wrong figures. */
  namedTotal?: boolean;
  /** A share's whole named in words no figure answers to (named-base.ts `soft`), the list's base used instead. */
  unanswered?: { words: string; end?: number };
  /** Figures this claim could be fixed at, with the value that would make it hold. */
  candidates: { figure: Figure; value: Exact; exact?: Exact }[];
}

/** Words that open a list of a figure's parts. */
const LIST_OPENER = /(?<![\p{L}])(?:chia ra|trong đó|gồm|bao gồm|cụ thể)(?![\p{L}])/iu;

function judgeNumber(stated: Exact, exact: Exact, d: number): Verdict {
  const expected = roundHalfUp(exact, d);
  if (eq(stated, expected)) return 'consistent';
  if (eq(expected, exact)) return 'inconsistent';
  if (eq(stated, truncate(exact, d)) || stated.sub(expected).abs().equals(unit(d))) return 'rounding';
  return 'inconsistent';
}

const pct = (part: Exact, base: Exact) => part.mul(HUNDRED).div(base);
/** The decimals a figure was written with: 7.912,6 triệu đồng is shown as written, not as 7.913. */
const dp = (f: Figure) => f.token.decimals ?? 0;

export interface ScanOptions {
  lang?: Lang;
  /** Figures of a workbook's checked tables: prose figures with the same label are compared with them. */
  tables?: TableFigure[];
}

export function scanParagraphs(paragraphs: Paragraph[], options: ScanOptions = {}): ScanResult {
  const lang = options.lang ?? 'vi';
  const say = proseMessages(lang);
  const fmt = (v: Exact, d = 0, percent = false) => (lang === 'vi' ? formatVi : formatEn)(v, { decimals: d, percent });
  const ex = extract(paragraphs);
  const judged: Judged[] = [];
  // The report's populations, read the first time a fraction asks.
  let populations: ReturnType<typeof statedPopulations> | undefined;

  // Shares, list by list, against the base that explains most of the list; a list no base explains is
  // taken of the base the paragraph's other lists use (a total stated earlier, as "33.509 đảng viên").
  const chosen = new Map<number, Figure>();
  const chosenSure = new Set<number>();
  const shareParts = new Set(ex.claims.filter((c) => c.kind === 'share').map((c) => `${c.p}:${(c as Extract<RawClaim, { kind: 'share' }>).part.token.start}`));
  for (const group of ex.groups) {
    const members = group.shares.map((i) => ex.claims[i] as Extract<RawClaim, { kind: 'share' }>);
    const candidates = baseCandidates(ex, group, members);
    let best: { base: Figure; explained: number; exact?: number } | undefined;
    for (const base of candidates) {
      const verdicts = members.map((m) => judgeNumber(m.share.value, pct(m.part.value, base.value), m.share.token.decimals ?? 0));
      const explained = verdicts.filter((v) => v !== 'inconsistent').length;
      // Among bases explaining as many shares, the one they fit exactly, not by a rounding slip.
      const exact = verdicts.filter((v) => v === 'consistent').length;
      if (!best || explained > best.explained || (explained === best.explained && exact > (best.exact ?? 0))) best = { base, explained, exact };
    }
    // Every share fits the sum of the list's counts and none the written total, a keystroke away from that sum: the
    // total is the slip (its breakdown says so) and the shares were taken of the right whole.
    const slip = wholeOfParts(members, candidates, ex.figures);
    const whole = slip?.whole;
    if (whole && (!best || best.explained < members.length)) best = { base: whole, explained: members.length };
    // "Theo cấp tiếp: … 204 lượt, chiếm 41,97%; … 61 lượt; … 221 lượt, chiếm 47,47% (cộng 486 lượt)": a list whose
    // parts add up to the total written with them is of that total.
    // A share said as reached ("…; năm 2023 giải ngân 830.894 triệu đồng, đạt 84,5%; cộng 02 năm …") is of a plan, not
    // of the list's total.
    const reached = members.some((m) => /(?<![\p{L}])đạt(?![\p{L}])/iu.test(ex.paragraphs[m.p].text.slice(m.part.token.end, m.share.token.start)));
    const closed = !reached && ex.claims.find((c): c is Extract<RawClaim, { kind: 'sum' | 'subset' }> => c.kind === 'sum' && c.p === group.p && members.every((m) => c.parts.some((x) => x.token.start === m.part.token.start)) && sum(c.parts.map((x) => x.value)).equals(c.total.value));
    if (closed) best = { base: closed.total, explained: members.length };
    const fallback = chosen.get(group.p) ?? chosen.get(group.p - 1) ?? declaredTotal(ex, members[0].part);
    // A base found by explaining the list is certain only when it explains at least two shares and most of them;
    // a paragraph's later lists keep the base its first list established.
    // So is one a share of the list fits exactly when every other is a keystroke from what that base gives ("cao cấp,
    // cử nhân 17 đại biểu, chiếm 48,57%; trung cấp 15 đại biểu, chiếm 42,68%" of 35: 42,86 with two digits swapped).
    const slipsOf = (b: Figure) => members.every((m) => { const d = m.share.token.decimals ?? 0; const e = roundHalfUp(pct(m.part.value, b.value), d); return eq(m.share.value, e) || !!typoKind(m.share.value, e, d); });
    let certain = !!closed || (!!best && best.explained >= 2 && best.explained * 2 >= members.length) || (!!best && members.length >= 2 && (best.exact ?? 0) >= 1 && slipsOf(best.base));
    if (!best || best.explained === 0 || best.explained * 2 < members.length) {
      best = fallback && fallback.value.compare(members[0].part.value) >= 0 && !foreignBase(ex, fallback, members) ? { base: fallback, explained: 0 } : undefined;
      // "trong 452 chi hội có 287 chi hội vững mạnh, chiếm 63,49% … Ở cấp cơ sở, có 96 hội được đánh giá vững mạnh, đạt tỷ
      // lệ 79,3%": a part named by a noun other than the one the base counts is of a whole the text may not state.
      certain = !!best && chosen.get(group.p) === best.base && chosenSure.has(group.p) && !countsOtherNoun(ex, best.base, members);
      // "Tổng số đảng viên toàn tỉnh là 33.509" … "đảng viên là người dân tộc thiểu số 564 đồng chí, chiếm 1,95%": a
      // part that "chiếm" (takes up) a share of the declared total of its own noun. "đạt" is a rate of some
      // eligible set the text need not state, so it does not count.
      if (best && !chosen.get(group.p) && !chosen.get(group.p - 1)) certain = members.length === 1 && declaredOf(ex, best.base, members[0]);
    }
    if (best && !chosenSure.has(group.p)) {
      chosen.set(group.p, best.base);
      if (certain) chosenSure.add(group.p);
    }
    const bases: Figure[] = [];
    let namedInList: { figure: Figure; p: number; from: number } | undefined;
    // Whether every share's base was certain: a list's counts are held to a base only the text or the shares confirm.
    let basesSure = true;
    for (const m of members) {
      const text = ex.paragraphs[m.p].text;
      const tokens = tokenize(text);
      let owned = ownerOf(text, tokens, m.part.token, (t) => shareParts.has(`${m.p}:${t.start}`));
      if (owned && foreignBase(ex, { p: m.p, token: owned, value: owned.value!, label: '' }, [m])) owned = undefined;
      // An average is never the whole a share is taken of; only one written right before the owner is read as one here.
      if (owned && isAverage(text, owned, 0)) owned = undefined;
      // "416/418 đại biểu, đạt 99,52%; trong đó: nữ 121 đại biểu, chiếm 29,09%; …": the list a fraction's "trong đó"
      // opens is of those it counts or of its whole; the one most of the list's shares fit is meant, and then the
      // other is no second reading.
      const listed = owned ? fractionList(ex, m, tokens, owned) : undefined;
      if (listed) owned = listed;
      // An owner none of the list fits, beside a base that fits most of it: the list is of that base (shares of
      // political-theory levels of all members, though the sentence names those who hold one). An unfilled
      // figure ("gấp 1,...9 lần") between the owner and the share leaves the reading open.
      // The written total a keystroke from the sum its shares fit is the slip, not their base.
      if (owned && whole && best?.base === whole && owned.start === whole.token.start && whole.p === m.p) owned = undefined;
      if (owned && ((certain && members.length >= 2 && members.every((x) => judgeNumber(x.share.value, pct(x.part.value, owned!.value!), x.share.token.decimals ?? 0) === 'inconsistent')) || tokens.some((t) => t.kind === 'placeholder' && t.start > owned!.end && t.end < m.share.token.start))) owned = undefined;
      // A base named in words decides: the figure that answers to the name, or, when none does, no certain base.
      // A share after one that names its base ("27 đồng chí, chiếm 71,05% tổng số đảng viên bị kỷ luật; đảng viên nữ 09
      // đồng chí, chiếm 12,67%") is of that base too.
      const own = baseByName(ex, m, tokens);
      // Not the value a change reaches after it ("giảm từ 486 người (5,21% số hội viên) đầu nhiệm kỳ xuống còn 98 người
      // (1,00%)"): that share is of the whole at the later date, which the text need not state.
      const reachedLater = /(?<![\p{L}])(?:xuống còn|giảm còn|tăng lên|còn|lên)\s*$/iu.test(text.slice(Math.max(0, m.part.token.start - 12), m.part.token.start));
      // Not past a list the named share's part opens ("đạt 1.486,3 tỷ đồng, chiếm 43,51% thu nội địa …; chia ra: Chi
      // cục Thuế khu vực I 612,4 tỷ đồng, chiếm 41,20%"): those are shares of that part.
      if (namedInList && (namedInList.p !== m.p || LIST_OPENER.test(text.slice(namedInList.from, m.part.token.start)))) namedInList = undefined;
      const named = !own.figure && !own.words && namedInList ? (reachedLater ? { figure: undefined, unknown: true, words: undefined, end: undefined } : { figure: namedInList.figure, unknown: false, words: undefined, end: undefined }) : own;
      if (own.figure) namedInList = { figure: own.figure, p: m.p, from: m.share.token.end };
      const base = named.figure ?? (owned ? ex.figures.find((f) => f.p === m.p && f.token.start === owned.start && f.value.equals(owned!.value!)) ?? { p: m.p, token: owned, value: owned.value!, label: '' } : best?.base);
      if (!base) continue;
      bases.push(base);
      // "tổng số hộ nghèo giảm từ 186 hộ, chiếm 5,92% (đầu nhiệm kỳ) xuống còn 41 hộ": a share of the value a change
      // starts from is of that earlier date's whole, which the text seldom states.
      const earlier = /(?<![\p{L}])(?:tăng|giảm)?\s*từ\s*$/iu.test(text.slice(Math.max(0, m.part.token.start - 12), m.part.token.start));
      // A whole named with its figure in another unit than the part ("… 168 Tổ …, chiếm 38,60% tổng dư nợ … (1.068,9 tỷ
      // đồng)") was not read of that part: the share's own figure stands elsewhere in the clause.
      const baseUnit = named.figure ? unitAfter(ex.paragraphs[base.p].text, base.token) : undefined;
      const partUnit = unitAfter(ex.paragraphs[m.p].text, m.part.token);
      const otherUnit = !!named.figure && (unitsDiffer(partUnit, baseUnit) || (!!baseUnit && ['money', 'measure'].includes(baseUnit.cls) && partUnit?.word !== baseUnit.word));
      const sure = otherUnit ? false : named.figure ? true : named.unknown || earlier ? false : !!owned || certain;
      basesSure &&= sure;
      const d = m.share.token.decimals ?? 0;
      let exact = pct(m.part.value, base.value);
      let verdict = judgeNumber(m.share.value, exact, d);
      // A whole percentage a point above its value (28% for 27,07%) is no slip of rounding: another base more likely.
      if (verdict === 'rounding' && d === 0 && !eq(m.share.value, truncate(exact, 0))) verdict = 'ambiguous';
      // "2.941 đảng viên có từ đủ 30 năm tuổi Đảng, chiếm 24,36% tổng số đảng viên; trong đó … 812 đồng chí, chiếm
      // 6,73%": the parts of a whole that is itself a share may be shares of the whole's own base. Either reading that
      // fits is the one meant; with neither, the base is not known.
      const ownerIsShare = !!owned && !owned.whole && !named.figure && base.token.start === owned.start && shareParts.has(`${m.p}:${owned.start}`);
      const ownerBase = ownerIsShare ? judged.find((j) => j.kind === 'share' && j.raw.kind === 'share' && j.raw.p === m.p && j.raw.part.token.start === owned!.start)?.base : undefined;
      let usedBase = base;
      // A twin of the share written the same way of another owner ("cấp huyện … đã giải quyết 9.705 hồ sơ, trong đó đúng
      // hạn 9.688 hồ sơ, đạt 99,82%; cấp xã … đã giải quyết 48.812 hồ sơ, trong đó đúng hạn 48.414 hồ sơ, đạt 98,68%")
      // that fits its owner confirms the reading: the writer took each of its owner.
      const words = (owner: Token, x: Extract<RawClaim, { kind: 'share' }>) => `${text.slice(owner.end, x.part.token.start)}|${text.slice(x.part.token.end, x.share.token.start)}`;
      const twin = () =>
        usedBase.p === m.p &&
        ex.claims.some((x) => {
          if (x.kind !== 'share' || x.p !== m.p || x === m || x.whole) return false;
          const owner = ownerOf(text, tokens, x.part.token, (t) => shareParts.has(`${m.p}:${t.start}`));
          return !!owner?.value && owner.start !== usedBase.token.start && words(owner, x) === words(usedBase.token, m) && judgeNumber(x.share.value, pct(x.part.value, owner.value), x.share.token.decimals ?? 0) === 'consistent';
        });
      // The other whole that fits the share exactly, when the first does not: it is the one the text means.
      const refit = (others: Figure[]) => {
        const fitting = others.find((f) => !f.value.equals(ZERO) && judgeNumber(m.share.value, pct(m.part.value, f.value), d) === 'consistent');
        if (fitting) [usedBase, exact, verdict] = [fitting, pct(m.part.value, fitting.value), 'consistent'];
        return !!fitting;
      };
      if (ownerIsShare && verdict !== 'consistent' && !refit(ownerBase ? [ownerBase] : [])) verdict = 'ambiguous';
      // "Tổng số 14.268 tin, bài (báo in 5.412, báo điện tử 8.874); … kinh tế 4.107 (28,75%)": a total its own complete
      // breakdown shows wrong (5.412 + 8.874 = 14.286) is no base to blame a share by; one that fits the breakdown's sum
      // exactly was taken of the true whole, and is right.
      const partsSum = verdict !== 'consistent' ? breakdownSum(ex, base) : undefined;
      const ofParts = !!partsSum && refit([{ ...base, value: partsSum }]);
      // "đất có rừng 41.827,15 ha (rừng tự nhiên 38.264,90 ha, chiếm 91,48%; rừng trồng 3.526,25 ha)": a part listed in
      // the parenthesis a figure opens is a share of that figure, even where the parenthesis does not add up to it and
      // the list's base was read further out; a share that fits it exactly was taken of it, and is right.
      const parenOwner = verdict !== 'consistent' && !ofParts ? parenthesisOwner(ex, m) : undefined;
      if (parenOwner && parenOwner.token.start !== base.token.start) refit([parenOwner]);
      // "341/365 chi hội …, đạt 95,79%; 15 chi hội …, chiếm 4,21%": a fraction's whole its own share shows mistyped (the
      // one keystroke from 365 that 95,79% fits is 356) is no base to blame the shares beside it by; a share that fits
      // that whole exactly was taken of it, and is right.
      const slipped = verdict !== 'consistent' && !ofParts ? slippedWhole(ex, base) : undefined;
      const ofSlipped = !!slipped && refit([{ ...base, value: slipped }]);
      // "2.500 bản tin (thời tiết 1.464; hạn vừa 86; thủy văn 732; thiên tai 218); có 1.530 bản tin được phát lại, chiếm
      // 69,67%": a share that misfits the whole and fits exactly some items of its breakdown together (1.464 + 732) may
      // be of those items; which whole was meant is not certain.
      const subtotal = verdict === 'inconsistent' && !named.figure ? subtotalFit(ex, base, m) : undefined;
      if (subtotal) verdict = 'ambiguous';
      // Other wholes the clause may speak of, when the owner does not fit: the part of a fraction a "trong đó" subdivides
      // ("13/14 cơ sở đạt vững mạnh, chiếm 92,86%, trong đó 09 … xuất sắc, chiếm 69,23%": 9 of 13), a change written
      // after the owner ("487 doanh nghiệp, tăng 46 …, trong đó 07 … có vốn nước ngoài, chiếm 15,2%": 7 of 46). The one
      // that fits exactly is meant; with none fitting, the owner's reading stands.
      if (owned && !named.figure && !ownerIsShare && (verdict === 'inconsistent' || verdict === 'rounding')) {
        const alternatives: Token[] = [];
        const fraction = owned.whole ? tokens.find((t) => t.kind === 'fraction' && t.start === owned!.start) : undefined;
        // So is the part of a fraction of posts filled ("hiện có 13/14 biên chế được giao; trình độ thạc sĩ 04 người, chiếm
        // 30,77%": 4 of the 13 in post).
        if (fraction && !listed) alternatives.push(fraction);
        for (const t of tokens) if (t.kind === 'count' && t.start > owned.end && t.end <= m.part.token.start && /(?<![\p{L}])(tăng|giảm)\s*$/iu.test(text.slice(Math.max(0, t.start - 8), t.start))) alternatives.push(t);
        // So may an item of a "gồm" list of the owner that a "trong đó" follows ("59.318 hồ sơ, gồm 412 hồ sơ kỳ trước
        // chuyển sang và 58.906 hồ sơ tiếp nhận mới; trong đó tiếp nhận trực tuyến 37.214 hồ sơ, chiếm 63,18%").
        const list = /(?<![\p{L}])(?:gồm|bao gồm|chia ra)(?![\p{L}])[^;]*;\s*trong đó(?![\p{L}])/iu.exec(text.slice(owned.end, m.part.token.start));
        if (list) for (const t of tokens) if (t.kind === 'count' && t.start > owned.end + list.index && t.end <= owned.end + list.index + list[0].length && t.value && t.value.compare(m.part.value) > 0 && !unitsDiffer(unitAfter(text, t), unitAfter(text, m.part.token))) alternatives.push(t);
        // So may a whole of the part's own unit written before the owner in the owner's clause ("Ban Chấp hành dự kiến 13 ủy
        // viên, Ban Thường vụ 05 ủy viên; có ít nhất 03 ủy viên nữ, chiếm 23,08%": 3 of 13). Not one of an earlier clause:
        // the owner's clause then has a whole of its own, and a share of the earlier one is a wrong base.
        const ownerClause = Math.max(sentenceAround(text, owned.start).start, text.lastIndexOf(';', owned.start) + 1);
        // Counted alike: the same unit, or, where no unit is known ("tấn"), the same noun after both.
        const partUnit = unitAfter(text, m.part.token)?.word;
        const partNoun = nounAfter(text, m.part.token.end)?.split(' ')[0];
        const alike = (t: Token) => {
          const unit = unitAfter(text, t)?.word;
          const noun = nounAfter(text, t.end)?.split(' ')[0];
          return unit || partUnit ? !!unit && unit === partUnit : !!noun && noun === partNoun;
        };
        // Not where a twin confirms the owner (twin above): the writer took each share of its owner.
        if (!twin()) for (const t of tokens) if (t.kind === 'count' && t.start >= ownerClause && t.end <= owned.start && t.value && t.value.compare(m.part.value) > 0 && alike(t)) alternatives.push(t);
        refit(alternatives.filter((t) => t.value).map((t) => ({ p: m.p, token: t, value: t.value!, label: '' })));
      }
      // "so với năm 2023 (155.102 người, tỷ lệ 92,61%)": a share of the period compared with is of that period's whole,
      // which the text seldom states.
      const compared = !own.figure && inComparedParen(text, m.part.token);
      // A base neither the sentence names nor the list confirms leaves a misfit undecided.
      // A rounding slip against a base no one confirmed is as much a guess as an error is.
      // "Tổng số hội viên … là 86.420 người, tăng 8.270 người so với đầu nhiệm kỳ (78.150 hội viên) … Hội viên nữ 48.960
      // người, chiếm 62,65%": a share that misfits its total and fits exactly the value that total is compared with was
      // taken of the other period's whole, certainly.
      // Not a share whose own clause names a period ("năm 2023 là 214 trường hợp, chiếm 9,08%"): that is of the period named.
      const clauseOpen = Math.max(sentenceAround(text, m.part.token.start).start, text.lastIndexOf(';', m.part.token.start) + 1);
      const ownPeriod = /(?<![\p{L}])(?:năm\s+(?:19|20)\d{2}|nhiệm kỳ|giai đoạn|đầu năm|cùng kỳ|kỳ trước|tháng|quý)(?![\p{L}])/iu.test(text.slice(clauseOpen, m.share.token.start));
      const previous = verdict === 'inconsistent' && !sure && !compared && !ownPeriod ? comparedWith(ex, base) : undefined;
      const ofPrevious = !!previous && judgeNumber(m.share.value, pct(m.part.value, previous.value), d) === 'consistent';
      if (((verdict === 'inconsistent' || (verdict === 'rounding' && named.unknown)) && (!sure || compared) && !ofPrevious) || (verdict === 'rounding' && compared)) verdict = 'ambiguous';
      const partFix = verdict === 'inconsistent' ? typoNeighbours(m.part.value, 0).find((v) => eq(roundHalfUp(pct(v, base.value), d), m.share.value)) : undefined;
      // A misfit the reading does not make certain: the base is not named, the share is no slip of what it gives nor of
      // its part, no two other shares of the paragraph fit that base, and it does not fit the value compared with (taken
      // of that, "3.612 đảng viên, tăng 190 … (3.422 đảng viên) … dự bị 41, chiếm 1,20%", it is certainly of the wrong
      // period). Read only for a share found wrong: the tests below scan the paragraph.
      const confirmed = () => ex.claims.filter((x): x is Extract<RawClaim, { kind: 'share' }> => x.kind === 'share' && x.p === m.p && x !== m && !x.whole).filter((x) => judgeNumber(x.share.value, pct(x.part.value, usedBase.value), x.share.token.decimals ?? 0) === 'consistent').length >= 2;
      const ofCompared = () => ex.figures.some((f) => f.p === m.p && f.token.start < m.part.token.start && !f.value.equals(ZERO) && isComparisonFigure(text, f.token) && eq(roundHalfUp(pct(m.part.value, f.value), d), m.share.value));
      // A base carried over from the share before that named it is a reading of the list, not of this share's own words.
      const inherited = named !== own && !!named.figure;
      // "giải ngân 1.348.926 triệu đồng, đạt 73,85% kế hoạch, chia ra: vốn đầu tư phát triển 894.527 triệu đồng, đạt
      // 87,54%": "đạt" says how far a part reached its own target as readily as how much of the whole it is. So does
      // "bằng" ("kinh phí … 81,642 tỷ đồng, bằng 86,85%"): the so sánh with a plan or an earlier value is written the same
      // way, and one that fits a value compared with may be that so sánh, not a share of the wrong whole.
      // "bằng" with a whole named after it ("bằng 22,91% của cả giai đoạn …") says a share of that whole.
      const verb = /(?<![\p{L}])(đạt|bằng)\s*(?:tỷ lệ\s*)?$/iu.exec(text.slice(Math.max(0, m.share.token.start - 14), m.share.token.start))?.[1].toLowerCase();
      const reached = verb === 'bằng' && !/^\s*(?:[,;.)]|$)/u.test(text.slice(m.share.token.end)) ? undefined : verb;
      const misfit = verdict === 'inconsistent' && !ofPrevious && (!named.figure || inherited) && !typoKind(m.share.value, roundHalfUp(exact, d), d) && !partFix && !confirmed() && !(ofCompared() && !reached) && !twin();
      // Its base brought from another sentence: the writer more likely took another whole (the area's own, the period's)
      // than mistyped the share.
      const distant = misfit && !inSentence(ex, usedBase, m.part);
      const attained = misfit && !distant && reached;
      // Its own allocation, written earlier under the item's name ("vốn sự nghiệp 331.285 triệu đồng, đạt 52,55%" of
      // "vốn sự nghiệp 630.464 triệu đồng"): the one such figure the share fits, or is a keystroke from, is its base.
      // Read only where the owner's reading rests on nothing more than its place (or on a slip of the part): a reading
      // the paragraph's other shares or a twin confirm stands.
      const weak = verdict === 'ambiguous' || misfit || (verdict === 'inconsistent' && !!partFix && !confirmed() && !twin());
      const targets = reached && !named.figure && weak ? ownTargets(ex.paragraphs, ex.figures, m.part).filter((f) => f !== usedBase) : [];
      const allotted = ownTarget(targets, m, d);
      if (allotted) [usedBase, exact, verdict] = [allotted.figure, allotted.exact, allotted.verdict];
      // An allocation of its name that it fits by no reading leaves the share undecided, not wrong of the owner.
      else if (distant || attained || targets.length) verdict = 'ambiguous';
      // Any earlier figure may be the base a share was wrongly taken of.
      const other = ex.figures.filter((f) => f !== base && !f.value.equals(ZERO) && (f.p < m.p || (f.p === m.p && f.token.start < m.part.token.start))).map((f) => pct(m.part.value, f.value));
      judged.push({
        raw: m,
        figures: [m.part, m.share, usedBase],
        kind: 'share',
        verdict,
        stated: m.share.value,
        expected: roundHalfUp(exact, d),
        decimals: d,
        percent: true,
        detail: say.share(fmt(m.part.value, dp(m.part)), fmt(usedBase.value, dp(usedBase)), fmt(m.share.value, d, true), fmt(roundHalfUp(exact, d), d, true)) + (subtotal ? say.subtotal(subtotal.map((x) => fmt(x.value, dp(x)))) : ofParts && usedBase.value === partsSum ? say.partsWhole(fmt(base.value, dp(base))) : ofSlipped && usedBase.value === slipped ? say.slippedWhole(fmt(base.value, dp(base))) : allotted ? '' : ofPrevious && verdict === 'inconsistent' ? say.previousWhole(fmt(previous!.value, dp(previous!))) : distant ? say.distantBase : attained ? say.attained(reached!) : ''),
        base: usedBase,
        baseName: named.words ? { words: named.words, figure: !!named.figure } : undefined,
        quoteEnd: named.end,
        unanswered: named === own ? own.unanswered : undefined,
        namedTotal: named === own && !!own.total && usedBase === own.figure && /^[^\d;.()]{0,30}$/u.test(text.slice(m.part.token.end, m.share.token.start)),
        candidates: [
          { figure: m.share, value: roundHalfUp(exact, d), exact, ...(other.length ? {} : {}) },
          ...(partFix ? [{ figure: m.part, value: partFix }] : []),
        ],
      });
      (judged.at(-1) as Judged & { otherBases?: Exact[] }).otherBases = other;
    }
    // A list whose shares add up to about 100 % is a full breakdown: its counts must add up to the base.
    const base = bases[0];
    if (members.length >= 2 && base && bases.length === members.length && bases.every((b) => b.value.equals(base.value))) {
      const total = sum(members.map((m) => m.share.value));
      // A share already found wrong explains the list's total: judged with its right value, the list says no more.
      const tolerance = shareTolerance(members);
      const off = total.sub(HUNDRED).abs();
      const complete = off.compare(tolerance) <= 0;
      const over = total.sub(HUNDRED).compare(tolerance) > 0;
      // Shares of one breakdown: 100 % within rounding claims completeness; more than 100 % is wrong for
      // disjoint categories; less is wrong only where the categories must cover everyone (age bands).
      if (complete || (over && total.compare(102) <= 0) || (coversEveryone(members.map((m) => m.part.label)) && total.compare(95) >= 0)) {
        // Every share right of counts that add up past the base ("xuất khẩu 865,3 triệu USD, chiếm 69,47%; nhập khẩu
        // nguyên liệu 402,8 triệu USD, chiếm 32,34%" of a turnover of 1.245,6): the list is no breakdown of it, and its
        // shares need not make 100 %.
        const allFit = members.every((m) => judgeNumber(m.share.value, pct(m.part.value, base.value), m.share.token.decimals ?? 0) === 'consistent');
        const pastBase = allFit && sum(members.map((m) => m.part.value)).compare(base.value) > 0;
        const noBreakdown = !complete && pastBase;
        // A share already found wrong explains the list's total: judged with its right value, the list says no more.
        const wrong = judged.filter((j) => j.kind === 'share' && j.verdict === 'inconsistent' && members.includes(j.raw as Extract<RawClaim, { kind: 'share' }>));
        const explained = !complete && wrong.length === 1 && total.sub(wrong[0].stated).add(wrong[0].expected).sub(HUNDRED).abs().compare(tolerance) <= 0;
        // One slip, told once: the share's finding says what it does to the list's total.
        if (explained) wrong[0].detail += say.shareTotalOfSlip(fmt(total, 2, true));
        else judged.push({
          raw: { kind: 'share-total', p: group.p, figures: members.map((m) => m.share) },
          figures: members.map((m) => m.share),
          kind: 'sum',
          verdict: complete ? 'consistent' : noBreakdown ? 'ambiguous' : 'inconsistent',
          stated: total,
          expected: HUNDRED,
          decimals: Math.max(...members.map((m) => m.share.token.decimals ?? 0)),
          percent: true,
          detail: complete ? say.shareTotalOk(fmt(total, 2, true)) : noBreakdown ? say.shareTotalOverlap(fmt(total, 2, true)) : say.shareTotal(fmt(total, 2, true)),
          candidates: [],
        });
        const counts = sum(members.map((m) => m.part.value));
        // A breakdown the text already gives of this total (a list of grades) is judged once, by its own reading.
        // A subset reading ("each at most the total") says less than the shares do: the shares' reading stands.
        const read = ex.claims.some((c) => c.kind === 'sum' && c.total.p === base.p && c.total.token.start === base.token.start);
        if (read || pastBase) {
          // Judged as a breakdown; or no breakdown at all, its counts past the base each share is right of.
        } else if (!complete && !counts.equals(base.value)) {
          // The shares already say the list is off; the counts add nothing certain.
        } else if (whole && base === whole) {
          // The breakdown of the written total: off by the slip the shares bear out.
          judged.push(sumClaim(members.map((m) => m.part), slip!.written, 'inconsistent', group.p, say, fmt));
        } else if (!counts.equals(base.value)) {
          const gap = pct(counts.sub(base.value).abs(), base.value);
          // A gap smaller than the shares can show may be members in no category: not enough to say.
          const verdict: Verdict = gap.compare(tolerance) <= 0 || !basesSure ? 'ambiguous' : 'inconsistent';
          judged.push(sumClaim(members.map((m) => m.part), base, verdict, group.p, say, fmt));
        } else judged.push(sumClaim(members.map((m) => m.part), base, 'consistent', group.p, say, fmt));
      }
    }
  }

  for (const raw of ex.claims) {
    switch (raw.kind) {
      case 'share':
        if (raw.whole) {
          const d = raw.share.token.decimals ?? 0;
          let exact = pct(raw.part.value, raw.whole);
          let verdict = judgeNumber(raw.share.value, exact, d);
          // Its fraction's whole a slip of the count the sentence states: the share is judged on that count.
          const stated = verdict === 'inconsistent' && raw.part.token.kind === 'fraction' ? sentenceWhole(ex, raw.part, raw.share.value, d) : undefined;
          if (stated) {
            exact = pct(raw.part.value, stated.value);
            verdict = judgeNumber(raw.share.value, exact, d);
            judged.push({ raw, figures: [raw.part, raw.share, stated], kind: 'share', verdict, stated: raw.share.value, expected: roundHalfUp(exact, d), decimals: d, percent: true, detail: say.share(fmt(raw.part.value), fmt(stated.value), fmt(raw.share.value, d, true), fmt(roundHalfUp(exact, d), d, true)), base: stated, candidates: [{ figure: raw.share, value: roundHalfUp(exact, d), exact }] });
            break;
          }
          // The one keystroke from the whole that the share fits exactly is more likely meant than a share off by so much.
          const meant = verdict === 'inconsistent' ? meantWhole(raw) : undefined;
          judged.push({ raw, figures: [raw.part, raw.share, ...(raw.wholeAt ? [raw.wholeAt] : [])], kind: 'share', verdict, stated: raw.share.value, expected: roundHalfUp(exact, d), decimals: d, percent: true, detail: raw.part.token.kind === 'fraction' ? say.fractionShare(raw.part.token.text, fmt(raw.share.value, d, true), fmt(roundHalfUp(exact, d), d, true)) + (meant ? say.wholeSlip(fmt(raw.whole), fmt(meant)) : '') : say.share(fmt(raw.part.value, dp(raw.part)), fmt(raw.whole, raw.wholeAt ? dp(raw.wholeAt) : 0), fmt(raw.share.value, d, true), fmt(roundHalfUp(exact, d), d, true)) + (raw.share.label ? say.categoryOf(raw.share.label) : ''), candidates: [{ figure: raw.share, value: roundHalfUp(exact, d), exact }] });
        }
        break;
      case 'grade-shares': {
        // Every grade listed: the shares make 100 %, "xuất sắc" beside "tốt" or inside it, whichever the figures bear out.
        const tolerance = sum(raw.shares.map((x) => unit(x.token.decimals ?? 0).div(2)));
        const all = sum(raw.shares.map((x) => x.value));
        const nested = sum(raw.shares.filter((_, i) => raw.grades[i] !== 'xuất sắc').map((x) => x.value));
        const fits = (v: Exact) => v.sub(HUNDRED).abs().compare(tolerance) <= 0;
        const total = fits(all) ? all : nested;
        const d = Math.max(...raw.shares.map((x) => x.token.decimals ?? 0));
        // Less than 100 % may be those not rated (exempted) counted in the base: only more than 100 % in every reading
        // is certainly wrong.
        const verdict: Verdict = fits(all) || fits(nested) ? 'consistent' : nested.sub(HUNDRED).compare(tolerance) > 0 ? 'inconsistent' : 'ambiguous';
        const excellent = raw.grades.indexOf('xuất sắc');
        judged.push({ raw: { kind: 'share-total', p: raw.p, figures: raw.shares }, figures: raw.shares, kind: 'sum', verdict, stated: total, expected: HUNDRED, decimals: d, percent: true, detail: (verdict === 'consistent' ? say.shareTotalOk(fmt(total, d, true)) : say.shareTotal(fmt(total, d, true))) + (excellent >= 0 && !fits(all) ? say.reading('', [fmt(raw.shares[excellent].value, d, true)], 0) : ''), candidates: [] });
        break;
      }
      case 'fraction': {
        const whole = raw.figure.token.whole!;
        // "Chỉ tiêu phát triển hội viên đạt 46.285/40.000": what was reached over the target set, no part of a whole.
        const reached = /(?<![\p{L}])(?:chỉ tiêu|kế hoạch|mục tiêu|dự toán)(?![\p{L}])[^.;]*$/iu.test(ex.paragraphs[raw.p].text.slice(sentenceAround(ex.paragraphs[raw.p].text, raw.figure.token.start).start, raw.figure.token.start));
        if (raw.figure.value.compare(whole) > 0 && reached) break;
        if (raw.figure.value.compare(whole) > 0) {
          judged.push({ raw, figures: [raw.figure], kind: 'fraction', verdict: 'inconsistent', stated: raw.figure.value, expected: whole, decimals: 0, percent: false, detail: say.fraction(raw.figure.token.text), candidates: [] });
          break;
        }
        // "Trong 112 chi Hội được đánh giá có 102/121 chi Hội …": the whole the sentence has just named.
        const text = ex.paragraphs[raw.p].text;
        const sentence = sentenceAround(text, raw.figure.token.start);
        const noun = nounAfter(text, raw.figure.token.end);
        // A whole named or stated elsewhere is of the claim's own time: a fraction of another term or of the value
        // compared with ("so với khóa V, … (khóa V đạt 09/11 chỉ tiêu)") counts that time's whole.
        const open = Math.max(sentence.start, text.lastIndexOf('(', raw.figure.token.start) + 1, text.lastIndexOf(';', raw.figure.token.start) + 1);
        const otherTime = /(?:khóa|khoá)\s+[IVXLC]+(?![\p{L}])|(?:nhiệm kỳ|năm|kỳ|giai đoạn)\s+trước|cùng kỳ/iu.test(text.slice(open, raw.figure.token.start)) || (insideParens(text, raw.figure.token.start, sentence.start) && /so với/iu.test(text.slice(sentence.start, text.lastIndexOf('(', raw.figure.token.start))));
        // The whole is another count, one the part does not exceed: the fraction's whole is wrong, and that count is meant.
        const other = (count: { value: Exact } | undefined): count is { value: Exact } => !!count && !count.value.equals(whole) && raw.figure.value.compare(count.value) <= 0;
        const wholeIs = (value: Exact, name: string, p: number) => judged.push({ raw, figures: [raw.figure], kind: 'fraction', verdict: 'inconsistent', stated: whole, expected: value, decimals: 0, percent: false, detail: say.fractionWhole(raw.figure.token.text, name, fmt(value), where(ex.paragraphs[p])), candidates: [] });
        const within = [...text.slice(sentence.start, raw.figure.token.start).matchAll(/(?<![\p{L}])trong\s+(?:tổng\s+số\s+|số\s+)?(\d[\d.]*)\s+([\p{L}]+(?:\s+[\p{L}]+)?)/giu)].at(-1);
        const named = within && noun && within[2].toLowerCase() === noun ? ex.figures.find((f) => f.p === raw.p && f.token.start === sentence.start + within.index! + within[0].indexOf(within[1])) : undefined;
        if (!otherTime && other(named)) {
          wholeIs(named.value, noun!, raw.p);
          break;
        }
        // "Tiếp nhận 17 phản ánh, … đã giải quyết xong 16/18 phản ánh, còn 01 phản ánh": the part and what is left make
        // the count of its noun the sentence states before it; the whole is wrong, not what is left.
        const left = ex.claims.find((c): c is Extract<RawClaim, { kind: 'difference' }> => c.kind === 'difference' && !!c.remainder && c.p === raw.p && c.from.token.start === raw.figure.token.start);
        const made = left && !otherTime ? raw.figure.value.add(left.deltas[0].value) : undefined;
        const received = made && noun ? ex.figures.find((f) => f.p === raw.p && f.token.kind === 'count' && f.token.start >= sentence.start && f.token.end <= raw.figure.token.start && f.value.equals(made) && nounAfter(text, f.token.end) === noun) : undefined;
        if (other(received)) {
          wholeIs(received.value, noun!, raw.p);
          break;
        }
        // Its own share fits the count of its noun the sentence states before it, and the whole is a slip of that count.
        const ownShare = ex.claims.find((c): c is Extract<RawClaim, { kind: 'share' }> => c.kind === 'share' && c.p === raw.p && c.part.token.start === raw.figure.token.start);
        const counted = ownShare && !otherTime && judgeNumber(ownShare.share.value, pct(raw.figure.value, whole), ownShare.share.token.decimals ?? 0) === 'inconsistent' ? sentenceWhole(ex, raw.figure, ownShare.share.value, ownShare.share.token.decimals ?? 0) : undefined;
        if (counted) {
          wholeIs(counted.value, noun!, raw.p);
          break;
        }
        // "13/15 xã, thị trấn" where the report's district has 14: the whole is the population's one count.
        const key = otherTime ? undefined : populationAfter(ex.paragraphs[raw.p].text, raw.figure.token);
        const stated = key ? (populations ??= statedPopulations(ex.paragraphs)).get(key) : undefined;
        if (key && other(stated)) {
          wholeIs(stated.value, key, stated.p);
          break;
        }
        // "06/09 trạm thủy văn" where the report counts its "08 trạm thủy văn" everywhere it names them.
        // Not a map's scale ("quy hoạch chi tiết tỷ lệ 1/2000"), nor a whole of three digits or more the report writes
        // elsewhere as a count ("98.102/98.436 cử tri đi bầu" after "Tổng số cử tri … là 98.436 người"): that whole is borne out.
        const scale = /(?<![\p{L}])tỷ lệ\s*$/iu.test(text.slice(0, raw.figure.token.start)) && raw.figure.value.equals(1);
        const borne = whole.compare(100) >= 0 && ex.figures.some((f) => f.value.equals(whole) && f.token.kind === 'count');
        const countedName = key || otherTime || scale || borne ? undefined : countedNoun(text, raw.figure.token);
        const count = countedName ? statedCount(ex.paragraphs, countedName) : undefined;
        if (countedName && other(count)) {
          wholeIs(count.value, countedName, count.p);
          break;
        }
        // The report counts them more than once (a kind, another year): the count its own paragraph states before it holds
        // when the whole is a keystroke from it ("Kế hoạch … gồm 05 hạng mục, …; đã hoàn thành 03/06 hạng mục").
        const near = countedName && !count ? paragraphCount(text, raw.figure.token, countedName) : undefined;
        if (other(near) && typoKind(whole, near.value, 0)) wholeIs(near.value, countedName!, raw.p);
        break;
      }
      case 'sum':
      case 'subset': {
        const parts = sum(raw.parts.map((x) => x.value)).add(raw.named ?? 0);
        const total = raw.total.value;
        let verdict: Verdict;
        if (raw.kind === 'sum') verdict = parts.equals(total) ? 'consistent' : 'inconsistent';
        else if (raw.overlap) verdict = raw.parts.every((x) => x.value.compare(total) <= 0) ? 'consistent' : 'inconsistent';
        else verdict = parts.compare(total) <= 0 ? 'consistent' : 'inconsistent';
        // "2.241 người, trong đó: cán bộ quản lý 152, giáo viên 1.786, nhân viên 276" (2.214): parts that add up to the
        // total with two of its digits swapped were meant to be all of it.
        const swapped = raw.kind === 'subset' && verdict === 'consistent' && raw.parts.length >= 2 && typoKind(total, parts, Math.max(dp(raw.total), ...raw.parts.map(dp))) === 'transposition';
        if (swapped) verdict = 'inconsistent';
        // Parts that make half or twice their total, the total no slip of their sum, were not read as its parts (badge
        // years, a second dimension, places beside their hamlets): a clerk would reread the sentence, not correct a figure.
        // Parts read as all of the total (two digits swapped) are judged by their sum, not by the largest.
        const largest = raw.overlap && !swapped ? raw.parts.reduce((a, x) => (x.value.compare(a) > 0 ? x.value : a), ZERO) : parts;
        // A total that leaves out one of its parts ("19 điểm, gồm: 7, 12 và 18") is a clerk's slip however far it falls.
        const leftOut = raw.kind === 'sum' && !raw.named && partLeftOut(total, raw.parts.map((x) => x.value));
        const misread = verdict === 'inconsistent' && !leftOut && farApart(total, raw.kind === 'sum' ? parts : largest, Math.max(dp(raw.total), ...raw.parts.map(dp)));
        if (misread) verdict = 'ambiguous';
        // A "trong đó" after a list may be of the list's whole, not of its last item ("… 186 người, chia ra trực tiếp 148
        // người, gián tiếp 36 người; trong đó nữ 41 người"): parts over that item but within a larger figure of the same
        // unit earlier in the sentence leave the whole it is of undecided.
        const listed = verdict === 'inconsistent' && raw.kind === 'subset' && raw.how === 'trong-do' && largerBefore(ex.paragraphs[raw.p].text, raw.total, raw.parts);
        if (listed) verdict = 'ambiguous';
        // A part over its whole that counts another thing ("06 đoàn đông người (68 người)", "58 quyết định (412,18 ha)")
        // or an amount beside a count is no part of it read wrong by the clerk but by the reader: left undecided.
        const another = verdict === 'inconsistent' && raw.kind === 'subset' && raw.overlap && countsAnother(ex.paragraphs[raw.p].text, raw.total, raw.parts);
        if (another) verdict = 'ambiguous';
        // A total that is exactly the sum of all parts but one left that part out, whatever the parts count: no doubt of
        // overlapping groups explains an exact fit.
        const doubt = verdict === 'inconsistent' && raw.kind === 'sum' && !raw.named && !leftOut ? sumDoubt(ex.paragraphs[raw.p].text, raw.how, raw.total, raw.parts, Math.max(dp(raw.total), ...raw.parts.map(dp))) : undefined;
        if (doubt) verdict = 'ambiguous';
        const candidates = raw.kind === 'sum' || swapped ? [{ figure: raw.total, value: parts }, ...raw.parts.map((x) => ({ figure: x, value: total.sub(parts.sub(x.value)) }))] : [];
        const places = Math.max(dp(raw.total), ...raw.parts.map(dp));
        judged.push({ raw, figures: [raw.total, ...raw.parts], kind: raw.kind, verdict, stated: total, expected: parts, decimals: places, percent: false, detail: (raw.kind === 'sum' || swapped ? say.sum(fmt(total, places), raw.parts.map((x) => fmt(x.value, dp(x))).concat(raw.named ? [`${raw.named}`] : []), fmt(parts, places)) : say.subset(fmt(total, places), fmt(parts, places), raw.overlap)) + (swapped ? say.swappedList : say.reading(raw.kind === 'sum' ? raw.how : 'subset', raw.nested?.map((x) => fmt(x.value)) ?? [], raw.named ?? 0)) + (misread ? say.misread : '') + (listed ? say.ofWhichList : '') + (another ? say.anotherThing : '') + (doubt ? say.sumDoubt[doubt] : ''), candidates });
        break;
      }
      case 'points': {
        const d = raw.delta.token.decimals ?? 0;
        const change = raw.current.value.sub(raw.previous.value).mul(raw.sign);
        const stated = raw.delta.value;
        const points = judgeNumber(stated, change, d);
        const relativeExact = raw.previous.value.equals(ZERO) ? undefined : change.mul(HUNDRED).div(raw.previous.value);
        const relative = relativeExact && !raw.pointsOnly ? judgeNumber(stated, relativeExact, d) : 'inconsistent';
        // Drafts write "%" for a change of shares: points is the convention, relative the other reading.
        let verdict: Verdict = points === 'consistent' || relative === 'consistent' ? 'consistent' : points === 'rounding' || relative === 'rounding' ? 'rounding' : 'inconsistent';
        // A change larger than the shares can move ("giảm 24%" from 1,43%) is relative to something: of the shares or
        // of the counts behind them, the text does not say.
        const room = raw.sign < 0 ? raw.previous.value : HUNDRED.sub(raw.previous.value);
        if (verdict === 'inconsistent' && raw.byName && !raw.pointsOnly && stated.compare(room) > 0) verdict = 'ambiguous';
        const reading = points !== 'inconsistent' ? 'points' : relative !== 'inconsistent' ? 'relative' : 'points';
        const expected = roundHalfUp(reading === 'relative' && relativeExact ? relativeExact : change, d);
        judged.push({ raw, figures: [raw.current, raw.previous, raw.delta], kind: 'points', verdict, stated, expected, decimals: d, percent: true, detail: say.points(fmt(raw.current.value, raw.current.token.decimals ?? 0, true), fmt(raw.previous.value, raw.previous.token.decimals ?? 0, true), raw.year, fmt(roundHalfUp(change, d), d, true), relativeExact ? fmt(roundHalfUp(relativeExact, d), d, true) : '—', reading), candidates: [{ figure: raw.delta, value: expected, exact: reading === 'relative' ? relativeExact : change }] });
        break;
      }
      case 'term-label': {
        const verdict: Verdict = raw.named === raw.expected ? 'consistent' : raw.certain ? 'inconsistent' : 'ambiguous';
        const token = { start: raw.at, end: raw.at + raw.text.length, text: raw.text, kind: 'other' as const };
        const figure = { p: raw.p, token, value: ZERO, label: '' };
        // The value compared with, in its parenthesis right after the period ("so với cùng kỳ năm 2023 (14.068,90 tỷ
        // đồng)"), is shown with it: the user sees which figure the period named dates.
        const value = /^\s*\([^()]{0,60}\d[^()]{0,60}\)/u.exec(ex.paragraphs[raw.p].text.slice(token.end));
        judged.push({ raw, figures: [figure], kind: 'term-label', verdict, stated: ZERO, expected: ZERO, decimals: 0, percent: false, detail: say.termLabel(raw.named, raw.expected, raw.own, raw.certain) + (raw.stated ? say.valueOfPeriod(raw.stated.value, raw.expected, where(ex.paragraphs[raw.stated.p])) : raw.carried ? say.carriedOver(raw.expected, raw.carried) : ''), candidates: [], labels: [raw.named, raw.expected], quoteEnd: value ? token.end + value[0].length : undefined } as Judged);
        break;
      }
      case 'ratio': {
        const r = raw.reading;
        const d = r.ratio.decimals ?? 0;
        const exact = pct(r.value, r.base);
        const verdict = judgeNumber(r.ratio.value!, exact, d);
        const figure = (t: Token): Figure => ({ p: raw.p, token: t, value: t.value!, label: '' });
        const ratio = figure(r.ratio);
        const shown = [r.current ?? r.change!.token, r.previous].map(figure);
        judged.push({ raw, figures: [...shown, ratio], kind: 'ratio', verdict, stated: r.ratio.value!, expected: roundHalfUp(exact, d), decimals: d, percent: true, detail: say.ratio(fmt(r.value, (r.current ?? r.change?.token)?.decimals ?? 0), fmt(r.base, r.previous.decimals ?? 0), fmt(r.ratio.value!, d, true), fmt(roundHalfUp(exact, d), d, true), r.change ? fmt(r.change.token.value!, r.change.token.decimals ?? 0) : undefined, r.change?.sign), candidates: [{ figure: ratio, value: roundHalfUp(exact, d), exact }] });
        break;
      }
      case 'relative': {
        const d = raw.rate.token.decimals ?? 0;
        if ('change' in raw.to) {
          let change = raw.to.change;
          // "(9.214 DN), tăng 623 DN (tăng 6,85%)" where the values give 632: a change itself mistyped, the rate is of the
          // values, as the writer computed it.
          const values = ex.claims.find((c): c is Extract<RawClaim, { kind: 'difference' }> => c.kind === 'difference' && c.p === raw.p && c.deltas.length === 1 && c.deltas[0].token.start === change.token.start && c.from.value.equals(raw.previous.value));
          const real = values ? values.to.value.sub(values.from.value).abs() : undefined;
          if (real && !real.equals(change.value) && judgeNumber(raw.rate.value, real.mul(HUNDRED).div(raw.previous.value), d) !== 'inconsistent') change = { ...change, value: real };
          const exact = change.value.mul(HUNDRED).div(raw.previous.value);
          const reached = raw.previous.value.add(change.value.mul(raw.sign));
          // "tăng 33,97%" where 97.320 is 33,97% of the new 286.450: divided by the value reached.
          const onCurrent = !reached.equals(0) && eq(roundHalfUp(pct(change.value, reached), d), raw.rate.value) ? fmt(reached, dp(raw.previous)) : undefined;
          // "tăng 135,19%" where the new value is 135,19% of the old: the "bằng" figure written as a change.
          const index = eq(roundHalfUp(pct(reached, raw.previous.value), d), raw.rate.value) ? fmt(reached, Math.max(dp(raw.previous), dp(change))) : undefined;
          judged.push({ raw, figures: [change, raw.previous, raw.rate], kind: 'ratio', verdict: judgeNumber(raw.rate.value, exact, d), stated: raw.rate.value, expected: roundHalfUp(exact, d), decimals: d, percent: true, detail: say.rateOfChange(fmt(change.value, dp(change)), fmt(raw.previous.value, dp(raw.previous)), fmt(raw.rate.value, d, true), fmt(roundHalfUp(exact, d), d, true), raw.sign, onCurrent, index), candidates: [{ figure: raw.rate, value: roundHalfUp(exact, d), exact }] });
          break;
        }
        const current = raw.to.current;
        const exact = current.value.sub(raw.previous.value).mul(raw.sign).mul(HUNDRED).div(raw.previous.value);
        let verdict = judgeNumber(raw.rate.value, exact, d);
        if (verdict === 'inconsistent' && raw.byUnit && !typoKind(raw.rate.value, roundHalfUp(exact, d), d)) verdict = 'ambiguous';
        // "tăng 164%" where 41 is 164% of 25: the "bằng" (so sánh) figure written as a change.
        const asRatio = eq(roundHalfUp(pct(current.value, raw.previous.value), d), raw.rate.value);
        judged.push({ raw, figures: [current, raw.previous, raw.rate], kind: 'ratio', verdict, stated: raw.rate.value, expected: roundHalfUp(exact, d), decimals: d, percent: true, detail: say.relative(fmt(current.value, current.token.decimals ?? 0), fmt(raw.previous.value, raw.previous.token.decimals ?? 0), fmt(raw.rate.value, d, true), fmt(roundHalfUp(exact, d), d, true), raw.sign, asRatio), candidates: [{ figure: raw.rate, value: roundHalfUp(exact, d), exact }] });
        break;
      }
      case 'implied-rate': {
        const d = raw.rate.token.decimals ?? 0;
        const cd = dp(raw.change);
        const previousOf = (change: Exact) => raw.current.value.sub(change.mul(raw.sign));
        const rateOf = (change: Exact) => (previousOf(change).compare(ZERO) > 0 ? (raw.index ? raw.current.value : change).mul(HUNDRED).div(previousOf(change)) : undefined);
        const exact = rateOf(raw.change.value);
        if (!exact) break;
        let verdict = judgeNumber(raw.rate.value, exact, d);
        if (verdict === 'inconsistent') {
          // The change a keystroke from the written one that the rate fits is what was meant: the change is the slip.
          const fixed = typoNeighbours(raw.change.value, cd).find((v) => {
            const r = v.compare(ZERO) > 0 ? rateOf(v) : undefined;
            return !!r && judgeNumber(raw.rate.value, r, d) === 'consistent';
          });
          if (fixed) {
            judged.push({ raw, figures: [raw.current, raw.change, raw.rate], kind: 'difference', verdict: 'inconsistent', stated: raw.change.value, expected: fixed, decimals: cd, percent: false, detail: say.impliedChange(fmt(raw.change.value, cd), fmt(raw.current.value, dp(raw.current)), fmt(raw.rate.value, d, true), fmt(fixed, cd), fmt(previousOf(fixed), dp(raw.current)), raw.sign), candidates: [{ figure: raw.change, value: fixed }] });
            break;
          }
          // A rate that is the right one with two neighbouring digits swapped (6,94% for 6,49%) is the slip.
          // Otherwise the rate, the change or the value reached may be the one mistyped, or the rate taken of another value.
          if (typoKind(raw.rate.value, roundHalfUp(exact, d), d) !== 'transposition') verdict = 'ambiguous';
        }
        judged.push({ raw, figures: [raw.current, raw.change, raw.rate], kind: 'ratio', verdict, stated: raw.rate.value, expected: roundHalfUp(exact, d), decimals: d, percent: true, detail: say.impliedRate(fmt(raw.change.value, cd), fmt(raw.current.value, dp(raw.current)), fmt(previousOf(raw.change.value), dp(raw.current)), fmt(raw.rate.value, d, true), fmt(roundHalfUp(exact, d), d, true), raw.sign, raw.index), candidates: [{ figure: raw.rate, value: roundHalfUp(exact, d), exact }] });
        break;
      }
      case 'flow': {
        const computed = raw.start.value.add(raw.inflow?.value ?? ZERO).sub(raw.outflow?.value ?? ZERO);
        const verdict: Verdict = computed.equals(raw.end.value) ? 'consistent' : 'inconsistent';
        const figures = [raw.start, ...(raw.inflow ? [raw.inflow] : []), ...(raw.outflow ? [raw.outflow] : []), raw.end];
        judged.push({ raw, figures, kind: 'sum', verdict, stated: raw.end.value, expected: computed, decimals: 0, percent: false, detail: say.flow(fmt(raw.start.value), raw.inflow && fmt(raw.inflow.value), raw.outflow && fmt(raw.outflow.value), fmt(computed), fmt(raw.end.value)), candidates: [{ figure: raw.end, value: computed }, ...(raw.inflow ? [{ figure: raw.inflow, value: raw.end.value.sub(raw.start.value).add(raw.outflow?.value ?? ZERO) }] : []), ...(raw.outflow ? [{ figure: raw.outflow, value: raw.start.value.add(raw.inflow?.value ?? ZERO).sub(raw.end.value) }] : [])] });
        break;
      }
      case 'average': {
        const d = raw.average.token.decimals ?? 0;
        const exact = raw.total.value.mul(raw.scale).mul(raw.per).div(raw.count.value);
        // Rounded half up as every figure is; truncated, or a unit of its last digit off, is the rounding slip to warn of.
        let verdict = judgeNumber(raw.average.value, exact, d);
        // A total found by its place alone holds the average to it only where a keystroke explains the gap.
        if (verdict === 'inconsistent' && raw.loose && !typoKind(raw.average.value, roundHalfUp(exact, d), d)) verdict = 'ambiguous';
        judged.push({ raw, figures: [raw.total, raw.count, raw.average], kind: 'ratio', verdict, stated: raw.average.value, expected: roundHalfUp(exact, d), decimals: d, percent: false, detail: say.average(fmt(raw.total.value, dp(raw.total)), fmt(raw.count.value), fmt(raw.average.value, d), fmt(roundHalfUp(exact, d), d), raw.scale.mul(raw.per).equals(1) ? undefined : fmt(raw.scale.mul(raw.per), 3).replace(/[,.]?0+$/, '')), candidates: [{ figure: raw.average, value: roundHalfUp(exact, d), exact }] });
        break;
      }
      case 'multiple': {
        const d = raw.times.token.decimals ?? 0;
        const exact = raw.current.value.div(raw.previous.value);
        const verdict = judgeNumber(raw.times.value, exact, d);
        judged.push({ raw, figures: [raw.current, raw.previous, raw.times], kind: 'ratio', verdict, stated: raw.times.value, expected: roundHalfUp(exact, d), decimals: d, percent: false, detail: say.multiple(fmt(raw.current.value, dp(raw.current)), fmt(raw.previous.value, dp(raw.previous)), fmt(raw.times.value, d), fmt(roundHalfUp(exact, d), d)), candidates: [{ figure: raw.times, value: roundHalfUp(exact, d), exact }] });
        break;
      }
      case 'difference': {
        const change = raw.to.value.sub(raw.from.value).mul(raw.sign);
        const deltas = sum(raw.deltas.map((x) => x.value));
        let verdict: Verdict = change.equals(deltas) ? 'consistent' : 'inconsistent';
        // "tăng 312" where the figures read fall by 257: a change wrong in its direction and its size at once, no slip of
        // either, was written of other figures than those read (a target, another row's value).
        // "bình quân mỗi năm 26,2 đảng viên, giảm 37 đảng viên so với nhiệm kỳ trước (168 đảng viên)".
        // Not a value per unit compared with one written per the same unit ("năng suất bình quân 68,4 tấn/ha, giảm 4,7 tấn/ha
        // so với niên vụ trước (63,7 tấn/ha)"): both are averages.
        const perUnit = (f: Figure) => /^\s*(?:[^\s\d,.;()]+\s)?[^\s\d,.;()]+\/[^\s\d,.;()]+/u.exec(ex.paragraphs[f.p].text.slice(f.token.end))?.[0].trim();
        const average = (f: Figure) => isAverage(ex.paragraphs[f.p].text, f.token) || (f !== raw.to && !!perUnit(f) && perUnit(f) === perUnit(raw.to));
        const crossed = verdict === 'inconsistent' && ((change.compare(ZERO) < 0 && !eq(change.neg(), deltas) && !typoKind(deltas, change.neg(), Math.max(dp(raw.from), dp(raw.to), ...raw.deltas.map(dp)))) || (average(raw.to) && !average(raw.from)));
        if (crossed) verdict = 'ambiguous';
        const places = Math.max(dp(raw.from), dp(raw.to), ...raw.deltas.map(dp));
        if (verdict === 'inconsistent' && raw.byUnit && !eq(change.abs(), deltas) && !typoKind(deltas, change.abs(), places)) verdict = 'ambiguous';
        // Sums of money are written with their decimals ("19,3 triệu đồng"): stated and expected keep them.
        judged.push({ raw, figures: [raw.from, raw.to, ...raw.deltas], kind: 'difference', verdict, stated: deltas, expected: change, decimals: Math.max(dp(raw.from), dp(raw.to), ...raw.deltas.map(dp)), percent: false, detail: raw.remainder ? say.remainder(fmt(raw.to.value, dp(raw.to)), fmt(raw.from.value, dp(raw.from)), fmt(deltas, Math.max(0, ...raw.deltas.map(dp))), fmt(change, Math.max(dp(raw.from), dp(raw.to)))) : say.difference(fmt(raw.from.value, dp(raw.from)), fmt(raw.to.value, dp(raw.to)), fmt(deltas, Math.max(0, ...raw.deltas.map(dp))), fmt(raw.to.value.sub(raw.from.value).abs(), Math.max(dp(raw.from), dp(raw.to))), raw.sign, raw.to.value.compare(raw.from.value) as 1 | -1 | 0) + (crossed ? say.misreadValue : ''), candidates: raw.deltas.length === 1 ? [{ figure: raw.deltas[0], value: change }] : [] });
        break;
      }
    }
  }

  // "trồng mới 468,30 ha (năm 2016: 82,50 ha; …; 2020: 90,00 ha), đạt 97,26% kế hoạch (500 ha)": a total its own parts
  // find wrong by a slip, the so sánh written of the parts' sum is right — the one error is the total's.
  for (const j of judged) {
    if (j.raw.kind !== 'ratio' || (j.verdict !== 'inconsistent' && j.verdict !== 'rounding')) continue;
    const r = j.raw.reading;
    const total = r.current && judged.find((s) => s.kind === 'sum' && s.verdict === 'inconsistent' && s.raw.kind === 'sum' && s.raw.p === j.raw.p && s.raw.total.token.start === r.current!.start);
    if (!total || r.change) continue;
    const d = r.ratio.decimals ?? 0;
    if (judgeNumber(r.ratio.value!, pct(total.expected, r.base), d) === 'consistent') {
      j.verdict = 'consistent';
      j.detail += say.ofCorrectedTotal(fmt(total.expected, total.decimals));
    }
  }
  // "tuyển được 128/143 chỉ tiêu, đạt 95,52%; … Còn 06 chỉ tiêu chưa tuyển": a fraction its own share finds wrong is no
  // sound whole for what it leaves; the share says the error once.
  // So is a fraction whose whole is found a slip of the count the text states.
  const doubted = new Set([
    ...judged.filter((j) => j.kind === 'share' && j.verdict === 'inconsistent' && j.raw.kind === 'share' && j.raw.part.token.kind === 'fraction').map((j) => `${(j.raw as Extract<RawClaim, { kind: 'share' }>).part.p}:${(j.raw as Extract<RawClaim, { kind: 'share' }>).part.token.start}`),
    ...judged.filter((j) => j.kind === 'fraction' && j.verdict === 'inconsistent' && j.raw.kind === 'fraction').map((j) => `${(j.raw as Extract<RawClaim, { kind: 'fraction' }>).figure.p}:${(j.raw as Extract<RawClaim, { kind: 'fraction' }>).figure.token.start}`),
  ]);
  for (const j of judged) if (j.verdict === 'inconsistent' && j.raw.kind === 'difference' && j.raw.remainder && doubted.has(`${j.raw.from.p}:${j.raw.from.token.start}`)) j.verdict = 'ambiguous';
  for (const j of judged) if (j.verdict === 'inconsistent' || j.verdict === 'rounding') ofNamedItem(ex, j, say, fmt);
  for (const j of judged) if (j.verdict === 'inconsistent' && namesAnotherBase(ex, j)) j.verdict = 'ambiguous';
  for (const j of judged) {
    const later = j.verdict === 'inconsistent' ? laterNamedWhole(ex, j) : undefined;
    if (later) Object.assign(j, { verdict: 'ambiguous', detail: j.detail + say.laterWhole(fmt(later.value, dp(later))) });
  }
  // A whole named in words no figure answers to ("5.214 nghìn sản phẩm, chiếm 58,3% giá trị sản xuất hàng may"), read of
  // the base its list gives it: a misfit no keystroke explains is undecided, the name shown.
  for (const j of judged) {
    if (j.verdict !== 'inconsistent' || !j.unanswered || typoKind(j.stated, j.expected, j.decimals)) continue;
    Object.assign(j, { verdict: 'ambiguous', baseName: { words: j.unanswered.words, figure: false }, quoteEnd: j.unanswered.end });
  }
  judged.push(...crossReferences(ex, say, fmt));
  judged.push(...repeatedQuantities(ex, judged, say, fmt));
  judged.push(...restatedRates(ex, judged, say, fmt));
  if (options.tables?.length) judged.push(...againstTables(ex, options.tables, say, fmt));
  // A share, ratio or change five times off what its figures give, and no slip of it, is a reading of the wrong
  // figures (a decimal amount read as a count, a target taken for the value) more likely than a clerk's error.
  // Any other change, rate, gap in points, total or fraction a third off and explained by no slip is read the same way
  // (plausible-slips.ts).
  for (const j of judged) {
    if (j.verdict !== 'inconsistent' || j.namedTotal) continue;
    const [a, b] = [j.stated.abs(), j.expected.abs()];
    const [small, large] = a.compare(b) <= 0 ? [a, b] : [b, a];
    // Off by a thousand ("kinh phí 5,632 triệu đồng, bình quân 5,0 triệu đồng/người": 5.632 meant) the figures round to
    // nothing at the claim's decimals; a digit "typed" for nothing is no slip.
    const vanished = small.equals(ZERO) && !large.equals(ZERO) && j.expected.equals(ZERO);
    const fiveTimes = ['share', 'ratio', 'difference'].includes(j.kind) && (vanished || (!small.equals(ZERO) && large.compare(small.mul(5)) >= 0 && !typoKind(a, b, j.decimals)));
    if (!fiveTimes && !unexplained(j)) continue;
    // A change that is exactly the gap between one of its values and another figure of its sentence ("tăng 87,3 … so với
    // 31/12/2023 (1.039,1); so với 30/6/2023 (1.018,6) tăng 20,5", 20,5 = 1.039,1 − 1.018,6) was taken of that figure.
    const other = j.raw.kind === 'difference' && j.raw.deltas.length === 1 ? gapWith(ex, j.raw, j.stated) : undefined;
    if (other) {
      j.detail += say.gapOf(fmt(j.stated, j.decimals), fmt(other.value, dp(other)));
      continue;
    }
    j.verdict = 'ambiguous';
    j.detail += j.kind === 'fraction' ? say.misreadFraction : j.kind === 'sum' ? say.misread : say.misreadValue;
  }
  return { claims: report(judged, ex, say, fmt), summary: summarize(judged) };
}

/** The figure whose parenthesis a share's part is listed in, right after its noun ("41.827,15 ha (rừng tự nhiên 38.264,90 ha, …"). */
function parenthesisOwner(ex: Extracted, m: Extract<RawClaim, { kind: 'share' }>): Figure | undefined {
  const text = ex.paragraphs[m.p].text;
  const open = text.lastIndexOf('(', m.part.token.start);
  if (open < 0 || text.lastIndexOf(')', m.part.token.start) > open || /\d/u.test(text.slice(open, m.part.token.start))) return undefined;
  const owner = ex.figures.filter((f) => f.p === m.p && f.token.end <= open && /^\s*[\p{L} ³²]{0,12}$/u.test(text.slice(f.token.end, open))).at(-1);
  return owner && owner.value.compare(m.part.value) > 0 ? owner : undefined;
}

/** Some part larger than its whole is written with another unit than the whole's, or is an amount where the whole is a count. */
function countsAnother(text: string, total: Figure, parts: Figure[]): boolean {
  const whole = unitAfter(text, total.token);
  const amount = (u: ReturnType<typeof unitAfter>) => u?.cls === 'money' || u?.cls === 'measure';
  return parts.some((x) => {
    if (x.value.compare(total.value) <= 0) return false;
    const unit = unitAfter(text, x.token);
    return unitsDiffer(whole, unit) || amount(whole) !== amount(unit);
  });
}

/** A change, rate, gap in points, total or fraction a third off what its own figures give, and no slip of them. */
function unexplained(j: Judged): boolean {
  if (j.kind !== 'ratio' && j.kind !== 'points' && j.kind !== 'difference' && j.kind !== 'sum' && j.kind !== 'fraction') return false;
  if (!farOff(j.stated, j.expected)) return false;
  // The figures the writer worked from: the claim's own, less the one stated.
  const values = j.figures.map((f) => f.value);
  const statedAt = values.findIndex((v) => eq(v, j.stated));
  const operands = values.filter((_, i) => i !== statedAt);
  return !slipExplains({ kind: j.kind, stated: j.stated, expected: j.expected, decimals: j.decimals, operands });
}

/** Age bands from the youngest to an open top band ("trên 60 tuổi", "61 tuổi trở lên") cover every member. */
/**
 * A share found off its base that names one item of the base's breakdown (item-bases.ts) is of that item: it holds
 * when it fits the item, and is left undecided when it fits neither.
 */
function ofNamedItem(ex: Extracted, j: Judged, say: ReturnType<typeof proseMessages>, fmt: (v: Exact, d?: number, percent?: boolean) => string): void {
  if (j.kind !== 'share' || j.raw.kind !== 'share') return;
  const { part, share, p } = j.raw;
  if (part.p !== p || part.token.kind !== 'count') return;
  const text = ex.paragraphs[p].text;
  const tokens = tokenize(text);
  const whole = j.raw.whole;
  const base = j.base?.p === p ? j.base.token : j.raw.wholeAt?.p === p ? j.raw.wholeAt.token : whole ? tokens.filter((t) => t.kind === 'count' && t.end <= part.token.start && t.value?.equals(whole)).at(-1) : undefined;
  if (!base) return;
  const clauseStart = Math.max(sentenceAround(text, part.token.start).start, text.lastIndexOf(';', part.token.start) + 1);
  const item = namedItemOf(text, tokens, base, part.token, share.token, clauseStart);
  // An item smaller than the part is none it is a share of; one equal to it is the part itself, restated ("(…; 196 lái
  // xe; …). Riêng đội ngũ lái xe 196 người, chiếm …% tổng số lao động").
  if (!item || item.start === base.start || !item.value || item.value.compare(part.value) <= 0) return;
  const d = share.token.decimals ?? 0;
  const exact = pct(part.value, item.value!);
  if (judgeNumber(share.value, exact, d) !== 'consistent') {
    j.verdict = 'ambiguous';
    return;
  }
  const figure: Figure = ex.figures.find((f) => f.p === p && f.token.start === item.start) ?? { p, token: item, value: item.value!, label: '' };
  Object.assign(j, { verdict: 'consistent', base: figure, figures: [part, share, figure], expected: roundHalfUp(exact, d), candidates: [], detail: say.share(fmt(part.value, dp(part)), fmt(item.value!, dp(figure)), fmt(share.value, d, true), fmt(roundHalfUp(exact, d), d, true)) });
}

/**
 * "… trị giá 41,86 tỷ đồng, chiếm 45,22% giá trị hợp đồng; …; tổng giá trị hợp đồng thực hiện trong năm là 92,57 tỷ
 * đồng": a whole named in words that a figure later in the paragraph also answers to, in the base's unit, and that the
 * share fits exactly, may be the whole the writer meant. Returns that figure.
 */
function laterNamedWhole(ex: Extracted, j: Judged): Figure | undefined {
  if (j.kind !== 'share' || j.raw.kind !== 'share' || !j.baseName || !j.base) return undefined;
  const { part, share, p } = j.raw;
  const text = ex.paragraphs[p].text;
  const words = contentWords(j.baseName.words);
  const unitOfBase = unitAfter(ex.paragraphs[j.base.p].text, j.base.token);
  return ex.figures.find((f) => f.p === p && f.token.start > share.token.end && f.token.kind === 'count' && f.value.compare(part.value) > 0 && !unitsDiffer(unitAfter(text, f.token), unitOfBase) && answersTo(text, f.token, words, false) && judgeNumber(share.value, pct(part.value, f.value), share.token.decimals ?? 0) === 'consistent');
}

/**
 * A share found off a base its words do not name: "chiếm 0,12% tổng chi" read of "chi đầu tư phát triển 3.902,41",
 * "bằng 22,91% của cả giai đoạn 2021 - 2025" read of a figure of 2016 - 2020. The share names a whole or a period the
 * figure used is not written as; the whole meant is elsewhere, or nowhere.
 */
function namesAnotherBase(ex: Extracted, j: Judged): boolean {
  if (j.kind !== 'share' || j.raw.kind !== 'share' || j.baseName?.figure) return false;
  const { share, p } = j.raw;
  const text = ex.paragraphs[p].text;
  const named = /^\s*(?:của\s+)?(?:cả\s+)?(?:(tổng\s+(?!số(?![\p{L}]))[\p{L}]+)|(?:giai đoạn|nhiệm kỳ)\s+((?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2})|năm\s+((?:19|20)\d{2}))/iu.exec(text.slice(share.token.end));
  if (!named) return false;
  const base = j.base ?? j.raw.wholeAt;
  if (!base) return true;
  const baseText = ex.paragraphs[base.p].text;
  if (named[1]) return !baseText.slice(Math.max(0, base.token.start - 60), base.token.start).toLowerCase().includes(named[1].toLowerCase().replace(/\s+/gu, ' '));
  const period = (named[2] ?? named[3]).replace(/\s*[-–]\s*/u, ' - ');
  // The base's own clause: its sentence cut at the semicolons around it.
  const sentence = sentenceAround(baseText, base.token.start);
  const from = Math.max(sentence.start, baseText.lastIndexOf(';', base.token.start) + 1);
  const next = baseText.indexOf(';', base.token.end);
  const to = next >= 0 && next < sentence.end ? next : sentence.end;
  return !baseText.slice(from, to).replace(/\s*[-–]\s*/gu, ' - ').includes(period);
}

/**
 * "Trong năm đã khởi công 48 công trình, hoàn thành đóng điện 41/46 công trình, đạt 85,41%": a fraction whose share fits
 * not its own whole but the count of its noun the sentence states before it has that count for its whole, the written
 * whole a slip. Returns that count.
 */
function sentenceWhole(ex: Extracted, fraction: Figure, share: Exact, decimals: number): Figure | undefined {
  const text = ex.paragraphs[fraction.p].text;
  const noun = nounAfter(text, fraction.token.end);
  const whole = fraction.token.whole;
  if (!noun || !whole) return undefined;
  const sentence = sentenceAround(text, fraction.token.start);
  const counts = ex.figures.filter((f) => f.p === fraction.p && f.token.kind === 'count' && f.token.start >= sentence.start && f.token.end <= fraction.token.start && nounAfter(text, f.token.end) === noun && !isComparisonFigure(text, f.token) && f.value.compare(fraction.value) >= 0 && !f.value.equals(whole));
  const fits = counts.filter((f) => judgeNumber(share, pct(fraction.value, f.value), decimals) !== 'inconsistent');
  // A whole of one digit is a keystroke from any other: too short to say which was meant. A count in a parenthesis is
  // a detail of another figure.
  const slip = (f: Figure) => whole.compare(10) >= 0 && !!typoKind(whole, f.value, 0) && !insideParens(text, f.token.start, sentence.start);
  return fits.length === 1 && slip(fits[0]) ? fits[0] : undefined;
}

function coversEveryone(labels: string[]): boolean {
  const ages = labels.filter((l) => /tuổi/iu.test(l));
  return ages.length >= 3 && ages.some((l) => /trên|trở lên/iu.test(l)) && ages.some((l) => /(từ\s*)?18|dưới/iu.test(l));
}

function sumClaim(parts: Figure[], base: Figure, verdict: Verdict, p: number, say: ReturnType<typeof proseMessages>, fmt: (v: Exact, d?: number, percent?: boolean) => string): Judged {
  const total = sum(parts.map((x) => x.value));
  return {
    raw: { kind: 'sum', p, total: base, parts, how: 'exhaustive', overlap: false },
    figures: [base, ...parts],
    kind: 'sum',
    verdict,
    stated: base.value,
    expected: total,
    decimals: 0,
    percent: false,
    detail: verdict === 'ambiguous' ? say.sumGap(fmt(base.value), fmt(total)) : say.sum(fmt(base.value), parts.map((x) => fmt(x.value)), fmt(total)),
    candidates: verdict === 'inconsistent' ? parts.map((x) => ({ figure: x, value: base.value.sub(total.sub(x.value)) })) : [],
  };
}

function declaredOf(ex: Extracted, base: Figure, m: Extract<RawClaim, { kind: 'share' }>): boolean {
  const text = ex.paragraphs[m.p].text;
  if (!/chiếm/iu.test(text.slice(m.part.token.end, m.share.token.start))) return false;
  const declared = ex.paragraphs[base.p].text.slice(Math.max(0, base.token.start - 60), base.token.end + 20);
  const own = text.slice(Math.max(0, m.part.token.start - 60), m.part.token.end);
  return /đảng viên/iu.test(declared) && /đảng viên/iu.test(own);
}

/** The last total the text declares before a figure: "Tổng số đảng viên toàn tỉnh là 33.509", "có 33.509 đảng viên". */
function declaredTotal(ex: Extracted, part: Figure): Figure | undefined {
  const declared = ex.figures.filter((f) => {
    if (f.p > part.p || (f.p === part.p && f.token.start >= part.token.start) || f.value.compare(part.value) <= 0) return false;
    const text = ex.paragraphs[f.p].text;
    const before = text.slice(Math.max(0, f.token.start - 60), f.token.start);
    const after = text.slice(f.token.end, f.token.end + 20);
    return /(tổng số|toàn tỉnh|toàn huyện|tổng cộng)[^.;()]*$/iu.test(before) || (/(có|là)\s*$/iu.test(before) && /^\s*(đảng viên|đồng chí)/iu.test(after));
  });
  return declared.at(-1);
}

/** Bases a list of shares may be of: the figure that opens it, and the totals stated before it. */
/**
 * The base of a list a fraction's "trong đó" opens, when its shares decide it: the fraction's count or its whole,
 * whichever at least two of the sentence's shares after the "trong đó" fit and more than fit the other.
 */
function fractionList(ex: Extracted, m: Extract<RawClaim, { kind: 'share' }>, tokens: Token[], owned: Token): Token | undefined {
  const text = ex.paragraphs[m.p].text;
  const fraction = tokens.find((t) => t.kind === 'fraction' && t.start === owned.start);
  if (!fraction?.value || !fraction.whole) return undefined;
  const opener = /(?<![\p{L}])trong đó(?![\p{L}])/iu.exec(text.slice(fraction.end, m.part.token.start));
  if (!opener) return undefined;
  const from = fraction.end + opener.index;
  const end = sentenceAround(text, m.part.token.start).end;
  const shares = ex.claims.filter((c): c is Extract<RawClaim, { kind: 'share' }> => c.kind === 'share' && c.p === m.p && !c.whole && c.part.token.start > from && c.share.token.end <= end);
  const fit = (whole: Exact) => shares.filter((c) => judgeNumber(c.share.value, pct(c.part.value, whole), c.share.token.decimals ?? 0) === 'consistent').length;
  const [counted, all] = [fit(fraction.value), fit(fraction.whole)];
  if (Math.max(counted, all) < 2 || counted === all) return undefined;
  return { ...fraction, kind: 'count', value: counted > all ? fraction.value : fraction.whole };
}

/** The one allocation named as the item (own-targets.ts) that its "đạt" fits, rounds to, or is a keystroke from. */
function ownTarget(targets: Figure[], m: Extract<RawClaim, { kind: 'share' }>, d: number): { figure: Figure; exact: Exact; verdict: Verdict } | undefined {
  const readings = targets
    .map((figure) => {
      const exact = pct(m.part.value, figure.value);
      const verdict = judgeNumber(m.share.value, exact, d);
      return { figure, exact, verdict: verdict !== 'inconsistent' || typoKind(m.share.value, roundHalfUp(exact, d), d) ? verdict : undefined };
    })
    .filter((r): r is { figure: Figure; exact: Exact; verdict: Verdict } => !!r.verdict);
  return readings.length === 1 ? readings[0] : undefined;
}

function baseCandidates(ex: Extracted, group: Extracted['groups'][number], members: Extract<RawClaim, { kind: 'share' }>[]): Figure[] {
  const firstStart = members[0].part.token.start;
  const largest = members.reduce((m, x) => (x.part.value.compare(m) > 0 ? x.part.value : m), ZERO);
  const order = (f: Figure) => f.p * 1e6 + f.token.start;
  // A base is a total, never a category counted in some list of shares ("nữ 1.499" is no base for "dân tộc").
  const categories = new Set(ex.claims.filter((c) => c.kind === 'share').map((c) => `${c.p}:${(c as Extract<RawClaim, { kind: 'share' }>).part.token.start}`));
  // A base counts what its parts count: "08 tổ chức" is no share of "5.274 đảng viên".
  const unitOf = (f: Figure) => unitAfter(ex.paragraphs[f.p].text, f.token);
  const partUnit = members.map((m) => unitOf(m.part)).find(Boolean);
  // A value compared with ("tăng 8.270 người so với đầu nhiệm kỳ (78.150 hội viên)") is the whole of another period:
  // no base of the report's own shares, unless they too are of that period.
  const sharesOfOther = members.some((m) => ofOtherPeriod(ex.paragraphs[m.p].text, m.part.token));
  // Nor is a figure with no unit ("143 công trình", "năm 2023: 11.290") one that money or a measure is a share of: the
  // clerk takes such a base only where the amount is written as one.
  const measured = partUnit?.cls === 'money' || partUnit?.cls === 'measure';
  const before = ex.figures.filter((f) => (f.p < group.p || (f.p === group.p && f.token.start < firstStart)) && f.value.compare(largest) >= 0 && !categories.has(`${f.p}:${f.token.start}`) && !unitsDiffer(unitOf(f), partUnit) && (!measured || !!unitOf(f)) && (sharesOfOther || !ofOtherPeriod(ex.paragraphs[f.p].text, f.token)));
  const out: Figure[] = [];
  // A category that opens a list of its own after its share ("đạt 1.486,3 tỷ đồng, chiếm 43,51% thu nội địa …; chia ra:
  // Chi cục Thuế khu vực I 612,4 tỷ đồng, chiếm 41,20%; …") is that list's whole.
  const text = ex.paragraphs[group.p].text;
  const opener = ex.claims.filter((c): c is Extract<RawClaim, { kind: 'share' }> => c.kind === 'share' && c.p === group.p && c.share.token.end < firstStart && c.part.value.compare(largest) >= 0).at(-1);
  const gap = text.slice(opener?.share.token.end ?? 0, firstStart);
  if (opener && LIST_OPENER.test(gap) && !/\d/u.test(gap)) {
    const f = ex.figures.find((x) => x.p === group.p && x.token.start === opener.part.token.start);
    if (f && !unitsDiffer(unitOf(f), partUnit)) out.push(f);
  }
  // The figure opening the list too: "108/112 ấp, …; toàn bộ các xã …, trong đó 07 xã …" opens no list of communes.
  for (const intro of [group.intro, group.introWhole]) if (intro && !foreignBase(ex, intro, members)) out.push(intro);
  // Nearest first: the same paragraph, then earlier ones; a document's main total is usually among them.
  for (const f of before.sort((a, b) => order(b) - order(a))) if (!out.some((o) => o.value.equals(f.value))) out.push(f);
  // A whole written after its list in the same paragraph ("BCG 2.398 trẻ (97,36%); … Số trẻ dưới 1 tuổi trong diện tiêm là
  // 2.463 trẻ"): a candidate only as far as the list's shares bear it out.
  const lastShare = members.at(-1)!.share.token.end;
  const noun = (f: Figure) => wordAfter(ex.paragraphs[f.p].text, f.token.end);
  const counted = noun(members[0].part);
  const after = ex.figures.filter((f) => f.p === group.p && f.token.start > lastShare && f.value.compare(largest) >= 0 && !categories.has(`${f.p}:${f.token.start}`) && !!counted && members.every((x) => noun(x.part) === counted) && noun(f) === counted);
  return [...out.slice(0, 12), ...after.filter((f) => !out.some((o) => o.value.equals(f.value))).slice(0, 2)];
}

/**
 * A figure that cannot be the whole of a list's parts: it counts another class of thing, or places of another level
 * ("108/112 ấp" for "07 xã"). A person of one kind may be counted among persons of another ("3.874 đảng viên, trong đó
 * 1.207 cấp ủy viên").
 */
function foreignBase(ex: Extracted, base: Figure, members: Extract<RawClaim, { kind: 'share' }>[]): boolean {
  const unit = unitAfter(ex.paragraphs[base.p].text, base.token);
  const partUnit = members.map((m) => unitAfter(ex.paragraphs[m.p].text, m.part.token)).find(Boolean);
  return unitsDiffer(unit, partUnit) && (unit!.cls !== partUnit!.cls || partUnit!.cls === 'place');
}

/**
 * The sum of a list's counts, standing for a written total that is its slip ("xếp loại 3.963 đảng viên: … 622 …,
 * chiếm 15,80%; …" where the grades add up to 3.936 and every share is of 3.936). Only for a list whose shares make
 * 100 % and all fit that sum; the figure keeps the written total's place, so its breakdown is judged once, as written.
 */
function wholeOfParts(members: Extract<RawClaim, { kind: 'share' }>[], candidates: Figure[], figures: Figure[]): { whole: Figure; written: Figure } | undefined {
  if (members.length < 2) return undefined;
  const parts = sum(members.map((m) => m.part.value));
  if (sum(members.map((m) => m.share.value)).sub(HUNDRED).abs().compare(shareTolerance(members)) > 0) return undefined;
  if (!members.every((m) => judgeNumber(m.share.value, pct(m.part.value, parts), m.share.token.decimals ?? 0) !== 'inconsistent')) return undefined;
  const written = candidates.find((c) => !c.value.equals(parts) && typoKind(c.value, parts, dp(c)));
  if (!written || candidates.some((c) => c.value.equals(parts))) return undefined;
  // "…, trên 45 tuổi 497 người (14,54%); tổng số 3.418 người": a list that writes its own total is of that total.
  if (figures.some((f) => f.p === members[0].p && f.value.equals(parts) && !members.some((m) => m.part.p === f.p && m.part.token.start === f.token.start))) return undefined;
  if (members.filter((m) => judgeNumber(m.share.value, pct(m.part.value, written.value), m.share.token.decimals ?? 0) === 'inconsistent').length < 2) return undefined;
  return { whole: { ...written, value: parts }, written };
}

/** How far a list's shares may add up from 100 % by rounding alone: half a unit of each share's last digit. */
function shareTolerance(members: Extract<RawClaim, { kind: 'share' }>[]): Exact {
  return sum(members.map((m) => unit(m.share.token.decimals ?? 0).div(2)));
}

const STOP = /^(là|có|với|của|các|và|được|hiện|toàn|tỉnh|huyện|số|trong|đó|đến|ngày|tổng)$/iu;
const POPULATION = /đảng viên|tổ chức|chi bộ|đảng bộ|cán bộ|cấp ủy|đồng chí|hội viên|đoàn viên|huy hiệu|lượt|đơn vị/iu;
const UNIT_AFTER = /^\s*(đảng viên|đồng chí|tổ chức(?: cơ sở)?(?: đảng)?|chi bộ|đảng bộ|cán bộ|người|lượt|đơn vị|huy hiệu|phòng|xã|ấp)/iu;

/** The same quantity, by its label, written with two values where the same date is in force. */
function crossReferences(ex: Extracted, say: ReturnType<typeof proseMessages>, fmt: (v: Exact, d?: number, percent?: boolean) => string): Judged[] {
  const out: Judged[] = [];
  const byLabel = new Map<string, Figure[]>();
  const unitOf = (f: Figure) => (UNIT_AFTER.exec(ex.paragraphs[f.p].text.slice(f.token.end))?.[1] ?? '').toLowerCase();
  for (const f of ex.figures) {
    const words = f.label.toLowerCase().split(/\s+/).filter((w) => w && !STOP.test(w));
    // A bare category ("trung học cơ sở") belongs to whatever population its list counts: not comparable.
    if (words.length < 4 || !POPULATION.test(f.label)) continue;
    const key = words.join(' ');
    byLabel.set(key, [...(byLabel.get(key) ?? []), f]);
  }
  // The date in force: the last one named before the figure in its paragraph.
  const dateOf = (f: Figure) => periodsIn(ex.paragraphs[f.p].text.slice(0, f.token.start)).at(-1)?.label ?? '';
  for (const [, list] of byLabel) {
    for (let i = 1; i < list.length; i++) {
      const a = list[0];
      const b = list[i];
      // Different units after the figures ("36 đảng viên", "13 tổ chức") are different things.
      const units = [unitOf(a), unitOf(b)];
      if (a.value.equals(b.value) || dateOf(a) !== dateOf(b) || (units[0] && units[1] && units[0] !== units[1])) continue;
      // Two labels alike may name two quantities that differ by chance: only a keystroke slip is reported, and a single
      // digit only between the body and a footnote restating it.
      if (!restatedSlip(a.value, b.value, (ex.paragraphs[a.p].location === 'body') !== (ex.paragraphs[b.p].location === 'body'))) continue;
      out.push({ raw: { kind: 'cross', p: b.p, figures: [a, b] }, figures: [b, a], kind: 'cross', verdict: 'inconsistent', stated: b.value, expected: a.value, decimals: 0, percent: false, detail: say.cross(b.label, fmt(b.value), fmt(a.value), where(ex.paragraphs[a.p])), candidates: [{ figure: b, value: a.value }, { figure: a, value: b.value }] });
    }
  }
  return out;
}

const normalize = (label: string) =>
  label
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w && !STOP.test(w))
    .join(' ');

/** A prose figure whose label is a table row's label: the cell of the period the sentence names, else the latest. */
function againstTables(ex: Extracted, tables: TableFigure[], say: ReturnType<typeof proseMessages>, fmt: (v: Exact, d?: number, percent?: boolean) => string): Judged[] {
  const out: Judged[] = [];
  for (const f of ex.figures) {
    const label = normalize(f.label);
    if (label.split(' ').length < 2) continue;
    const rows = tables.filter((t) => normalize(t.label) === label);
    if (!rows.length) continue;
    const named = periodsIn(ex.paragraphs[f.p].text.slice(0, f.token.start)).at(-1)?.label;
    const periods = [...new Set(rows.map((r) => r.period ?? ''))].sort();
    const row = rows.find((r) => named && r.period === named) ?? rows.find((r) => (r.period ?? '') === periods.at(-1));
    if (!row || row.value.equals(f.value)) continue;
    const cell = { ...f, token: { ...f.token } };
    out.push({ raw: { kind: 'cross', p: f.p, figures: [cell] }, figures: [cell], kind: 'cross', verdict: 'inconsistent', stated: f.value, expected: row.value, decimals: 0, percent: false, detail: say.table(f.label, fmt(f.value), fmt(row.value), row.where), candidates: [{ figure: cell, value: row.value }] });
  }
  return out;
}

/**
 * A footnote or an annex restating a body figure with a slip. The mention a right claim confirms (a breakdown
 * that adds up, a share that fits) is taken as written correctly; the other one is reported.
 */
function repeatedQuantities(ex: Extracted, judged: Judged[], say: ReturnType<typeof proseMessages>, fmt: (v: Exact, d?: number, percent?: boolean) => string): Judged[] {
  const at = (p: number, start: number) => `${p}:${start}`;
  // A part no larger than its whole confirms nothing: almost any figure passes it.
  const confirmed = new Set(judged.filter((j) => j.verdict === 'consistent' && j.kind !== 'cross' && j.kind !== 'subset' && j.kind !== 'fraction').flatMap((j) => j.figures.map((f) => at(f.p, f.token.start))));
  // A figure another claim already finds wrong ("550 (179, 326)") needs no second report.
  // A wrong change blames the change it states, not the values it is computed from: a value may still be a slip of
  // the same quantity written elsewhere.
  // A wrong sum one of whose parts alone is a keystroke from the value that makes it hold blames that part: its total
  // ("Chia theo trình độ, 32.418 lao động gồm: …" with 1.412 for 1.142) is not found wrong, and may still be the figure
  // a summary restates mistyped.
  const blamed = (j: Judged): Figure[] => {
    if (j.kind === 'difference' && j.raw.kind === 'difference') return j.raw.deltas;
    const keystrokes = j.kind === 'sum' && j.raw.kind === 'sum' ? j.candidates.filter((c) => typoKind(c.figure.value, c.value, c.figure.token.decimals ?? 0)) : [];
    return j.raw.kind === 'sum' && keystrokes.length === 1 && keystrokes[0].figure !== j.raw.total ? [keystrokes[0].figure] : j.figures;
  };
  const reported = new Set(judged.filter((j) => j.kind === 'cross' || (j.verdict === 'inconsistent' && ['sum', 'subset', 'difference'].includes(j.kind))).flatMap((j) => blamed(j).map((f) => at(f.p, f.token.start))));
  const mentions = mentionsFor(ex);
  const dates = stockDates(ex.paragraphs);
  const reviewed = reportPeriod(ex.paragraphs)?.label ?? '';
  const out: Judged[] = [];
  const figure = (m: Mention): Figure => {
    const text = ex.paragraphs[m.p].text;
    const from = Math.max(sentenceAround(text, m.token.start).start, m.token.start - 60);
    // The label starts on a whole word: "ận trước thuế 42,7 tỷ đồng" names nothing.
    const head = text.slice(from, m.token.start);
    const label = (from > 0 && /\S/u.test(text[from - 1]) ? head.replace(/^\S*\s/u, '') : head).replace(/^[^\p{L}]*/u, '').trim();
    return { p: m.p, token: m.token, value: m.token.value!, label: label || m.token.text };
  };
  for (let i = 0; i < mentions.length; i++) {
    for (let k = i + 1; k < mentions.length; k++) {
      const [a, b] = [mentions[i], mentions[k]];
      if (!sameQuantity(a, b, dates, reviewed)) continue;
      const ka = at(a.p, a.token.start);
      const kb = at(b.p, b.token.start);
      if (reported.has(ka) || reported.has(kb)) continue;
      // The mention nothing else confirms is the one to fix; with both or neither confirmed, the later one.
      const [wrong, right] = confirmed.has(kb) && !confirmed.has(ka) ? [a, b] : [b, a];
      // Its value written again of the same noun ("734 đồng hồ nước cho hộ dân và 743 đồng hồ nước cho cơ quan"): that
      // figure restated, not this one mistyped.
      if (wrong.echoed) continue;
      // The value it would be corrected to written in its own sentence ("sản lượng thép cán đạt 386.930 tấn, thép thành
      // phẩm nhập kho 386.390 tấn"): the sentence restates that quantity already, this figure is another.
      const text = ex.paragraphs[wrong.p].text;
      const sentence = sentenceAround(text, wrong.token.start);
      if (mentions.some((x) => x.p === wrong.p && x !== wrong && x.token.start >= sentence.start && x.token.end <= sentence.end && x.token.value!.equals(right.token.value!))) continue;
      const w = figure(wrong);
      const r = figure(right);
      reported.add(ka).add(kb);
      const d = Math.max(w.token.decimals ?? 0, r.token.decimals ?? 0);
      out.push({ raw: { kind: 'cross', p: w.p, figures: [w, r] }, figures: [w, r], kind: 'cross', verdict: 'inconsistent', stated: w.value, expected: r.value, decimals: d, percent: false, detail: say.cross(w.label, fmt(w.value, d), fmt(r.value, d), where(ex.paragraphs[r.p])), candidates: [{ figure: w, value: r.value }], quoteEnd: wrong.datedUntil });
    }
  }
  return out;
}

/**
 * A figure of another period than the sentence's: in the parenthesis of a comparison, or in one naming its period
 * ("9.864 người … (năm 2022 là 8.950 người)").
 */
/**
 * A rate named in words stated twice (restated-rates.ts): the same value is one reading more; two neighbouring digits
 * swapped is one of them mistyped — the one no other claim confirms, else the later.
 */
function restatedRates(ex: Extracted, judged: Judged[], say: ReturnType<typeof proseMessages>, fmt: (v: Exact, d?: number, percent?: boolean) => string): Judged[] {
  const at = (p: number, start: number) => `${p}:${start}`;
  const confirmed = new Set(judged.filter((j) => j.verdict === 'consistent' && j.kind !== 'cross').flatMap((j) => j.figures.map((f) => at(f.p, f.token.start))));
  const reported = new Set(judged.filter((j) => j.verdict === 'inconsistent' || j.verdict === 'rounding').flatMap((j) => j.figures.map((f) => at(f.p, f.token.start))));
  const rates = ratedMentions(ex.paragraphs);
  const out: Judged[] = [];
  const figure = (m: RatedMention): Figure => ({ p: m.p, token: m.token, value: m.token.value!, label: m.label });
  for (let i = 0; i < rates.length; i++) {
    for (let k = i + 1; k < rates.length; k++) {
      const [a, b] = [rates[i], rates[k]];
      if (!sameRate(a, b)) continue;
      const d = Math.max(a.token.decimals ?? 0, b.token.decimals ?? 0);
      const same = a.token.value!.equals(b.token.value!);
      if (!same && typoKind(a.token.value!, b.token.value!, d) !== 'transposition') continue;
      if (reported.has(at(a.p, a.token.start)) || reported.has(at(b.p, b.token.start))) continue;
      const [wrong, right] = confirmed.has(at(b.p, b.token.start)) && !confirmed.has(at(a.p, a.token.start)) ? [a, b] : [b, a];
      const [w, r] = [figure(wrong), figure(right)];
      if (!same) reported.add(at(w.p, w.token.start));
      out.push({ raw: { kind: 'cross', p: w.p, figures: [w, r] }, figures: [w, r], kind: 'cross', verdict: same ? 'consistent' : 'inconsistent', stated: w.value, expected: r.value, decimals: d, percent: true, detail: same ? say.crossOk(w.label, fmt(w.value, d, true), where(ex.paragraphs[r.p])) : say.cross(w.label, fmt(w.value, d, true), fmt(r.value, d, true), where(ex.paragraphs[r.p])), candidates: same ? [] : [{ figure: w, value: r.value }] });
    }
  }
  return out;
}

function ofOtherPeriod(text: string, t: Token): boolean {
  if (inComparedParen(text, t)) return true;
  const head = text.slice(0, t.start);
  const open = head.lastIndexOf('(');
  return open > head.lastIndexOf(')') && /^\s*(?:năm\s+(?:19|20)\d{2}|cùng kỳ|năm trước|kỳ trước|đầu năm|đầu nhiệm kỳ|nhiệm kỳ trước)(?![\p{L}])[^()]{0,20}$/iu.test(head.slice(open + 1));
}

/** A figure inside the parenthesis of a comparison ("so với năm 2023 (155.102 người, …"). */
function inComparedParen(text: string, t: Token): boolean {
  const head = text.slice(0, t.start);
  const open = head.lastIndexOf('(');
  return open > head.lastIndexOf(')') && /so với[^,;()]{0,40}$/iu.test(head.slice(Math.max(0, open - 60), open));
}

/** A figure of the change's sentence, of its unit, whose gap with one of the change's values is the change written. */
function gapWith(ex: Extracted, raw: Extract<RawClaim, { kind: 'difference' }>, stated: Exact): Figure | undefined {
  const text = ex.paragraphs[raw.to.p].text;
  // Only another value compared with ("so với thời điểm 31/12/2023 (1.039,1 tỷ đồng)") is a figure a change is taken of.
  if (raw.from.p !== raw.to.p || raw.remainder) return undefined;
  const { start, end } = sentenceAround(text, raw.deltas[0].token.start);
  const unit = unitAfter(text, raw.to.token);
  return ex.figures.find(
    (f) =>
      f.p === raw.to.p && f.token.start >= start && f.token.end <= end && f !== raw.from && f !== raw.to && f.token.start !== raw.deltas[0].token.start && inComparedParen(text, f.token) && !unitsDiffer(unitAfter(text, f.token), unit) &&
      [raw.from, raw.to].some((x) => x.value.sub(f.value).abs().equals(stated)),
  );
}

/** The value a figure is compared with in its own sentence ("86.420 người, tăng 8.270 người so với đầu nhiệm kỳ (78.150 hội viên)"). */
function comparedWith(ex: Extracted, base: Figure): Figure | undefined {
  const text = ex.paragraphs[base.p].text;
  const end = sentenceAround(text, base.token.start).end;
  const unit = unitAfter(text, base.token);
  return ex.figures.find((f) => f.p === base.p && f.token.start > base.token.end && f.token.end <= end && ofOtherPeriod(text, f.token) && !unitsDiffer(unitAfter(text, f.token), unit) && !f.value.equals(ZERO));
}

/** Whether a base stands in the sentence of the part it is the whole of, before it. */
/**
 * Whether a share's part names another thing than its base counts: a count with no unit of its own whose noun is not
 * the base's unit, or money and measures named with no word of the base's name.
 */
function countsOtherNoun(ex: Extracted, base: Figure, members: Extract<RawClaim, { kind: 'share' }>[]): boolean {
  const unit = unitAfter(ex.paragraphs[base.p].text, base.token);
  const counted = unit?.word;
  // Money and measures name what they are of before the figure ("Tổng doanh thu … 96,84 tỷ đồng" … "chi phí nhiên liệu
  // 9,64 tỷ đồng, chiếm 10,31%"): a part whose name shares no word with the base's is of another whole.
  if (unit && (unit.cls === 'money' || unit.cls === 'measure')) {
    const named = new Set(contentWords(base.label));
    return named.size > 0 && members.some((m) => { const own = contentWords(m.part.label); return own.length > 0 && !own.some((w) => named.has(w)); });
  }
  return !!counted && members.some((m) => {
    const text = ex.paragraphs[m.p].text;
    const noun = nounAfter(text, m.part.token.end);
    return !unitAfter(text, m.part.token) && !!noun && noun.split(' ')[0] !== counted.split(' ')[0];
  });
}

/** The sum of the complete breakdown written of a figure, when it is not the figure: that total is mistyped. */
/**
 * Items of a whole's own breakdown whose sum a share fits exactly, two or more and not all of them, or undefined: the
 * share may be of that subtotal.
 */
function subtotalFit(ex: Extracted, base: Figure, m: Extract<RawClaim, { kind: 'share' }>): Figure[] | undefined {
  const breakdown = ex.claims.find((c): c is Extract<RawClaim, { kind: 'sum' | 'subset' }> => c.kind === 'sum' && !c.overlap && c.total.p === base.p && c.total.token.start === base.token.start);
  const items = breakdown?.parts ?? [];
  // A share of one of the items is of the whole its list breaks down: a subtotal holding that item fits by chance.
  if (items.length < 3 || items.length > 8 || items.some((x) => x.p === m.part.p && x.token.start === m.part.token.start)) return undefined;
  const d = m.share.token.decimals ?? 0;
  for (let mask = 1; mask < (1 << items.length) - 1; mask++) {
    const chosen = items.filter((_, i) => mask & (1 << i));
    if (chosen.length < 2) continue;
    const total = sum(chosen.map((x) => x.value));
    if (total.compare(m.part.value) >= 0 && judgeNumber(m.share.value, pct(m.part.value, total), d) === 'consistent') return chosen;
  }
  return undefined;
}

/**
 * The whole a fraction meant, when its own share shows the written one a slip: the one keystroke from the written whole
 * that the fraction's stated share fits exactly ("341/365 …, đạt 95,79%": 356).
 */
function meantWhole(own: Extract<RawClaim, { kind: 'share' }>): Exact | undefined {
  if (!own.whole || own.part.token.kind !== 'fraction') return undefined;
  const d = own.share.token.decimals ?? 0;
  const fits = (w: Exact) => w.compare(own.part.value) >= 0 && judgeNumber(own.share.value, pct(own.part.value, w), d) === 'consistent';
  if (fits(own.whole)) return undefined;
  const meant = typoNeighbours(own.whole, 0).filter((w) => !w.equals(ZERO) && fits(w));
  return meant.length === 1 ? meant[0] : undefined;
}

/** The whole meant by the fraction a base is the written whole of, when that fraction's share shows it mistyped. */
function slippedWhole(ex: Extracted, base: Figure): Exact | undefined {
  const within = (t: Token) => t.start <= base.token.start && base.token.end <= t.end;
  const own = ex.claims.find((c): c is Extract<RawClaim, { kind: 'share' }> => c.kind === 'share' && c.p === base.p && !!c.whole && c.whole.equals(base.value) && c.part.token.kind === 'fraction' && within(c.part.token));
  return own && meantWhole(own);
}

function breakdownSum(ex: Extracted, total: Figure): Exact | undefined {
  const breakdown = ex.claims.find((c): c is Extract<RawClaim, { kind: 'sum' | 'subset' }> => c.kind === 'sum' && !c.overlap && c.total.p === total.p && c.total.token.start === total.token.start);
  const parts = breakdown && sum(breakdown.parts.map((x) => x.value));
  return parts && !parts.equals(total.value) ? parts : undefined;
}

function inSentence(ex: Extracted, base: Figure, part: Figure): boolean {
  return base.p === part.p && base.token.start < part.token.start && base.token.start >= sentenceAround(ex.paragraphs[part.p].text, part.token.start).start;
}

/** Two values more than half apart, neither a keyboard slip of the other. */
function farApart(a: Exact, b: Exact, decimals: number): boolean {
  const [small, large] = a.compare(b) <= 0 ? [a, b] : [b, a];
  return large.compare(small.mul(3).div(2)) > 0 && !typoKind(a, b, decimals);
}

function where(p: Paragraph): string {
  return p.location === 'body' ? `đoạn ${p.paragraph}` : `chú thích ${p.location.slice(9)}`;
}

function report(judged: Judged[], ex: Extracted, say: ReturnType<typeof proseMessages>, fmt: (v: Exact, d?: number, percent?: boolean) => string): ProseClaim[] {
  // A figure in several wrong claims is the prime suspect.
  const failing = judged.filter((j) => j.verdict === 'inconsistent');
  // Claims build their own Figure objects: a figure is known by where it stands.
  const at = (f: Figure) => `${f.p}:${f.token.start}`;
  const suspicion = new Map<string, number>();
  for (const j of failing) for (const f of new Set(j.figures.map(at))) suspicion.set(f, (suspicion.get(f) ?? 0) + 1);
  // A figure that a right breakdown confirms (654 = 414 + 227 + 13) is not the one to change.
  const confirmed = new Set(judged.filter((j) => j.verdict === 'consistent' && j.kind === 'sum').flatMap((j) => j.figures.map(at)));
  return judged.map((j) => {
    const para = ex.paragraphs[j.raw.p];
    const spans = j.figures.filter((f) => f.p === j.raw.p && f !== j.base).map((f) => f.token);
    const first = Math.min(...spans.map((t) => t.start));
    const until = j.raw.kind === 'difference' ? j.raw.until ?? 0 : 0;
    const end = Math.max(...spans.map((t) => t.end), until, j.quoteEnd ?? 0);
    // From the start of the claim's own clause (its label), at most a few words back.
    const clause = Math.max(...[';', '.', '(', ':'].map((c) => para.text.lastIndexOf(c, first - 1))) + 1;
    const start = Math.max(clause, first - 60);
    const quote = para.text.slice(wordStart(para.text, start), end).trim();
    let fix: ProseClaim['fix'] = null;
    let message = j.detail;
    if (j.verdict === 'inconsistent' || j.verdict === 'rounding') {
      const ranked = j.candidates
        .map((c) => {
          const d = c.figure.token.decimals ?? 0;
          const why = classifyFix(c.figure.value, c.value, d, { exact: c.exact, otherBases: (j as Judged & { otherBases?: Exact[] }).otherBases });
          return { ...c, why, score: REASON_STRENGTH[why] * 10 + (suspicion.get(at(c.figure)) ?? 0) * 5 + (typoKind(c.figure.value, c.value, d) ? 1 : 0) - (confirmed.has(at(c.figure)) ? 4 : 0) };
        })
        .sort((a, b) => b.score - a.score);
      const top = ranked[0];
      if (top && (ranked.length === 1 || top.score > ranked[1].score)) {
        const f = top.figure;
        const d = f.token.decimals ?? 0;
        const pctSign = f.token.kind === 'percent';
        const loc = ex.paragraphs[f.p];
        fix = { text: f.token.text, value: fmt(top.value, d, pctSign), why: top.why, start: f.token.start, end: f.token.end, paragraph: loc.paragraph, location: loc.location };
        message += `. ${say.fix(f.token.text, fix.value, top.why, suspicion.get(at(f)) ?? 0)}`;
      }
    }
    // A base that is the sum of a breakdown, not a figure written, says so in its own words.
    if (j.base && j.raw.kind === 'share' && !(j.base.token.value && !j.base.token.value.equals(j.base.value))) message += ` ${say.base(fmt(j.base.value, dp(j.base)), where(ex.paragraphs[j.base.p]), j.baseName?.figure ? j.baseName.words : undefined)}`;
    if (j.baseName && !j.baseName.figure && j.verdict === 'ambiguous') message += say.unnamedBase(j.baseName.words);
    return {
      location: para.location,
      paragraph: para.paragraph,
      line: lineOf(para, first),
      quote,
      start: wordStart(para.text, start),
      end,
      kind: j.kind,
      verdict: j.verdict,
      stated: j.kind === 'term-label' ? (j as Judged & { labels: string[] }).labels[0] : fmt(j.stated, j.decimals, j.percent),
      expected: j.kind === 'term-label' ? (j as Judged & { labels: string[] }).labels[1] : fmt(j.expected, j.decimals, j.percent),
      message,
      base: j.base ? fmt(j.base.value) : undefined,
      fix,
    };
  });
}

function wordStart(text: string, at: number): number {
  if (at <= 0 || /\s/.test(text[at - 1] ?? ' ')) return Math.max(at, 0);
  return text.lastIndexOf(' ', at) + 1;
}

function summarize(judged: Judged[]): ScanResult['summary'] {
  const n = (v: Verdict) => judged.filter((j) => j.verdict === v).length;
  return { claims: judged.length, consistent: n('consistent'), rounding: n('rounding'), inconsistent: n('inconsistent'), ambiguous: n('ambiguous') };
}

// Names that say only the unit ("tổng số đảng viên", "số đồng chí") do not pick one figure out of the text.
const GENERIC = new Set(['hộ', 'đảng', 'viên', 'đồng', 'chí', 'người', 'cán', 'bộ', 'chi', 'tổ', 'chức', 'cơ', 'sở', 'đơn', 'vị', 'toàn', 'tỉnh', 'huyện', 'xã']);

// A document's mentions, read once for the restatements and the wholes named by their unit alone.
const mentionsOf = new WeakMap<Extracted, Mention[]>();
function mentionsFor(ex: Extracted): Mention[] {
  if (!mentionsOf.has(ex)) mentionsOf.set(ex, mentionsIn(ex.paragraphs));
  return mentionsOf.get(ex)!;
}

/**
 * The one figure of the body, before the share, that counts the unit its name says and nothing narrower: its own noun
 * phrase is the unit alone ("với 48.012 hộ", not "1.046 hộ nghèo" nor "kết nạp 58 đảng viên"), of the part's period.
 * Two such figures of different values, and the whole is not known.
 */
function bareWhole(ex: Extracted, m: Extract<RawClaim, { kind: 'share' }>, name: string): Figure | undefined {
  const unit = unitOf(name);
  if (!unit) return undefined;
  const mentions = mentionsFor(ex);
  const unitWords = new Set(unit.word.split(' '));
  const own = mentions.find((x) => x.p === m.p && x.token.start === m.part.token.start);
  const before = (x: Mention) => x.p < m.p || (x.p === m.p && x.token.start < m.part.token.start);
  const bare = mentions.filter((x) => before(x) && !x.note && x.unit?.word === unit.word && [...x.key].every((w) => unitWords.has(w)) && x.token.value!.compare(m.part.value) > 0 && (!own?.period || !x.period || x.period === own.period));
  const values = new Set(bare.map((x) => x.token.value!.toString()));
  if (values.size !== 1) return undefined;
  const x = bare.at(-1)!;
  return ex.figures.find((f) => f.p === x.p && f.token.start === x.token.start) ?? { p: x.p, token: x.token, value: x.token.value!, label: '' };
}

/** Whether the clause before a figure calls it the total of a name ("Tổng số lượt khám bệnh năm 2024 là 184.367"). */
function titledTotal(text: string, t: Token, words: string[]): boolean {
  const head = text.slice(0, t.start);
  const clause = head.slice(Math.max(head.lastIndexOf(','), head.lastIndexOf(';'), head.lastIndexOf('. '), head.lastIndexOf('('), head.lastIndexOf(':')) + 1);
  const title = /(?<![\p{L}])tổng\s+số\s+((?:[^\d]|(?:19|20)\d{2}(?!\d))*)$/iu.exec(clause);
  if (!title) return false;
  const have = new Set(contentWords(title[1], true));
  return words.every((w) => have.has(w));
}

/**
 * The base a share names in words ("chiếm 63,64% số đảng viên có vi phạm"): the nearest earlier figure larger than
 * the part whose noun phrase holds every word of the name, or the figure written with the name; `unknown` when the
 * share names a particular base and no figure answers to it.
 */
function baseByName(ex: Extracted, m: Extract<RawClaim, { kind: 'share' }>, tokens: Token[]): { figure?: Figure; unknown: boolean; unanswered?: { words: string; end?: number }; words?: string; end?: number; total?: boolean } {
  const text = ex.paragraphs[m.p].text;
  const named = namedBaseOf(text, tokens, m.part.token, m.share.token);
  if (!named) return { unknown: false };
  if (named.written) return { figure: ex.figures.find((f) => f.p === m.p && f.token.start === named.written!.start), unknown: false, words: named.words, end: named.end };
  if (named.widened) return { unknown: true, words: named.words, end: named.end };
  const words = contentWords(named.words);
  if (words.every((w) => GENERIC.has(w))) {
    // "chiếm 2,18% tổng số hộ": a name that says only the unit is the whole the report states of that unit, when the
    // body states one such figure and no other ("… dân số 179.900 người với 48.012 hộ").
    const whole = bareWhole(ex, m, named.words);
    return whole ? { figure: whole, unknown: false, words: named.words, end: named.end } : { unknown: false };
  }
  const order = (f: Figure) => f.p * 1e6 + f.token.start;
  // Counts, and the parts of fractions ("3.498/3.556 đảng viên tham gia học tập": 3.498 took part) — or their wholes,
  // for a name saying "tổng số" ("9.005/11.482 nạn nhân được khám …" and "chiếm 35,75% tổng số nạn nhân": 11.482).
  const ofTotal = /^\s*(?:của\s+)?tổng\s+số(?![\p{L}])/iu.test(ex.paragraphs[m.p].text.slice(m.share.token.end));
  const parts = ex.claims.filter((c): c is Extract<RawClaim, { kind: 'fraction' }> => c.kind === 'fraction').map((c) => (ofTotal && c.figure.token.whole ? { ...c.figure, value: c.figure.token.whole } : c.figure));
  // The figure counts what the name counts: "số tổ chức đảng được kiểm tra" is no count of members inspected.
  const namedUnit = unitOf(named.words);
  // A figure that is itself a share of a whole of that name ("cho 88.640 đoàn viên, đạt 92,12% tổng số đoàn viên") is
  // a part of it, never the whole.
  const same = (x: string[]) => x.length === words.length && x.every((w) => words.includes(w));
  const sharesAt = new Map<string, Extract<RawClaim, { kind: 'share' }>[]>();
  for (const c of ex.claims) if (c.kind === 'share') sharesAt.set(`${c.p}:${c.part.token.start}`, [...(sharesAt.get(`${c.p}:${c.part.token.start}`) ?? []), c]);
  const partOfName = (f: Figure) =>
    (sharesAt.get(`${f.p}:${f.token.start}`) ?? []).some((c) => {
      const text = ex.paragraphs[c.p].text;
      const name = namedBaseOf(text, tokenize(text), c.part.token, c.share.token);
      return !!name && !name.written && same(contentWords(name.words));
    });
  // "trong đó Phật giáo 238.415 tín đồ (57,76%), …, Tin lành 18.642 tín đồ, bằng 1,24% tổng số tín đồ": an item of the
  // breakdown the share's own part is an item of is its sibling, never the whole the name counts.
  const at = (x: Figure, f: Figure) => x.p === f.p && x.token.start === f.token.start;
  // A name saying "tổng số" asks for the whole: no item of the share's own list of shares is that (and see `total` below).
  const sibling = (f: Figure) =>
    ex.claims.some((c) => ((c.kind === 'sum' || c.kind === 'subset') && c.parts.some((x) => at(x, f)) && c.parts.some((x) => at(x, m.part))) || (ofTotal && c.kind === 'share' && c !== m && c.group >= 0 && c.group === m.group && at(c.part, f)));
  // An amount of money or a measure is a share of an amount in that kind of unit, never of a count ("41,86 tỷ đồng, chiếm
  // 45,22% giá trị hợp đồng" is not of "127 hợp đồng").
  const partUnit = unitAfter(ex.paragraphs[m.part.p].text, m.part.token);
  const amountLike = (f: Figure) => !(partUnit?.cls === 'money' || partUnit?.cls === 'measure') || unitAfter(ex.paragraphs[f.p].text, f.token)?.cls === partUnit.cls;
  const before = [...ex.figures, ...parts]
    .filter((f) => order(f) < order(m.part) && f.value.compare(m.part.value) > 0 && !unitsDiffer(unitAfter(ex.paragraphs[f.p].text, f.token), namedUnit) && amountLike(f) && !partOfName(f) && !sibling(f))
    .sort((a, b) => order(b) - order(a));
  // "xổ số truyền thống 921,35 tỷ đồng, chiếm 95,73%; xổ số lô tô 28,64 tỷ đồng, chiếm 3,11% tổng doanh thu; …; cộng
  // 962,48 tỷ đồng": a whole named "tổng …" in a list its items add up to, closed by the total written after them, is
  // that total.
  const closing = /^\s*(?:của\s+)?tổng(?![\p{L}])/iu.test(ex.paragraphs[m.p].text.slice(m.share.token.end))
    ? ex.claims.find((c): c is Extract<RawClaim, { kind: 'sum' | 'subset' }> => c.kind === 'sum' && c.how === 'closing' && c.parts.some((x) => at(x, m.part)) && sum(c.parts.map((x) => x.value)).equals(c.total.value))
    : undefined;
  if (closing) return { figure: closing.total, unknown: false, words: named.words, end: named.end };
  const years = yearsIn(named.words);
  // Several figures may answer to the name (members at two dates, of two bodies): the one the share fits, if any, is
  // the one meant; else the nearest.
  const fits = (f: Figure) => judgeNumber(m.share.value, pct(m.part.value, f.value), m.share.token.decimals ?? 0) !== 'inconsistent';
  // One whose noun after it says the name answers before one whose clause does; but a figure the clause names that the
  // share fits ("Tổng số đoàn viên là 5.937 người") is meant before one named after it that it does not ("Đầu nhiệm
  // kỳ, … 4.862 đoàn viên").
  const aspects = aspectsIn(named.words);
  const answering = before.filter((f) => answersTo(ex.paragraphs[f.p].text, f.token, words, false, years, aspects));
  // Of two figures answering to the name, one that with the share's part makes the other ("Lấy 620 mẫu …, kết quả 596 mẫu
  // âm tính, 24 mẫu dương tính, chiếm 4,03% tổng số mẫu") is the part's sibling, not its whole.
  const inWhole = (f: Figure) => answering.some((t) => t !== f && t.value.equals(f.value.add(m.part.value)));
  const strict = before.filter((f) => !inWhole(f) && answersTo(ex.paragraphs[f.p].text, f.token, words, true, years, aspects));
  const loose = before.filter((f) => !strict.includes(f) && !inWhole(f) && answering.includes(f));
  // With none, a part of a "trong đó" list named by its whole's words and its own.
  if (!strict.length && !loose.length) loose.push(...before.filter((f) => !years.length && answersAsPart(ex.paragraphs[f.p].text, f.token, words)));
  // A name without a time is of the report's own: a figure the text places at the start of the term or year ("Bước vào
  // nhiệm kỳ 2017 - 2022, … 9.312 hội viên") answers only when the share's sentence speaks of that start too.
  const early = (p: number, at: number, to = at) => {
    const text = ex.paragraphs[p].text;
    return /(?:đầu nhiệm kỳ|đầu năm|đầu kỳ|bước vào nhiệm kỳ)/iu.test(text.slice(sentenceAround(text, at).start, to).replace(/so với\s+(?:cùng kỳ\s+)?(?:đầu nhiệm kỳ|đầu năm|đầu kỳ)/giu, ''));
  };
  // The share's own clause runs on past its name ("giảm từ 486 người (5,21% số hội viên) đầu nhiệm kỳ xuống còn …").
  const shareText = ex.paragraphs[m.p].text;
  const clauseEnd = m.share.token.end + (/^[^,;.]*/u.exec(shareText.slice(m.share.token.end))?.[0].length ?? 0);
  const keepEarly = early(m.p, m.share.token.end, clauseEnd) || [...strict, ...loose].every((f) => early(f.p, f.token.start));
  const nowOnly = (xs: Figure[]) => (keepEarly ? xs : xs.filter((f) => !early(f.p, f.token.start)));
  const [strictNow, looseNow] = [nowOnly(strict), nowOnly(loose)];
  // "chiếm 26,84% tổng số lượt khám bệnh" names the figure the text itself calls "Tổng số lượt khám bệnh": that total,
  // not a part of its breakdown that answers to the same words, is the base when none fits (`ofTotal`).
  const titled = [...strictNow, ...looseNow].filter((f) => titledTotal(ex.paragraphs[f.p].text, f.token, words));
  // A part of a breakdown ("Trong 31.486 lượt xe có … 27.574 lượt kiểm định định kỳ") whose own words narrow it past
  // the name ("số lượt kiểm định") is not what the name counts: the whole of its breakdown is, when the share fits it,
  // else the base is not known. A part the name narrows to as well ("số người nhiễm HIV còn sống") is the one named.
  // Its unit narrows nothing ("chi thường xuyên 37.600 triệu đồng").
  const unitWords = (f: Figure): Set<string> => {
    const unit = unitAfter(ex.paragraphs[f.p].text, f.token);
    return new Set([...(unit?.word.split(' ') ?? []), ...(unit?.cls === 'money' ? MONEY_SCALES : [])]);
  };
  // Its phrase ends where "và" joins the next item ("3.046 người và khối gián tiếp …").
  const narrowed = (f: Figure) => contentWords(/^[^,;.()\d]*/u.exec(ex.paragraphs[f.p].text.slice(f.token.end))![0].split(/\svà\s/u)[0]).some((w) => !words.includes(w) && !unitWords(f).has(w));
  const partOf = (f: Figure) => (narrowed(f) ? ex.claims.find((c): c is Extract<RawClaim, { kind: 'sum' | 'subset' }> => (c.kind === 'sum' || c.kind === 'subset') && c.parts.some((x) => x.p === f.p && x.token.start === f.token.start) && c.total.value.compare(f.value) > 0) : undefined);
  const asTotal = (f: Figure | undefined): Figure | undefined => {
    const whole = f && partOf(f)?.total;
    if (!whole) return f;
    return order(whole) < order(m.part) && fits(whole) ? whole : undefined;
  };
  // One the share fits exactly before one it fits by a rounding slip ("giá trị sản lượng 48,72 tỷ đồng" and a summary's
  // mistyped "48,27": 3,94 is 8,1% of the first).
  const exactly = (f: Figure) => judgeNumber(m.share.value, pct(m.part.value, f.value), m.share.token.decimals ?? 0) === 'consistent';
  const fitting = strictNow.find(exactly) ?? looseNow.find(exactly) ?? strictNow.find(fits) ?? looseNow.find(fits);
  const chosen = fitting ?? (titled.length === 1 ? titled[0] : undefined) ?? strictNow[0] ?? looseNow[0];
  const figure = asTotal(chosen);
  // "chiếm 58,3% giá trị sản xuất hàng may" of a count of garments: a whole named that no figure answers to is not the
  // list's — a share that misfits the list's base is undecided; one that is its truncation was still taken of it.
  if (!chosen && named.soft) return { unknown: false, unanswered: { words: named.words, end: named.end } };
  return { figure, unknown: !figure, words: named.words, end: named.end, total: ofTotal && !fitting && titled.length === 1 };
}

/** A figure of the total's unit earlier in its sentence, at least as large as every part. */
function largerBefore(text: string, total: Figure, parts: Figure[]): boolean {
  const sentence = sentenceAround(text, total.token.start);
  const unitOfTotal = unitAfter(text, total.token);
  return tokenize(text).some((t) => t.kind === 'count' && t.value && t.start >= sentence.start && t.end <= total.token.start && !unitsDiffer(unitAfter(text, t), unitOfTotal) && !!unitAfter(text, t) && parts.every((x) => x.value.compare(t.value!) <= 0));
}
