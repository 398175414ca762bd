// End to end in a real browser: the preview pane over the example workbook, as a staff member uses it.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { checkWorkbook } from '../src/core';
import { readWorkbook } from '../src/xlsx/read';
import { EXAMPLE_PATH } from '../examples/build-example';
import { buildPane, launch } from './helpers/browser';

const { startServer } = require('../tools/serve-preview.js');

// A production build of the pane on two busy cores can take minutes; the guard is against a hang, not a measure.
jest.setTimeout(600_000);

const ARTIFACTS = join(__dirname, 'artifacts');
mkdirSync(ARTIFACTS, { recursive: true });

let server: Server;
let browser: Browser;
let base: string;

beforeAll(async () => {
  const root = await buildPane();
  server = await startServer(0, root);
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  server?.close();
});

/** A page that records console errors, CSP violations and every request it makes. */
async function openPane(query = ''): Promise<{ page: Page; problems: string[]; requests: string[] }> {
  const page = await browser.newPage({ viewport: { width: 420, height: 900 }, acceptDownloads: true });
  const problems: string[] = [];
  const requests: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || /Content Security Policy/i.test(m.text())) problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(`${base}/preview.html${query}`);
  await page.getByTestId('check').waitFor();
  return { page, problems, requests };
}

test('open the example workbook, check, go to a cell, fix it, download the corrected copy', async () => {
  const { page, problems, requests } = await openPane();
  expect(await page.getByTestId('check').isDisabled()).toBe(true);
  await page.getByTestId('file-input').setInputFiles(EXAMPLE_PATH);
  await page.getByText('bao-cao-mau.xlsx').waitFor();
  await page.screenshot({ path: join(ARTIFACTS, 'preview-1-opened.png') });

  // Keyboard: focus "Kiểm tra" and press Enter.
  await page.getByTestId('check').focus();
  await page.keyboard.press('Enter');
  await page.getByTestId('summary').waitFor();
  expect(await page.getByTestId('summary').textContent()).toBe('8 bảng · 18 lỗi · 4 cảnh báo');
  const cards = page.getByTestId('finding');
  expect(await cards.count()).toBe(16);
  const d8 = cards.filter({ hasText: '357 có thể gõ nhầm từ 327 — một chữ số' });
  expect(await d8.count()).toBe(1);
  await page.screenshot({ path: join(ARTIFACTS, 'preview-2-findings.png'), fullPage: true });

  // Keyboard again: the finding's own button, Enter, selects the cell.
  await d8.getByRole('button').first().focus();
  await page.keyboard.press('Enter');
  await page.getByTestId('host-status').filter({ hasText: 'Ô đang chọn: Biểu 1!D8' }).waitFor();

  await d8.getByTestId('fix').click();
  await page.getByRole('dialog').waitFor();
  await page.waitForTimeout(500); // let the dialog's opening motion finish before the screenshot
  expect(await page.getByRole('dialog').textContent()).toContain('Ô Biểu 1!D8 sẽ đổi từ 357 thành 327');
  await page.screenshot({ path: join(ARTIFACTS, 'preview-3-confirm.png') });
  await page.getByTestId('confirm').click();
  await page.getByTestId('summary').filter({ hasText: '13 lỗi' }).waitFor();
  expect(await page.getByTestId('summary').textContent()).toBe('8 bảng · 13 lỗi · 4 cảnh báo');
  await page.getByText('Đã sửa Biểu 1!D8 thành 327.').waitFor();

  await page.getByTestId('flag').click();
  await page.getByText(/Đã đánh dấu \d+ ô\./).waitFor();
  await page.screenshot({ path: join(ARTIFACTS, 'preview-4-fixed.png'), fullPage: true });

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download').click()]);
  expect(download.suggestedFilename()).toBe('bao-cao-mau-da-soat.xlsx');
  const saved = join(ARTIFACTS, 'bao-cao-mau-da-soat.xlsx');
  await download.saveAs(saved);
  const copy = checkWorkbook(await readWorkbook(readFileSync(saved)));
  expect(copy.findings.filter((f) => f.sheet === 'Biểu 1' && f.severity === 'error')).toEqual([]);
  expect(copy.summary.errors).toBe(13);

  expect(problems.filter((p) => !/favicon/.test(p))).toEqual([]);
  expect(requests.filter((u) => !u.startsWith(base) && !u.startsWith('blob:') && !u.startsWith('data:'))).toEqual([]);
  await page.close();
});

test('undo puts the cell back and the errors return', async () => {
  const { page } = await openPane();
  await page.getByTestId('file-input').setInputFiles(EXAMPLE_PATH);
  await page.getByTestId('check').click();
  await page.getByTestId('summary').waitFor();
  await page.getByTestId('finding').filter({ hasText: '564 có thể gõ nhầm từ 654' }).getByTestId('fix').click();
  await page.getByTestId('confirm').click();
  await page.getByTestId('summary').filter({ hasText: '17 lỗi' }).waitFor();
  await page.getByTestId('undo').click();
  await page.getByTestId('summary').filter({ hasText: '18 lỗi' }).waitFor();
  await page.getByText('Đã trả Biểu 2!C8 về như cũ.').waitFor();
  await page.close();
});

test('English when asked', async () => {
  const { page } = await openPane('?lang=en');
  expect(await page.getByTestId('check').textContent()).toBe('Check');
  await page.getByTestId('file-input').setInputFiles(EXAMPLE_PATH);
  await page.getByTestId('check').click();
  await page.getByTestId('summary').waitFor();
  expect(await page.getByTestId('summary').textContent()).toBe('8 tables · 18 errors · 4 warnings');
  await page.screenshot({ path: join(ARTIFACTS, 'preview-5-english.png') });
  await page.close();
});

test('cell text is shown as text, never as HTML', async () => {
  const { page } = await openPane();
  const ExcelJS = (await import('exceljs')).default;
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('<img src=x onerror=alert(1)>');
  ws.addRows([
    ['STT', 'Nội dung', 'Năm 2023'],
    ['', 'Tổng số', 10],
    ['1', '<b>A</b>', '<img src=x onerror="document.title=1">'],
    ['2', 'B', 5],
  ]);
  const path = join(ARTIFACTS, 'html-in-cells.xlsx');
  await wb.xlsx.writeFile(path);
  await page.getByTestId('file-input').setInputFiles(path);
  await page.getByTestId('check').click();
  await page.getByTestId('summary').waitFor();
  expect(await page.locator('main img').count()).toBe(0);
  expect(await page.locator('main b').count()).toBe(0);
  expect(await page.getByText('"<img src=x onerror="document.title=1">" không phải là số', { exact: false }).count()).toBeGreaterThan(0);
  expect(await page.title()).not.toBe('1');
  await page.close();
});

test('the prose pane over a report: claims with verdicts, the real errors of the draft, selecting one', async () => {
  const { page, problems, requests } = await openPane();
  await page.getByTestId('file-input').setInputFiles(join(__dirname, '..', '..', 'shared', 'seeds', 'bao-cao-ket-luan-38.txt'));
  await page.getByTestId('scan').click();
  await page.getByTestId('prose-summary').waitFor();
  // Ten: the level shares of footnote 3 that add up to 100,02 % are told inside the 91,55 % share's finding, one slip.
  expect(await page.getByTestId('prose-summary').textContent()).toMatch(/^\d+ nhận định · 10 sai · 11 làm tròn sai · 1 không rõ$/);
  const card = page.getByTestId('claim').filter({ hasText: 'Có thể 564 là gõ nhầm của 654 — đảo hai chữ số liền nhau' }).first();
  await card.getByRole('button').first().click();
  await page.getByTestId('host-status').filter({ hasText: 'Đang xem Đoạn 49' }).waitFor();
  await page.screenshot({ path: join(ARTIFACTS, 'preview-6-prose.png'), fullPage: true });
  expect(await page.getByTestId('prose-fix').count()).toBe(0);
  expect(problems).toEqual([]);
  expect(requests.filter((u) => !u.startsWith(base) && !u.startsWith('blob:') && !u.startsWith('data:'))).toEqual([]);
  await page.close();
});

test('templates in the pane: save, roll a sheet forward, add a library table, export, all with the keyboard', async () => {
  const { page, problems, requests } = await openPane();
  await page.getByTestId('file-input').setInputFiles(EXAMPLE_PATH);
  await page.getByRole('button', { name: 'Mẫu bảng và chuyển kỳ' }).click();
  await page.getByTestId('stored').filter({ hasText: 'Sổ tính chưa lưu mẫu bảng nào.' }).waitFor();
  // The sheets to roll are listed before any check.
  await page.getByTestId('roll-sheet').locator('option', { hasText: 'Tổng hợp' }).waitFor({ state: 'attached' });
  expect(await page.getByTestId('roll-sheet').locator('option').allTextContents()).toEqual(['Biểu 1', 'Biểu 2', 'Biểu 3', 'Biểu 4', 'Biểu 5', 'Biểu 6', 'Biểu 7', 'Tổng hợp']);
  await page.getByTestId('check').click();
  await page.getByTestId('summary').waitFor();

  await page.getByTestId('save-templates').focus();
  await page.keyboard.press('Enter');
  await page.getByText(/^Đã lưu 8 mẫu bảng: Biểu 1\/1/).waitFor();
  await page.getByTestId('stored').filter({ hasText: 'Sổ tính đang lưu 8 mẫu bảng' }).waitFor();
  expect(await page.getByTestId('use-templates').isChecked()).toBe(true);
  // Once the check that follows the save is done, the switch can be turned off again.
  await page.locator('[data-testid="use-templates"]:enabled').waitFor();

  await page.getByTestId('roll-sheet').selectOption('Biểu 4');
  await page.getByTestId('roll-to').fill('2025 - 2030');
  await page.getByTestId('roll').click();
  await page.getByText('Đã tạo trang Biểu 4 (2025 - 2030). C4: Nhiệm kỳ 2015 - 2020 → Nhiệm kỳ 2020 - 2025; D4: Nhiệm kỳ 2020 - 2025 → Nhiệm kỳ 2025 - 2030; F4: So sánh với nhiệm kỳ 2010 - 2015 (%) → So sánh với nhiệm kỳ 2020 - 2025 (%)').waitFor();
  // The check runs again with the stored templates: the rolled sheet adds a table and no error.
  await page.getByTestId('summary').filter({ hasText: '9 bảng · 18 lỗi' }).waitFor();

  await page.getByTestId('library').selectOption('ly-luan-chinh-tri');
  expect(await page.getByTestId('library-period').inputValue()).toBe('2025 - 2030');
  await page.getByTestId('add-library').click();
  await page.getByText('Đã thêm trang Lý luận chính trị (2025 - 2030) với mẫu bảng của nó.').waitFor();
  await page.getByTestId('summary').filter({ hasText: '10 bảng · 18 lỗi' }).waitFor();
  await page.screenshot({ path: join(ARTIFACTS, 'preview-7-templates.png'), fullPage: true });
  await page.getByTestId('templates').screenshot({ path: join(ARTIFACTS, 'preview-7-templates-section.png') });

  const [json] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-templates').click()]);
  expect(json.suggestedFilename()).toBe('mau-bang.json');
  const exported = JSON.parse(readFileSync(await json.path(), 'utf8'));
  expect(exported.tables.map((t: { id: string }) => t.id).slice(-2)).toEqual(['Biểu 4 (2025 - 2030)/1', 'Lý luận chính trị (2025 - 2030)/1']);

  const [copy] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download').click()]);
  const sheets = await readWorkbook(readFileSync(await copy.path()));
  expect(sheets.map((s) => s.name).slice(-2)).toEqual(['Biểu 4 (2025 - 2030)', 'Lý luận chính trị (2025 - 2030)']);

  // Another district imports the exported file into its own copy of the workbook.
  await page.getByTestId('file-input').setInputFiles(EXAMPLE_PATH);
  await page.getByRole('button', { name: 'Mẫu bảng và chuyển kỳ' }).click();
  await page.getByTestId('stored').filter({ hasText: 'Sổ tính chưa lưu mẫu bảng nào.' }).waitFor();
  await page.getByTestId('import-file').setInputFiles(await json.path());
  await page.getByText(/^Đã nhập và lưu 10 mẫu bảng/).waitFor();
  await page.getByTestId('stored').filter({ hasText: 'Sổ tính đang lưu 10 mẫu bảng' }).waitFor();
  expect(problems).toEqual([]);
  expect(requests.filter((u) => !u.startsWith(base) && !u.startsWith('blob:') && !u.startsWith('data:'))).toEqual([]);
  await page.close();
});

test("gathering in the pane: the province's workbook open, the districts' files chosen, each district's status, new sheets in the download", async () => {
  const { buildDistricts, DISTRICTS, PLANTED } = await import('../examples/build-districts');
  const g = await buildDistricts(join(ARTIFACTS, 'tong-hop-mau'));
  const bogus = join(ARTIFACTS, 'tong-hop-mau', 'hong.xlsx');
  writeFileSync(bogus, 'không phải sổ tính');
  const { page, problems, requests } = await openPane();
  await page.getByTestId('file-input').setInputFiles(g.provincePath);
  await page.getByText('TINH.xlsx').waitFor();
  await page.getByRole('button', { name: 'Tổng hợp số liệu các đơn vị' }).click();
  await page.getByTestId('gather-entry-dang-vien-theo-loai').check();
  expect(await page.getByTestId('gather-entry-to-chuc-co-so-dang').isChecked()).toBe(true);
  await page.getByTestId('gather-period').fill('2024');
  await page.getByTestId('gather-files').setInputFiles([...g.districts.map((d) => d.file), bogus]);
  await page.getByTestId('gather-chosen').filter({ hasText: 'Đã chọn 9 tệp' }).waitFor();

  // Keyboard: focus "Tổng hợp" and press Enter.
  await page.getByTestId('gather-run').focus();
  await page.keyboard.press('Enter');
  await page.getByText('Cộng được 8/9 đơn vị.').waitFor();
  const rows = page.getByTestId('gather-district');
  expect(await rows.count()).toBe(9);
  const stateOf = async (name: string) => (await rows.filter({ hasText: name }).first().getByTestId('gather-state').textContent())?.trim();
  expect(await stateOf('Vị Thanh')).toBe('Đã cộng');
  expect(await stateOf(PLANTED.typo)).toBe('Đã cộng, CÓ LỖI');
  expect(await stateOf(PLANTED.missingRow)).toBe('Đã cộng, có chỗ thiếu');
  expect(await stateOf('hong.xlsx')).toBe('Không đọc được');
  expect((await rows.allTextContents()).map((t) => t.split(/Đã cộng|Không/)[0].trim()).slice(0, DISTRICTS.length)).toEqual(DISTRICTS.map(([n]) => n));
  // The cells and findings behind a status, opened from the keyboard.
  await rows.filter({ hasText: PLANTED.missingRow }).first().getByRole('button', { name: /^Ghi chú/ }).focus();
  await page.keyboard.press('Enter');
  await page.getByText(`${PLANTED.missingRow} thiếu dòng "${PLANTED.missingLabel}"`, { exact: false }).waitFor();
  await page.screenshot({ path: join(ARTIFACTS, 'preview-8-gather.png'), fullPage: true });

  await page.getByTestId('gather-write').click();
  await page.getByTestId('gathered-sheets').waitFor();
  const added = ['Tổ chức cơ sở đảng (tổng hợp)', 'Đảng viên (tổng hợp)', 'Theo đơn vị', 'Ghi chú'];
  expect(await page.getByTestId('gathered-sheets').locator('li').allTextContents()).toEqual(added);
  const [copy] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download').click()]);
  const sheets = await readWorkbook(readFileSync(await copy.path()));
  expect(sheets.map((s) => s.name)).toEqual(['Tổ chức cơ sở đảng', 'Đảng viên', ...added]);
  expect(problems).toEqual([]);
  expect(requests.filter((u) => !u.startsWith(base) && !u.startsWith('blob:') && !u.startsWith('data:'))).toEqual([]);
  await page.close();
});
