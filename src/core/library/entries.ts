// The tables of domain.md and the seed reports, as the library offers them. Sample figures come from the seeds
// (corrected where the seeds are wrong) and only serve to read each table's structure and check the layout.
import { FORMS } from './forms';
import type { LibraryEntry } from './types';

const COUNT = '#,##0';
const PCT = '0.00';
const SIGNED = '+#,##0;-#,##0;0';

/** STT, label, previous, current, difference, ratio: the shape of most comparison tables. */
const compared = { columns: [{ kind: 'stt' }, { kind: 'label' }, { kind: 'value' }, { kind: 'value' }, { kind: 'difference', current: 3, previous: 2 }, { kind: 'ratio', current: 3, previous: 2 }], formats: { 2: COUNT, 3: COUNT, 4: SIGNED, 5: PCT } } as const;

/** The four ratings of party quality reviews, in the order reports list them. */
const RATINGS = ['Hoàn thành xuất sắc nhiệm vụ', 'Hoàn thành tốt nhiệm vụ', 'Hoàn thành nhiệm vụ', 'Không hoàn thành nhiệm vụ'];

/** A yearly rating table (members or base organizations): count and share for the previous and the current year. */
function ratedByYear(e: { id: string; sheet: string; name: string; title: string; unit: string; total: string; samples: [number, number][] }): LibraryEntry {
  return {
    id: e.id,
    sheet: e.sheet,
    name: e.name,
    kind: 'year',
    title: () => e.title,
    unit: e.unit,
    header: (p) => [
      ['STT', 'Nội dung', `Năm ${p.previous}`, '<', `Năm ${p.current}`, '<'],
      ['^', '^', 'Số lượng', 'Tỷ lệ (%)', 'Số lượng', 'Tỷ lệ (%)'],
    ],
    columns: [{ kind: 'stt' }, { kind: 'label' }, { kind: 'value' }, { kind: 'share', of: 2 }, { kind: 'value' }, { kind: 'share', of: 4 }],
    formats: { 2: COUNT, 3: PCT, 4: COUNT, 5: PCT },
    totalRow: 0,
    rows: [{ label: e.total, sum: [1, 2, 3, 4] }, ...RATINGS.map((label, i) => ({ stt: String(i + 1), label, sample: e.samples[i] }))],
  };
}

export const LIBRARY: LibraryEntry[] = [
  {
    id: 'to-chuc-co-so-dang',
    sheet: 'Tổ chức cơ sở đảng',
    name: 'Tổ chức cơ sở đảng theo loại hình (theo năm)',
    kind: 'year',
    title: () => 'Tổ chức cơ sở đảng theo loại hình',
    unit: 'tổ chức',
    source: 'Nguồn: Ban Tổ chức',
    header: (p) => [
      ['STT', 'Nội dung', `Năm ${p.previous}`, `Năm ${p.current}`, `So sánh ${p.current}/${p.previous}`, '<'],
      ['^', '^', '^', '^', 'Tăng (+), giảm (-)', 'So sánh (%)'],
    ],
    ...compared,
    columns: [...compared.columns],
    totalRow: 0,
    rows: [
      { label: 'Tổng số tổ chức cơ sở đảng', sum: [1, 2] },
      { stt: '1', label: 'Đảng bộ cơ sở', sample: [167, 171] },
      { stt: '2', label: 'Chi bộ cơ sở', sample: [358, 327] },
    ],
    footnotes: (p) => ({
      names: { tong: 'D6', dangbo: 'D7', chibo: 'D8' },
      sentences: [`Năm ${p.current}, toàn tỉnh có {tong} tổ chức cơ sở đảng, gồm {dangbo} đảng bộ cơ sở và {chibo} chi bộ cơ sở.`],
    }),
  },
  {
    id: 'dang-vien-theo-loai',
    sheet: 'Đảng viên',
    name: 'Đảng viên theo giới tính, dân tộc, tôn giáo, trình độ (một năm)',
    kind: 'year',
    title: (p) => `Đảng viên theo giới tính, dân tộc, tôn giáo và trình độ chuyên môn, năm ${p.current}`,
    unit: 'người',
    header: () => [['STT', 'Chỉ tiêu', 'Số lượng', 'Tỷ lệ (%)']],
    columns: [{ kind: 'stt' }, { kind: 'label' }, { kind: 'value' }, { kind: 'share', of: 2 }],
    formats: { 2: COUNT, 3: PCT },
    totalRow: 0,
    rows: [
      { stt: '1', label: 'Tổng số đảng viên', sample: [33509] },
      { label: 'Trong đó:' },
      { stt: '-', label: 'Nữ', sample: [11262] },
      { stt: '-', label: 'Người dân tộc thiểu số', sample: [654] },
      { stt: '-', label: 'Người theo tôn giáo', sample: [539] },
      { stt: '2', label: 'Có trình độ chuyên môn', sample: [26637] },
      { label: 'Gồm:' },
      { stt: '-', label: 'Sơ cấp', sample: [1130], shareOf: 5 },
      { stt: '-', label: 'Trung cấp', sample: [8402], shareOf: 5 },
      { stt: '-', label: 'Cao đẳng', sample: [1321], shareOf: 5 },
      { stt: '-', label: 'Đại học', sample: [15240], shareOf: 5 },
      { stt: '-', label: 'Sau đại học', sample: [544], shareOf: 5 },
    ],
  },
  ratedByYear({
    id: 'danh-gia-dang-vien',
    sheet: 'Đánh giá đảng viên',
    name: 'Đánh giá, xếp loại chất lượng đảng viên (theo năm)',
    title: 'Kết quả đánh giá, xếp loại chất lượng đảng viên',
    unit: 'đảng viên',
    total: 'Tổng số đảng viên được đánh giá',
    samples: [
      [4770, 5200],
      [20711, 21125],
      [5892, 5850],
      [477, 325],
    ],
  }),
  ratedByYear({
    id: 'danh-gia-to-chuc-co-so-dang',
    sheet: 'Đánh giá TCCS đảng',
    name: 'Đánh giá, xếp loại tổ chức cơ sở đảng (theo năm)',
    title: 'Kết quả đánh giá, xếp loại chất lượng tổ chức cơ sở đảng',
    unit: 'tổ chức',
    total: 'Tổng số tổ chức cơ sở đảng được đánh giá',
    samples: [
      [82, 90],
      [386, 372],
      [48, 33],
      [4, 3],
    ],
  }),
  {
    id: 'ky-luat',
    sheet: 'Kỷ luật',
    name: 'Thi hành kỷ luật đảng viên theo hình thức (theo nhiệm kỳ)',
    kind: 'term',
    title: () => 'Thi hành kỷ luật đảng viên theo hình thức',
    unit: 'đảng viên',
    source: 'Nguồn: Ủy ban Kiểm tra',
    header: (p) => [['STT', 'Hình thức kỷ luật', `Nhiệm kỳ ${p.previous}`, `Nhiệm kỳ ${p.current}`, 'Tăng (+), giảm (-)', `So sánh với nhiệm kỳ ${p.previous} (%)`]],
    ...compared,
    columns: [...compared.columns],
    totalRow: 0,
    rows: [
      { label: 'Tổng số', sum: [1, 2, 3, 4] },
      { stt: '1', label: 'Khiển trách', sample: [245, 221] },
      { stt: '2', label: 'Cảnh cáo', sample: [112, 98] },
      { stt: '3', label: 'Cách chức', sample: [18, 11] },
      { stt: '4', label: 'Khai trừ', sample: [37, 35] },
    ],
    footnotes: (p) => ({
      names: { nay: 'D5', truoc: 'C5' },
      sentences: [`Nhiệm kỳ ${p.current} đã thi hành kỷ luật {nay} đảng viên, so với nhiệm kỳ ${p.previous} ({truoc} đảng viên) bằng {pct(nay, truoc, 2)}.`],
    }),
  },
  {
    id: 'quy-hoach-can-bo',
    sheet: 'Quy hoạch cán bộ',
    name: 'Quy hoạch cán bộ theo nhiệm kỳ (tổng số, nữ, trẻ)',
    kind: 'term',
    title: () => 'Quy hoạch cán bộ theo nhiệm kỳ',
    unit: 'người',
    header: (p) => [
      ['STT', 'Chức danh quy hoạch', `Nhiệm kỳ ${p.previous}`, '<', '<', `Nhiệm kỳ ${p.current}`, '<', '<', 'Tăng (+), giảm (-) tổng số'],
      ['^', '^', 'Tổng số', 'Trong đó', '<', 'Tổng số', 'Trong đó', '<', '^'],
      ['^', '^', '^', 'Nữ', 'Trẻ dưới 40 tuổi', '^', 'Nữ', 'Trẻ dưới 40 tuổi', '^'],
    ],
    columns: [{ kind: 'stt' }, { kind: 'label' }, { kind: 'value' }, { kind: 'value' }, { kind: 'value' }, { kind: 'value' }, { kind: 'value' }, { kind: 'value' }, { kind: 'difference', current: 5, previous: 2 }],
    formats: { 2: COUNT, 3: COUNT, 4: COUNT, 5: COUNT, 6: COUNT, 7: COUNT, 8: SIGNED },
    totalRow: 3,
    rows: [
      { stt: '1', label: 'Ban Chấp hành Đảng bộ tỉnh', sample: [120, 30, 18, 130, 35, 22] },
      { stt: '2', label: 'Ban Thường vụ Tỉnh ủy', sample: [45, 9, 5, 48, 11, 6] },
      { stt: '3', label: 'Chủ chốt cấp huyện', sample: [210, 52, 40, 225, 60, 46] },
      { label: 'Cộng', sum: [0, 1, 2] },
    ],
  },
  {
    id: 'ly-luan-chinh-tri',
    sheet: 'Lý luận chính trị',
    name: 'Đào tạo lý luận chính trị (theo nhiệm kỳ)',
    kind: 'term',
    title: () => 'Đảng viên được đào tạo lý luận chính trị theo trình độ',
    unit: 'đồng chí',
    header: (p) => [['STT', 'Trình độ', `Nhiệm kỳ ${p.previous}`, `Nhiệm kỳ ${p.current}`, 'Tăng (+), giảm (-)', 'So sánh (%)']],
    ...compared,
    columns: [...compared.columns],
    totalRow: 0,
    rows: [
      { label: 'Tổng số', sum: [1, 2, 3] },
      { stt: '1', label: 'Cao cấp, cử nhân', sample: [3890, 4511] },
      { stt: '2', label: 'Trung cấp', sample: [8120, 9172] },
      { stt: '3', label: 'Sơ cấp', sample: [11250, 12580] },
    ],
    footnotes: (p) => ({
      names: { tong: 'D5', caocap: 'D6', trungcap: 'D7', socap: 'D8' },
      sentences: [
        `Nhiệm kỳ ${p.current}, {tong} đồng chí được đào tạo lý luận chính trị, trong đó: cao cấp, cử nhân {caocap} đồng chí, chiếm {pct(caocap, tong, 2)}; trung cấp {trungcap} đồng chí, chiếm {pct(trungcap, tong, 2)}; sơ cấp {socap} đồng chí, chiếm {pct(socap, tong, 2)}.`,
      ],
    }),
  },
  ...FORMS,
];
