// Readings of the seventh round (issue 11): precision gates learned from the false alarms of the parts measured
// before, each a class of sentence with its forms written here, not taken from an evaluation draft.
import { Paragraph, scanParagraphs } from '../src/core';

const body = (...texts: string[]): Paragraph[] => texts.map((text, i) => ({ location: 'body', paragraph: i + 1, text }));
const claims = (...texts: string[]) => scanParagraphs(body(...texts)).claims;
const flagged = (...texts: string[]) => claims(...texts).filter((c) => c.verdict === 'inconsistent' || c.verdict === 'rounding');
const sums = (text: string) => claims(text).filter((c) => c.kind === 'sum');

describe('a listed breakdown off its total by no slip', () => {
  test('groups of persons or households that may overlap leave the sum undecided, and say why', () => {
    const diseases = 'Trạm y tế các xã quản lý 1.250 người cao tuổi mắc bệnh mạn tính, gồm: bệnh tim mạch 820 người, bệnh xương khớp 604 người.';
    const [claim] = sums(diseases);
    expect(claim).toMatchObject({ verdict: 'ambiguous', stated: '1.250', expected: '1.424' });
    expect(claim.message).toContain('nhiều nhóm');
    const criteria = 'Toàn xã có 640 hộ nghèo, gồm hộ nghèo về thu nhập 512 hộ và hộ thiếu hụt dịch vụ xã hội cơ bản 205 hộ.';
    expect(sums(criteria)[0]).toMatchObject({ verdict: 'ambiguous' });
  });
  test('values of one dimension (forms of discipline) cannot overlap: over the total is wrong', () => {
    expect(flagged('Thi hành kỷ luật 24 đảng viên (khiển trách 18, cảnh cáo 10, cách chức 03).')).toEqual([expect.objectContaining({ kind: 'sum', stated: '24', expected: '31' })]);
  });
  test('money is no member of several groups: a "gồm" list of money over its total is wrong', () => {
    expect(flagged('Tổng kinh phí thực hiện 850 triệu đồng, gồm: ngân sách tỉnh 500 triệu đồng, ngân sách huyện 420 triệu đồng.')).toEqual([expect.objectContaining({ kind: 'sum', stated: '850', expected: '920' })]);
  });
  test('a parenthesis under its total may name only some items, unless a slip explains the gap', () => {
    const [some] = sums('Bộ phận một cửa tiếp nhận 1.530 hồ sơ (trực tuyến 1.120 hồ sơ, trực tiếp 275 hồ sơ).');
    expect(some).toMatchObject({ verdict: 'ambiguous' });
    expect(some.message).toContain('một số mục');
    // 1.395 for 1.359: two digits swapped, the list meant to be whole.
    expect(flagged('Bộ phận một cửa huyện tiếp nhận 1.395 hồ sơ (trực tuyến 1.120 hồ sơ, trực tiếp 239 hồ sơ).')).toEqual([expect.objectContaining({ kind: 'sum', stated: '1.395', expected: '1.359' })]);
  });
});

describe('a share whose base the reader brought from another sentence', () => {
  test('unnamed, confirmed by no other share, and no slip of what it gives: undecided', () => {
    // 98,59% is 1.400 of the towns' own 1.420 households, not of the province's 3.250.
    const text = 'Toàn tỉnh có 3.250 hộ sử dụng nước (thành thị 1.420 hộ, nông thôn 1.830 hộ); có 2.990 hộ dùng nước sạch, đạt 92%. Trong đó, khu vực thành thị có 1.400 hộ dùng nước sạch, đạt 98,59%; khu vực nông thôn 1.590 hộ, đạt 86,89%.';
    expect(flagged(text)).toEqual([]);
    const towns = claims(text).find((c) => c.stated === '98,59%');
    expect(towns).toMatchObject({ kind: 'share', verdict: 'ambiguous' });
    expect(towns!.message).toContain('câu khác');
  });
  test('two other shares of the paragraph that fit the base confirm it: the misfit is wrong', () => {
    const text = 'Thời điểm 31/12/2024, đảng bộ có 2.000 đảng viên. Trong đó: nữ 600 đảng viên, chiếm 30%; dân tộc thiểu số 120 đảng viên, chiếm 6%; đảng viên dự bị 90 đảng viên, chiếm 7,2%.';
    expect(flagged(text)).toEqual([expect.objectContaining({ kind: 'share', stated: '7,2%', expected: '4,5%' })]);
  });
  test('a share that fits the value compared with was taken of the wrong period: wrong', () => {
    const text = 'Đảng bộ có 2.530 đảng viên, tăng 130 đảng viên so với đầu nhiệm kỳ (2.400 đảng viên). Trong đó đảng viên dự bị 60 đồng chí, chiếm 2,50%.';
    expect(flagged(text)).toEqual([expect.objectContaining({ kind: 'share', stated: '2,50%', expected: '2,37%' })]);
  });
  test('an average is never the whole a share is of', () => {
    const text = 'Ngân hàng chính sách cho vay 520 hộ với dư nợ 18,46 tỷ đồng, bình quân 35,5 triệu đồng/hộ, nợ quá hạn 0,12 tỷ đồng, chiếm 0,65%.';
    expect(claims(text).filter((c) => c.kind === 'share' && c.message.includes('35,5'))).toEqual([]);
  });
});

describe('a change wrong in direction and size at once', () => {
  test('was written of other figures than those read: undecided, said so', () => {
    // (Naming "số hồ sơ tiếp nhận mới", the change is of the 875 written so, and certainly wrong: prose-round16.test.ts.)
    const text = 'Tổng số hồ sơ tiếp nhận 915 hồ sơ (kỳ trước chuyển sang 40 hồ sơ, tiếp nhận mới 875 hồ sơ); số hồ sơ giảm 57 hồ sơ so với năm 2024 (890 hồ sơ).';
    const change = claims(text).find((c) => c.kind === 'difference');
    expect(change).toMatchObject({ verdict: 'ambiguous' });
    expect(change!.message).toContain('đọc nhầm');
  });
  test('a change of the right size and the wrong direction is still wrong', () => {
    expect(flagged('Số hộ nghèo cuối năm còn 312 hộ, tăng 38 hộ so với đầu năm (350 hộ).')).toEqual([expect.objectContaining({ kind: 'difference', stated: '38', expected: '-38' })]);
  });
});

describe('a multiple ("gấp … lần") of the value compared with', () => {
  test('is of the value, not of the change written before it', () => {
    const text = 'Thu nhập bình quân đầu người đạt 72,6 triệu đồng, tăng 24,1 triệu đồng, gấp 1,5 lần so với năm 2020 (48,5 triệu đồng).';
    expect(claims(text).find((c) => c.stated === '1,5')).toMatchObject({ kind: 'ratio', verdict: 'consistent' });
  });
  test('is of the value counted in the unit compared with, not of an average beside it', () => {
    const right = 'Đã xây mới 36 nhà đại đoàn kết với tổng số tiền 2,16 tỷ đồng, bình quân 60 triệu đồng/nhà, gấp 1,8 lần so với năm 2022 (20 nhà).';
    expect(claims(right).find((c) => c.stated === '1,8')).toMatchObject({ verdict: 'consistent' });
    const wrong = 'Đã xây mới 36 nhà tình nghĩa, bình quân 60 triệu đồng/nhà, gấp 2,8 lần so với năm 2022 (20 nhà).';
    expect(flagged(wrong)).toEqual([expect.objectContaining({ kind: 'ratio', stated: '2,8', expected: '1,8' })]);
  });
});

describe('a year compared with ("so với năm 2022") in a report on one year', () => {
  const report = (...texts: string[]) => claims('BÁO CÁO', 'Kết quả công tác năm 2024', '-----', ...texts).filter((c) => c.kind === 'term-label');
  test('is most often the year before the claim\'s own: another is a doubt to check, never an error', () => {
    const [other] = report('Năm 2024, thu ngân sách trên địa bàn đạt 125 tỷ đồng, tăng 12 tỷ đồng so với năm 2022 (113 tỷ đồng).');
    expect(other).toMatchObject({ verdict: 'ambiguous' });
    expect(other.message).toContain('2023');
    expect(report('Năm 2024, thu ngân sách trên địa bàn đạt 125 tỷ đồng, tăng 12 tỷ đồng so với năm 2023 (113 tỷ đồng).')).toEqual([expect.objectContaining({ verdict: 'consistent' })]);
    // A plan's own year is the one before its comparison's.
    expect(report('Kế hoạch năm 2025 phấn đấu thu ngân sách 140 tỷ đồng, tăng 12% so với năm 2024.')).toEqual([expect.objectContaining({ verdict: 'consistent' })]);
  });
  test('unless the text says why another: a stage it names, "đầu nhiệm kỳ", a series of years', () => {
    expect(report('Giai đoạn 2021 - 2025, thu nhập bình quân đạt 65 triệu đồng, tăng 1,4 lần so với năm 2020.')).toEqual([]);
    expect(report('Đến năm 2024, số hộ nghèo còn 120 hộ, giảm 85 hộ so với năm 2021 (đầu nhiệm kỳ).')).toEqual([]);
    expect(report('Số vụ vi phạm qua các năm: năm 2021: 52, năm 2022: 44, năm 2023: 47, năm 2024: 39; năm 2024 giảm 13 vụ so với năm 2021.')).toEqual([]);
  });
  test('a report over several years compares with its first year on purpose', () => {
    const review = claims('BÁO CÁO', 'Tổng kết nhiệm kỳ 2020 - 2025', '-----', 'Năm 2024, thu ngân sách đạt 125 tỷ đồng, tăng 30 tỷ đồng so với năm 2021.');
    expect(review.filter((c) => c.kind === 'term-label')).toEqual([]);
  });
});

describe('a closing "tổng cộng" over a noun no unit list knows', () => {
  test('adds the figures of the sentence written with that noun, across the items between', () => {
    const right = 'Toàn xã có 12 tổ hòa giải (7 tổ ở ấp với 48 hòa giải viên; 5 tổ ở khu dân cư với 35 hòa giải viên), tổng cộng 83 hòa giải viên.';
    expect(claims(right).filter((c) => c.kind === 'sum').map((c) => [c.verdict, c.stated])).toContainEqual(['consistent', '83']);
    const wrong = right.replace('tổng cộng 83', 'tổng cộng 93');
    expect(flagged(wrong)).toEqual([expect.objectContaining({ kind: 'sum', stated: '93', expected: '83' })]);
  });
});

describe('changes that name what they change', () => {
  test('after a comparison\'s parenthesis, each change meets the values written with its own words', () => {
    const text = 'Cuối năm, toàn xã còn 86 hộ nghèo và 132 hộ cận nghèo; so với đầu năm (104 hộ nghèo; 121 hộ cận nghèo), số hộ nghèo giảm 18 hộ, số hộ cận nghèo giảm 11 hộ.';
    const changes = claims(text).filter((c) => c.kind === 'difference');
    expect(changes.map((c) => [c.stated, c.verdict])).toEqual([['18', 'consistent'], ['11', 'inconsistent']]);
    expect(changes[1].expected).toBe('-11');
  });
  test('a change whose earlier value is "cùng kỳ" in its parenthesis meets the value named the same way before it', () => {
    const text = 'Chi thường xuyên 3.215,4 triệu đồng; chi đầu tư phát triển 864,2 triệu đồng. So với cùng kỳ, chi đầu tư phát triển giảm 234,8 triệu đồng (cùng kỳ 1.108 triệu đồng).';
    expect(flagged(text)).toEqual([expect.objectContaining({ kind: 'difference', stated: '234,8', expected: '243,8' })]);
  });
  test('a name two values carry, or none, reads nothing', () => {
    const text = 'Xã có 86 hộ nghèo ở vùng cao và 40 hộ nghèo ở vùng thấp; so với đầu năm (104 hộ nghèo), số hộ nghèo giảm 18 hộ.';
    expect(claims(text).filter((c) => c.kind === 'difference')).toEqual([]);
  });
});

describe('a quantity restated with two digits swapped, in any subject', () => {
  const repeats = (...texts: string[]) => flagged(...texts).filter((c) => c.kind === 'cross');
  test('counted by the noun after it ("trẻ", "vụ"), with a verb before the value reached', () => {
    expect(repeats('Năm 2024, số trẻ sinh ra là 1.836 trẻ, giảm so với năm trước.', 'Năm 2024, số trẻ sinh ra giảm còn 1.863 trẻ; tỷ lệ tiêm chủng đạt 98%.')).toHaveLength(1);
  });
  test('an amount under ten written to three decimals', () => {
    expect(repeats('Qua thanh tra, kiến nghị thu hồi số tiền 3,628 tỷ đồng.', 'Ngoài ra, qua thanh tra kiến nghị thu hồi số tiền 3,682 tỷ đồng.')).toHaveLength(1);
  });
  test('a value alone in a parenthesis restates the phrase before it', () => {
    expect(repeats('Số dư Quỹ đến ngày 30/11/2024 là 512,6 triệu đồng.', 'Sử dụng số dư Quỹ đến ngày 30/11/2024 (521,6 triệu đồng) để hỗ trợ hộ nghèo.')).toHaveLength(1);
  });
  test('items that name nothing but their noun ("12 dự án", "21 dự án") are two quantities', () => {
    expect(repeats('+ Giao thông: 12 dự án;', '+ Y tế: 21 dự án;')).toEqual([]);
  });
});

describe('a parenthesis giving a rate or a conversion', () => {
  test('holds no part of the figure before it', () => {
    expect(claims('Trồng 2,4 triệu cây phân tán, tương đương 1.600 ha (quy đổi 1.500 cây/ha).').filter((c) => c.kind === 'subset' || c.kind === 'sum')).toEqual([]);
    expect(claims('Hỗ trợ 350 hộ (định mức 2 triệu đồng/hộ).').filter((c) => c.kind === 'subset' || c.kind === 'sum')).toEqual([]);
  });
});

describe('a fraction over the population the report states', () => {
  test('a population listed after "có" is stated, and its fraction\'s whole must be it', () => {
    const text = ['Huyện có 9 xã, thị trấn (8 xã, 01 thị trấn), 64 ấp, khu phố với 31.420 hộ.', 'Năm 2024, có 58/66 ấp, khu phố đạt chuẩn văn hóa.'];
    expect(flagged(...text)).toEqual([expect.objectContaining({ kind: 'fraction' })]);
  });
  test('the parts of a population counted in its sentence are not other values of it', () => {
    const text = ['Đảng bộ xã hiện có 14 chi bộ (gồm 8 chi bộ ấp, 4 chi bộ trường học, 2 chi bộ cơ quan). Năm 2024, trong 14 chi bộ có 12 chi bộ hoàn thành tốt nhiệm vụ.', 'Năm 2024: 11/15 chi bộ đạt trong sạch, vững mạnh.'];
    expect(flagged(...text)).toEqual([expect.objectContaining({ kind: 'fraction' })]);
  });
  test('a population counted with another value elsewhere changed: no whole is held against', () => {
    const text = ['Năm 2020, có 41 tổ chức cơ sở đảng được đánh giá.', 'Kết quả xếp loại 38 tổ chức cơ sở đảng năm 2024: hoàn thành tốt nhiệm vụ 30.', 'Năm 2024, 38/38 tổ chức cơ sở đảng được đánh giá.'];
    expect(flagged(...text).filter((c) => c.kind === 'fraction')).toEqual([]);
  });
});

describe('round seven, after dev-7\'s one measurement', () => {
  test('a base written in a parenthesis after the share ("(trên tổng số 59.031 hộ)") is the base', () => {
    const text = 'Năm 2022 toàn tỉnh có 41.200 hộ dân tộc thiểu số. Cuối năm 2023 còn 6.126 hộ nghèo, chiếm 14,52% (trên tổng số 42.188 hộ dân tộc thiểu số).';
    expect(claims(text).find((c) => c.stated === '14,52%')).toMatchObject({ kind: 'share', verdict: 'consistent' });
    expect(flagged(text.replace('14,52%', '14,25%'))).toEqual([expect.objectContaining({ kind: 'share', stated: '14,25%', expected: '14,52%' })]);
  });
  test('"đạt" after a part of a whole that reached its plan may be the part\'s own attainment: a misfit is undecided', () => {
    const text = 'Đến ngày 31/01/2024 đã giải ngân 1.200 tỷ đồng, đạt 75% kế hoạch vốn giao, chia ra: vốn đầu tư phát triển 800 tỷ đồng, đạt 88,89%; vốn sự nghiệp 400 tỷ đồng, đạt 57,14%.';
    expect(flagged(text)).toEqual([]);
    const shares = claims(text).filter((c) => c.kind === 'share');
    expect(shares.map((c) => c.verdict)).toEqual(['ambiguous', 'ambiguous']);
  });
  test('a figure placing a list item ("16 khu vực ở 02 thị trấn") is no part of the total', () => {
    expect(flagged('Toàn huyện có 158 khu vực bỏ phiếu (142 khu vực ở các xã, 16 khu vực ở 02 thị trấn).')).toEqual([]);
  });
});

describe('what a percentage after a count measures', () => {
  test('a rate named after the count ("… là tỷ lệ doanh nghiệp có thỏa ước (89,19%)") is no share of that count', () => {
    const text = 'Trong 12 chỉ tiêu Nghị quyết đề ra, có 09/12 chỉ tiêu đạt và vượt, chiếm 75%; 03 chỉ tiêu chưa đạt là tỷ lệ doanh nghiệp có TƯLĐTT (86,4%/chỉ tiêu 90%) và tỷ lệ CĐCS không hoàn thành nhiệm vụ (3,57%/chỉ tiêu dưới 3%).';
    expect(claims(text).filter((c) => c.kind === 'share' && c.stated !== '75%')).toEqual([]);
  });
  test('"bằng p% <words>" names its base in the words: not found, the share is undecided', () => {
    const text = 'Tổng vốn giao 1.800 tỷ đồng, gồm: ngân sách trung ương 1.620 tỷ đồng; ngân sách địa phương đối ứng 180 tỷ đồng, bằng 11,11% vốn trung ương hỗ trợ.';
    expect(flagged(text).filter((c) => c.kind === 'share')).toEqual([]);
  });
});

describe('a base named in words that several figures answer to', () => {
  test('is the one the share fits, if any', () => {
    const text = ['Đến nay, toàn Hội có 2.718 hội viên, tăng 78 hội viên so với đầu nhiệm kỳ.', 'Năm 2021, Hội có 2.640 hội viên.', 'Hội viên nữ 1.136 người, chiếm 41,80% tổng số hội viên.'];
    expect(claims(...text).find((c) => c.stated === '41,80%')).toMatchObject({ kind: 'share', verdict: 'consistent' });
  });
});

describe('a term compared with by "cao hơn", "thấp hơn"', () => {
  test('is the term before the sentence\'s own', () => {
    const text = 'Cuộc bầu cử đại biểu Hội đồng nhân dân nhiệm kỳ 2021 - 2026 có 58.210/58.436 cử tri đi bầu; tỷ lệ cử tri đi bầu cao hơn nhiệm kỳ 2011 - 2016 (98,82%).';
    const [term] = claims(text).filter((c) => c.kind === 'term-label');
    expect(term).toMatchObject({ verdict: 'inconsistent' });
    expect(term.quote).toContain('nhiệm kỳ 2011 - 2016');
    expect(claims(text.replace('2011 - 2016', '2016 - 2021')).filter((c) => c.kind === 'term-label').map((c) => c.verdict)).toEqual(['consistent']);
  });
});

describe('a count written over its whole ("A trên B, đạt p%")', () => {
  test('is a share of the whole written after "trên"', () => {
    expect(flagged('Thu Quỹ phòng, chống thiên tai năm 2024 được 86,42 triệu đồng trên kế hoạch 94,5 triệu đồng, đạt 91,44%.')).toEqual([expect.objectContaining({ kind: 'share', verdict: 'rounding', stated: '91,44%', expected: '91,45%' })]);
    expect(claims('Có 1.126 hộ trên tổng số 2.318 hộ được hỗ trợ, chiếm 48,58%.').find((c) => c.stated === '48,58%')).toMatchObject({ kind: 'share', verdict: 'consistent' });
  });
  test('"cấp trên" is no whole', () => {
    expect(flagged('Trích để lại ở chi bộ 1.010,55 triệu đồng (60%), nộp lên cấp trên 673,7 triệu đồng (40%).')).toEqual([]);
  });
});

describe('round seven, after held-out-7\'s one measurement', () => {
  test('an average is not the value a change of a total leads to', () => {
    const text = 'Cả nhiệm kỳ thi hành kỷ luật 118 đảng viên, bình quân mỗi năm 23,6 đảng viên, giảm 29 đảng viên so với nhiệm kỳ 2015 - 2020 (147 đảng viên).';
    expect(flagged(text).filter((c) => c.kind === 'difference')).toEqual([]);
  });
  test('a span of another length than the one compared is no term of a series: a doubt, not an error', () => {
    const text = 'Giai đoạn 2021 - 2024, các tổ hòa giải thành 640 vụ, bình quân 160 vụ/năm, cao hơn 12 vụ so với bình quân giai đoạn 2016 - 2020 (148 vụ/năm).';
    expect(flagged(text).filter((c) => c.kind === 'term-label')).toEqual([]);
  });
  test('the causes of one household are several at once: a causes list over its total is undecided', () => {
    const text = 'Nguyên nhân nghèo chủ yếu của 36 hộ nghèo: hộ không có khả năng lao động 16 hộ, hộ có người ốm đau dài ngày 13 hộ, hộ thiếu đất sản xuất 10 hộ.';
    expect(flagged(text)).toEqual([]);
    expect(claims(text).find((c) => c.kind === 'sum')).toMatchObject({ verdict: 'ambiguous' });
  });
});

describe('a sentence opening on the value it compares with', () => {
  test('a change of that unit and its rate: the rate is the change over that value', () => {
    const text = 'So với năm 2023 (186 vụ việc), số vụ việc tiếp nhận tăng 24 vụ (12,91%); tỷ lệ hòa giải thành đạt 80,5%.';
    expect(flagged(text)).toEqual([expect.objectContaining({ kind: 'ratio', verdict: 'rounding', stated: '12,91%', expected: '12,90%' })]);
    expect(claims(text.replace('12,91%', '12,90%')).filter((c) => c.kind === 'ratio').map((c) => c.verdict)).toEqual(['consistent']);
  });
  test('a change of another unit than the value compared with is not read', () => {
    expect(claims('So với năm 2023 (186 vụ việc), số người được hòa giải tăng 24 người (12,90%).').filter((c) => c.kind === 'ratio')).toEqual([]);
  });
});

describe('two values and two changes joined by "và" under one verb', () => {
  test('each change meets the one value of its unit on each side', () => {
    const text = 'Ủy ban Kiểm tra giám sát 38 tổ chức đảng và 104 đảng viên, tăng 06 tổ chức đảng và 21 đảng viên so với năm 2024 (32 tổ chức đảng, 86 đảng viên).';
    const changes = claims(text).filter((c) => c.kind === 'difference');
    expect(changes.map((c) => [c.stated, c.verdict])).toEqual([['6', 'consistent'], ['21', 'inconsistent']]);
    expect(changes[1].expected).toBe('18');
  });
});
