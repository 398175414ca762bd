// Builds a province's gather exercise: the template (two library tables, year 2024), eight district workbooks
// filled with plausible figures from it, and the province's own workbook. Four districts carry what real
// returns carry: a typo, a missing row, an extra column, figures typed as text. `npm run districts [DIR]`.
import ExcelJS from 'exceljs';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { a1, buildLibraryTable, formatVi, exactInt, LayoutCell, libraryEntry, LibraryEntry, mergeTemplates, parseA1, Period, SheetLayout, Template } from '../src/core';
import { addLayoutSheet } from '../src/xlsx/layout';

export const PERIOD: Period = { label: '2024', kind: 'year', order: 2024 };
const ENTRIES = ['to-chuc-co-so-dang', 'dang-vien-theo-loai'];

/** The eight district-level units of a province, with roughly their weight in it. */
export const DISTRICTS: [string, number][] = [
  ['Vị Thanh', 0.13],
  ['Ngã Bảy', 0.09],
  ['Long Mỹ', 0.12],
  ['Châu Thành', 0.12],
  ['Châu Thành A', 0.14],
  ['Phụng Hiệp', 0.17],
  ['Vị Thủy', 0.12],
  ['Thị xã Long Mỹ', 0.11],
];

/** What is planted where: the tests read these. */
export const PLANTED = {
  /** A one-digit typo in "Đảng bộ cơ sở", current year; the total stays as it was typed. */
  typo: 'Phụng Hiệp',
  /** The row "Chi bộ cơ sở" left out of the base organizations table. */
  missingRow: 'Long Mỹ',
  missingLabel: 'Chi bộ cơ sở',
  /** A column the template does not have, with figures, after the last one. */
  extraColumn: 'Vị Thủy',
  /** Every typed figure of the members table typed as text ("1.234"). */
  asText: 'Châu Thành A',
  /** The province's own table: "Nữ" typed 19 more than the districts add up to, which no district explains. */
  provinceNu: 19,
};

function random(seed: number) {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

/** The entry with each typed figure scaled to the district, kept consistent (breakdowns add up, parts under totals). */
function scaled(entry: LibraryEntry, weight: number, rand: () => number): LibraryEntry {
  const rows = entry.rows.map((r) => (r.sample ? { ...r, sample: r.sample.map((v) => Math.max(1, Math.round(v * weight * (0.85 + rand() * 0.3)))) } : { ...r }));
  if (entry.id === 'dang-vien-theo-loai') {
    // "Có trình độ chuyên môn" is the sum of its "Gồm" parts; the total is above every part.
    rows[5].sample = [rows.slice(7, 12).reduce((s, r) => s + r.sample![0], 0)];
    rows[0].sample = [Math.max(rows[0].sample![0], rows[5].sample[0] + 1 + Math.round(rand() * 200), rows[2].sample![0] + 1)];
  }
  return { ...entry, rows };
}

/** A library table filled: typed figures and computed cells alike as plain numbers, as districts type them. */
function filledLayout(entry: LibraryEntry): SheetLayout {
  const built = buildLibraryTable(entry, PERIOD, entry.sheet);
  const cells = built.layout.cells.map((c): LayoutCell => {
    const p = parseA1(c.cell)!;
    const v = built.sample.cells[p.row]?.[p.col]?.value;
    const { formula: _f, result: _r, ...rest } = c;
    return typeof v === 'number' ? { ...rest, value: v } : rest;
  });
  return { ...built.layout, cells };
}

/** The layout with one body row taken out and the rows below moved up, as a district that deleted it sends it. */
function withoutRow(layout: SheetLayout, label: string): SheetLayout {
  const at = layout.cells.find((c) => c.value === label);
  if (!at) throw new Error(`no row ${label}`);
  const row = parseA1(at.cell)!.row;
  const cells = layout.cells
    .filter((c) => parseA1(c.cell)!.row !== row)
    .map((c) => {
      const p = parseA1(c.cell)!;
      return p.row > row ? { ...c, cell: a1(p.row - 1, p.col) } : c;
    });
  return { ...layout, cells };
}

const figureAt = (layout: SheetLayout, cell: string) => layout.cells.find((c) => c.cell === cell)?.value as number;
const setFigure = (layout: SheetLayout, cell: string, value: number | string) => {
  const c = layout.cells.find((x) => x.cell === cell)!;
  c.value = value;
};

export interface GeneratedDistrict {
  name: string;
  file: string;
  /** The figures as the district meant them (before anything was planted), by sheet and cell. */
  figures: Record<string, Record<string, number>>;
}

export interface Generated {
  dir: string;
  template: Template;
  templatePath: string;
  districts: GeneratedDistrict[];
  provincePath: string;
}

async function write(path: string, layouts: SheetLayout[], name?: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Soát Số';
  for (const l of layouts) {
    const ws = addLayoutSheet(wb, l);
    // The unit's name where a staff member writes it, under the title: for --unit-from cell:A2.
    if (name) ws.getCell('A2').value = name;
  }
  await wb.xlsx.writeFile(path);
}

export async function buildDistricts(dir: string): Promise<Generated> {
  mkdirSync(dir, { recursive: true });
  const entries = ENTRIES.map((id) => libraryEntry(id)!);
  const template = mergeTemplates(undefined, entries.map((e) => buildLibraryTable(e, PERIOD, e.sheet).template));
  const templatePath = join(dir, 'mau-tong-hop.json');
  writeFileSync(templatePath, JSON.stringify(template, null, 2) + '\n');
  const rand = random(20240);
  const districts: GeneratedDistrict[] = [];
  const meant: LibraryEntry[][] = [];
  mkdirSync(join(dir, 'huyen'), { recursive: true });
  for (const [name, weight] of DISTRICTS) {
    const own = entries.map((e) => scaled(e, weight, rand));
    meant.push(own);
    const layouts = own.map(filledLayout);
    const figures: Record<string, Record<string, number>> = {};
    for (const l of layouts) figures[l.name] = Object.fromEntries(l.cells.filter((c) => typeof c.value === 'number').map((c) => [c.cell, c.value as number]));
    let [org, members] = layouts;
    if (name === PLANTED.typo) setFigure(org, 'D7', figureAt(org, 'D7') + 10);
    if (name === PLANTED.missingRow) org = withoutRow(org, PLANTED.missingLabel);
    if (name === PLANTED.extraColumn) {
      org.cells.push({ cell: 'G4', value: 'Kế hoạch năm 2025', bold: true, align: 'center', boxed: true });
      org.merges = [...org.merges, 'G4:G5'];
      const plan = [figureAt(org, 'D7') + 3, figureAt(org, 'D8') + 3];
      [plan[0] + plan[1], ...plan].forEach((v, i) => org.cells.push({ cell: `G${6 + i}`, value: v, numberFormat: '#,##0', boxed: true }));
    }
    if (name === PLANTED.asText) {
      for (const c of members.cells) if (typeof c.value === 'number' && /^C/.test(c.cell)) c.value = formatVi(exactInt(c.value));
    }
    const file = join(dir, 'huyen', `${name}.xlsx`);
    await write(file, [org, members], name);
    districts.push({ name, file, figures });
  }
  // The province's own tables, typed from what the districts meant, with "Nữ" 19 too many.
  const province = entries.map((e, k) => {
    const rows = e.rows.map((r, i) => (r.sample ? { ...r, sample: r.sample.map((_, j) => meant.reduce((s, d) => s + d[k].rows[i].sample![j], 0)) } : r));
    if (e.id === 'dang-vien-theo-loai') rows[2] = { ...rows[2], sample: [rows[2].sample![0] + PLANTED.provinceNu] };
    return filledLayout({ ...e, rows });
  });
  const provincePath = join(dir, 'TINH.xlsx');
  await write(provincePath, province);
  return { dir, template, templatePath, districts, provincePath };
}

if (require.main === module) {
  const dir = process.argv[2] ?? join(process.cwd(), 'tong-hop-mau');
  buildDistricts(dir).then((g) => {
    process.stdout.write(`Đã tạo trong ${dir}: mẫu ${g.templatePath}, ${g.districts.length} sổ tính của các huyện, sổ tính của tỉnh ${g.provincePath}\n`);
    process.stdout.write(`Thử: npm run cli -- gather ${g.templatePath} ${join(dir, 'huyen', '*.xlsx')} -o TONG-HOP.xlsx\n`);
  });
}
