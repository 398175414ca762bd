// Templates kept inside the workbook as one custom XML part: the template JSON as the text of a namespaced root
// element. Excel finds the part by its namespace (customXmlParts.getByNamespace); the command line reads and
// writes the same part in the .xlsx package, so both see the same templates.
import { parseTemplate, Template, TEMPLATE_FORMAT, TEMPLATE_VERSION, TemplateError, TemplateTable } from './schema';

export const TEMPLATE_NAMESPACE = 'urn:soatso:templates';

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const unescapeXml = (s: string) =>
  s.replace(/&(lt|gt|quot|apos|#(\d+)|#x([0-9a-f]+)|amp);/gi, (whole, name: string, dec?: string, hex?: string) => {
    if (dec) return String.fromCodePoint(Number(dec));
    if (hex) return String.fromCodePoint(parseInt(hex, 16));
    return { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' }[name.toLowerCase()] ?? whole;
  });

export function templateToXml(template: Template): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<templates xmlns="${TEMPLATE_NAMESPACE}" version="${template.version}">${escapeXml(JSON.stringify(template))}</templates>`;
}

/** The templates stored in a part's XML; a damaged part is a TemplateError naming what is wrong. */
export function templateFromXml(xml: string): Template {
  const m = /<templates\b[^>]*xmlns="urn:soatso:templates"[^>]*>([\s\S]*)<\/templates>\s*$/.exec(xml.replace(/^\uFEFF/, '').trim());
  if (!m) throw new TemplateError('(phần XML trong sổ tính)', `không phải phần mẫu bảng của Soát Số (cần thẻ <templates xmlns="${TEMPLATE_NAMESPACE}">)`);
  let json: unknown;
  try {
    json = JSON.parse(unescapeXml(m[1]));
  } catch (e) {
    throw new TemplateError('(phần XML trong sổ tính)', `nội dung không phải JSON: ${(e as Error).message}`);
  }
  return parseTemplate(json);
}

export function emptyTemplate(): Template {
  return { format: TEMPLATE_FORMAT, version: TEMPLATE_VERSION, tables: [] };
}

/** Add tables to stored templates: a table with the same id replaces the stored one, others are kept. */
export function mergeTemplates(stored: Template | undefined, added: TemplateTable[]): Template {
  const base = stored ?? emptyTemplate();
  const ids = new Set(added.map((t) => t.id));
  return { ...base, version: TEMPLATE_VERSION, tables: [...base.tables.filter((t) => !ids.has(t.id)), ...added] };
}
