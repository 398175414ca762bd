// Why a listed breakdown that does not add up may still be right. A clerk who finds "gồm" parts off their total by
// an amount no keystroke explains asks first whether the list was meant to add up: people and households fall into
// several groups at once (a patient with two diseases, a poor household short of income and of services), and a
// parenthesis often names only the main items. Only a slip (a digit typed wrong, two swapped) or groups that cannot
// overlap make the sum certainly wrong.
import { sum } from '../numbers/exact';
import { dimensionOf } from '../table/dimensions';
import { keystrokeInSum } from './plausible-slips';
import { unitAfter } from './phrases';
import type { Figure } from './claims';

export type SumDoubt = 'overlap' | 'incomplete';


// Persons, households and attendances: one of them may stand in several groups of a list.
// So do establishments and firms: one shop trades in several of the goods listed ("124 cơ sở kinh doanh thuốc thú y,
// thức ăn chăn nuôi (kinh doanh thuốc thú y 68 cơ sở, thức ăn chăn nuôi 71 cơ sở)").
const ESTABLISHMENTS = /^\s*(?:cơ sở|doanh nghiệp|hợp tác xã|HTX|cửa hàng|đại lý|hộ kinh doanh)(?![\p{L}])/iu;
const countsMembers = (text: string, f: Figure) => {
  const u = unitAfter(text, f.token);
  return (!!u && (u.cls === 'person' || u.word === 'hộ' || u.word === 'lượt' || u.word === 'doanh nghiệp')) || ESTABLISHMENTS.test(text.slice(f.token.end));
};

// So do things listed by whom they serve ("214 việc, gồm 96 việc cho người già yếu, … 58 việc cho người khuyết tật"):
// one person may be old and disabled at once.
/** The nouns of people an item may be for: one person may stand in two such groups. */
export const PERSON_GROUPS = String.raw`(?:người|hộ|trẻ em|đối tượng|gia đình)`;
const FOR_PERSONS = new RegExp(String.raw`^\s*(?:[\p{L}]+\s+){0,2}(?:cho|của|đối với)\s+${PERSON_GROUPS}(?![\p{L}])`, 'iu');
const servesPersons = (text: string, parts: Figure[]) => parts.every((x) => FOR_PERSONS.test(text.slice(x.token.end)));

// Bands of one measure ("nuôi dưới 50 đàn 812, từ 50 đến 200 đàn 498, trên 200 đàn 176") do not overlap: each member
// stands in one band.
const BAND = /(?<![\p{L}])(?:dưới|trên|từ|đến|tới|trở lên|trở xuống)(?![\p{L}])/iu;
const bands = (parts: Figure[]) => parts.length >= 2 && parts.every((x) => BAND.test(x.label));

/**
 * The doubt a breakdown off its total leaves, if any: parts over the total that may overlap (they count members
 * and are not values of one known dimension such as discipline forms or ratings), or parts under the total in a
 * bare parenthesis that may name only some items.
 */
export function sumDoubt(text: string, how: string, total: Figure, parts: Figure[], decimals: number): SumDoubt | undefined {
  if (how !== 'gom' && how !== 'paren' && how !== 'heading') return undefined;
  const values = parts.map((x) => x.value);
  const over = sum(values).compare(total.value) > 0;
  // "Nguyên nhân nghèo chủ yếu của 41 hộ nghèo: …": causes of one household are several at once, a slip or not.
  if (over && /(?<![\p{L}])(?:nguyên nhân|lý do|lí do)(?![\p{L}])[^.;]*$/iu.test(text.slice(Math.max(0, total.token.start - 80), total.token.start))) return 'overlap';
  if (keystrokeInSum(total.value, values, decimals)) return undefined;
  if (over) {
    const dims = new Set(parts.map((x) => dimensionOf(x.label)));
    const oneDimension = dims.size === 1 && !dims.has(undefined);
    return !oneDimension && !bands(parts) && (countsMembers(text, total) || servesPersons(text, parts)) ? 'overlap' : undefined;
  }
  return how === 'paren' || how === 'heading' ? 'incomplete' : undefined;
}
