#!/usr/bin/env node
// Offline check of the add-in manifest. Microsoft's validator (npm run validate:online) needs its online
// service, which machines without a network cannot reach; this checks the structure the add-in relies on:
// required elements in schema order, both hosts, the permission, https URLs, icon sizes against the
// actual PNG files, the ribbon button, and that every resource reference resolves.
const fs = require('node:fs');
const path = require('node:path');
const xml2js = require('xml2js');

const BASE_ORDER = ['Id', 'AlternateId', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl', 'HighResolutionIconUrl', 'SupportUrl', 'AppDomains', 'Hosts', 'Requirements', 'DefaultSettings', 'Permissions', 'AllowSnapshot', 'VersionOverrides'];
const REQUIRED = ['Id', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl', 'HighResolutionIconUrl', 'SupportUrl', 'Hosts', 'DefaultSettings', 'Permissions'];

function pngSize(file) {
  const b = fs.readFileSync(file);
  if (b.length < 24 || b.toString('latin1', 1, 4) !== 'PNG') return undefined;
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

/** Elements in document order with their attributes, local names without prefixes. */
function walk(node, name, visit, trail = []) {
  const here = [...trail, name];
  visit(name, node, here);
  for (const child of node.$$ ?? []) walk(child, child['#name'].replace(/^.*:/, ''), visit, here);
}

async function validate(manifestPath, assetsDir = path.join(path.dirname(manifestPath), 'assets')) {
  const problems = [];
  const text = fs.readFileSync(manifestPath, 'utf8');
  let root;
  try {
    root = await xml2js.parseStringPromise(text, { explicitChildren: true, preserveChildrenOrder: true, charsAsChildren: false });
  } catch (e) {
    return [`XML không hợp lệ: ${e.message}`];
  }
  const app = root.OfficeApp;
  if (!app) return ['Phần tử gốc phải là OfficeApp'];
  const attr = (n, a) => n.$?.[a];
  const textOf = (n) => (typeof n === 'string' ? n : n?._ ?? '').trim();
  if (attr(app, 'xmlns') !== 'http://schemas.microsoft.com/office/appforoffice/1.1') problems.push('OfficeApp: xmlns phải là http://schemas.microsoft.com/office/appforoffice/1.1');
  if (attr(app, 'xsi:type') !== 'TaskPaneApp') problems.push('OfficeApp: xsi:type phải là TaskPaneApp');

  const children = (app.$$ ?? []).map((c) => c['#name']);
  for (const r of REQUIRED) if (!children.includes(r)) problems.push(`Thiếu phần tử bắt buộc <${r}>`);
  const positions = children.filter((c) => BASE_ORDER.includes(c)).map((c) => BASE_ORDER.indexOf(c));
  if (positions.some((p, i) => i > 0 && p < positions[i - 1])) problems.push(`Thứ tự phần tử chưa đúng lược đồ: ${children.join(', ')}`);

  const first = (name) => (app.$$ ?? []).find((c) => c['#name'] === name);
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(textOf(first('Id')))) problems.push('<Id> phải là một GUID');
  if (!/^\d+(\.\d+){0,3}$/.test(textOf(first('Version')))) problems.push('<Version> phải có dạng n.n.n.n');
  for (const [name, max] of [['DisplayName', 125], ['Description', 250]]) {
    const v = attr(first(name) ?? {}, 'DefaultValue');
    if (!v) problems.push(`<${name}> thiếu DefaultValue`);
    else if (v.length > max) problems.push(`<${name}> dài quá ${max} ký tự`);
  }
  const hosts = (first('Hosts')?.$$ ?? []).map((h) => attr(h, 'Name'));
  for (const h of ['Workbook', 'Document']) if (!hosts.includes(h)) problems.push(`<Hosts> thiếu ${h} (${h === 'Workbook' ? 'Excel' : 'Word'})`);
  if (textOf(first('Permissions')) !== 'ReadWriteDocument') problems.push(`<Permissions> phải là ReadWriteDocument (đang là "${textOf(first('Permissions'))}")`);
  const source = (first('DefaultSettings')?.$$ ?? []).find((c) => c['#name'] === 'SourceLocation');
  if (!source) problems.push('<DefaultSettings> thiếu <SourceLocation>');

  // Every URL the manifest names must be https.
  const resources = new Map();
  const urls = [];
  const references = [];
  const controls = [];
  const vo = first('VersionOverrides');
  walk(app, 'OfficeApp', (name, node, trail) => {
    const dv = attr(node, 'DefaultValue');
    if (['IconUrl', 'HighResolutionIconUrl', 'SupportUrl', 'SourceLocation', 'Image', 'Url', 'AppDomain'].includes(name)) {
      const url = name === 'AppDomain' ? textOf(node) : dv;
      if (url !== undefined && !/^https:\/\//.test(url)) problems.push(`<${name}> phải dùng https: ${url}`);
      else if (url !== undefined) urls.push(url);
    }
    if (trail.includes('Resources') && attr(node, 'id')) resources.set(attr(node, 'id'), { kind: trail[trail.length - 2], node });
    if (attr(node, 'resid')) references.push({ name, resid: attr(node, 'resid'), trail });
    if ((name === 'Group' || name === 'Control') && attr(node, 'id')) controls.push(attr(node, 'id'));
  });

  // A deployed manifest names one server: a URL left on another (a forgotten localhost) fails only on the users' machines.
  const sourceUrl = attr(source ?? {}, 'DefaultValue');
  const origin = sourceUrl && /^https:\/\//.test(sourceUrl) ? new URL(sourceUrl).origin : undefined;
  if (origin) {
    for (const url of urls) if (!url.startsWith(origin + '/') && url !== origin) problems.push(`Địa chỉ không cùng máy chủ với SourceLocation (${origin}): ${url}`);
  }

  for (const [name, size] of [['IconUrl', 32], ['HighResolutionIconUrl', 64]]) {
    const url = attr(first(name) ?? {}, 'DefaultValue') ?? '';
    checkIcon(url, size, name, assetsDir, problems);
  }

  if (!vo) problems.push('Thiếu <VersionOverrides>: không có nút trên ribbon');
  else {
    if (attr(vo, 'xsi:type') !== 'VersionOverridesV1_0') problems.push('<VersionOverrides> phải có xsi:type="VersionOverridesV1_0"');
    if (attr(vo, 'xmlns') !== 'http://schemas.microsoft.com/office/taskpaneappversionoverrides') problems.push('<VersionOverrides> sai xmlns');
    if (!/Name="AddinCommands"/.test(text)) problems.push('<VersionOverrides> cần khai báo bộ yêu cầu AddinCommands 1.1 cho nút ribbon');
    const voHosts = [];
    walk(vo, 'VersionOverrides', (name, node, trail) => {
      if (name === 'Host' && trail.includes('Hosts')) voHosts.push(node);
    });
    for (const type of ['Workbook', 'Document']) {
      const host = voHosts.find((h) => attr(h, 'xsi:type') === type);
      if (!host) {
        problems.push(`<VersionOverrides> thiếu <Host xsi:type="${type}">`);
        continue;
      }
      const found = { tab: false, button: false, action: false };
      walk(host, 'Host', (name, node) => {
        if (name === 'ExtensionPoint' && attr(node, 'xsi:type') === 'PrimaryCommandSurface') found.surface = true;
        if (name === 'OfficeTab' && attr(node, 'id') === 'TabHome') found.tab = true;
        if (name === 'Control' && attr(node, 'xsi:type') === 'Button') found.button = true;
        if (name === 'Action' && attr(node, 'xsi:type') === 'ShowTaskpane') found.action = true;
      });
      if (!found.tab || !found.button || !found.action) problems.push(`${type}: cần nút (Control Button) trên thẻ Home (TabHome) mở khung (ShowTaskpane)`);
    }
    const sizes = new Set();
    for (const [id, r] of resources) {
      if (r.kind !== 'Images') continue;
      const url = attr(r.node, 'DefaultValue') ?? '';
      const size = Number(/(\d+)x\d+/.exec(id)?.[1] ?? /-(\d+)\.png$/.exec(url)?.[1]);
      sizes.add(size);
      checkIcon(url, size, `bt:Image ${id}`, assetsDir, problems);
    }
    for (const s of [16, 32, 80]) if (!sizes.has(s)) problems.push(`Thiếu biểu tượng ${s}×${s} trong <bt:Images>`);
    for (const ref of references) {
      const r = resources.get(ref.resid);
      if (!r) problems.push(`resid="${ref.resid}" (${ref.name}) không có trong <Resources>`);
      if (ref.resid.length > 32) problems.push(`resid="${ref.resid}" dài quá 32 ký tự`);
    }
    for (const [id, r] of resources) {
      const v = attr(r.node, 'DefaultValue') ?? '';
      if (r.kind === 'ShortStrings' && v.length > 125) problems.push(`Chuỗi ngắn ${id} dài quá 125 ký tự`);
      if (r.kind === 'LongStrings' && v.length > 250) problems.push(`Chuỗi dài ${id} dài quá 250 ký tự`);
    }
  }
  const dup = controls.filter((c, i) => controls.indexOf(c) !== i);
  if (dup.length) problems.push(`Trùng id của Group/Control: ${[...new Set(dup)].join(', ')}`);
  return problems;
}

function checkIcon(url, size, where, assetsDir, problems) {
  const name = url.split('/').pop();
  const file = path.join(assetsDir, name ?? '');
  if (!name || !fs.existsSync(file)) return problems.push(`${where}: không có tệp biểu tượng ${name} trong assets/`);
  const dims = pngSize(file);
  if (!dims) return problems.push(`${where}: ${name} không phải PNG`);
  if (dims.width !== size || dims.height !== size) problems.push(`${where}: ${name} là ${dims.width}×${dims.height}, cần ${size}×${size}`);
}

module.exports = { validate };

if (require.main === module) {
  // With no argument: the development manifest, and the built one (npm run build) when there is one.
  const root = path.resolve(__dirname, '..');
  const built = path.join(root, 'dist', 'web', 'manifest.xml');
  const files = process.argv.length > 2 ? process.argv.slice(2) : [path.join(root, 'manifest.xml'), ...(fs.existsSync(built) ? [built] : [])];
  (async () => {
    let failed = false;
    for (const file of files) {
      const problems = await validate(file);
      const name = path.relative(process.cwd(), file) || file;
      if (problems.length) {
        failed = true;
        console.error(`${name}: ${problems.length} vấn đề\n${problems.map((p) => `- ${p}`).join('\n')}`);
      } else console.log(`${name}: hợp lệ (kiểm tra cấu trúc ngoại tuyến: phần tử bắt buộc, Excel và Word, ReadWriteDocument, https trên một máy chủ, biểu tượng 16/32/64/80, nút ribbon, tài nguyên).`);
    }
    if (failed) process.exit(1);
    console.log('Kiểm tra theo dịch vụ của Microsoft (cần mạng): npm run validate:online');
  })();
}
