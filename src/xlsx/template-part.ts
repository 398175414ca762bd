// The templates' custom XML part inside an .xlsx package (customXml/itemN.xml, related from the workbook), read
// and written with jszip: exceljs does not keep parts it does not know, so the part is put back after it writes.
import JSZip from 'jszip';
import { Template, TEMPLATE_NAMESPACE, templateFromXml } from '../core';

const CUSTOM_XML_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml';
const PROPS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps';
const PROPS_TYPE = 'application/vnd.openxmlformats-officedocument.customXmlProperties+xml';
const WORKBOOK_RELS = 'xl/_rels/workbook.xml.rels';

const isOurs = (xml: string) => xml.includes(`xmlns="${TEMPLATE_NAMESPACE}"`);

async function ourItem(zip: JSZip): Promise<{ path: string; xml: string } | undefined> {
  for (const path of Object.keys(zip.files).filter((p) => /^customXml\/item\d+\.xml$/.test(p))) {
    const xml = await zip.file(path)!.async('string');
    if (isOurs(xml)) return { path, xml };
  }
  return undefined;
}

/** The stored templates' XML, or undefined when the workbook has none. */
export async function readTemplatePart(bytes: ArrayBuffer | Uint8Array): Promise<string | undefined> {
  const zip = await JSZip.loadAsync(bytes);
  return (await ourItem(zip))?.xml;
}

/** The templates stored in the workbook, or undefined; a damaged part is a TemplateError naming the field. */
export async function readStoredTemplate(bytes: ArrayBuffer | Uint8Array): Promise<Template | undefined> {
  const xml = await readTemplatePart(bytes);
  return xml ? templateFromXml(xml) : undefined;
}

/** A copy of the package with the templates' part replaced by (or set to) `xml`. */
export async function writeTemplatePart(bytes: ArrayBuffer | Uint8Array, xml: string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const rels = await zip.file(WORKBOOK_RELS)?.async('string');
  const types = await zip.file('[Content_Types].xml')?.async('string');
  if (rels === undefined || types === undefined) throw new Error('Tệp không phải sổ tính .xlsx (thiếu workbook.xml.rels)');
  const existing = await ourItem(zip);
  let n: number;
  let newRels = rels;
  let newTypes = types;
  if (existing) {
    n = Number(/item(\d+)\.xml$/.exec(existing.path)![1]);
  } else {
    const used = Object.keys(zip.files).map((p) => /^customXml\/item(\d+)\.xml$/.exec(p)?.[1]).filter(Boolean).map(Number);
    n = Math.max(0, ...used) + 1;
    const ids = [...rels.matchAll(/Id="rId(\d+)"/g)].map((m) => Number(m[1]));
    const id = `rId${Math.max(0, ...ids) + 1}`;
    newRels = rels.replace('</Relationships>', `<Relationship Id="${id}" Type="${CUSTOM_XML_REL}" Target="../customXml/item${n}.xml"/></Relationships>`);
    newTypes = types.replace('</Types>', `<Override PartName="/customXml/itemProps${n}.xml" ContentType="${PROPS_TYPE}"/></Types>`);
    if (!/<Default Extension="xml"/.test(newTypes)) newTypes = newTypes.replace('</Types>', '<Default Extension="xml" ContentType="application/xml"/></Types>');
  }
  zip.file(`customXml/item${n}.xml`, xml);
  zip.file(
    `customXml/itemProps${n}.xml`,
    `<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<ds:datastoreItem ds:itemID="{5D8E2F4A-1B7C-4C39-9A0E-50A75050${String(n).padStart(4, '0')}}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs><ds:schemaRef ds:uri="${TEMPLATE_NAMESPACE}"/></ds:schemaRefs></ds:datastoreItem>`,
  );
  zip.file(
    `customXml/_rels/item${n}.xml.rels`,
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${PROPS_REL}" Target="itemProps${n}.xml"/></Relationships>`,
  );
  zip.file(WORKBOOK_RELS, newRels);
  zip.file('[Content_Types].xml', newTypes);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
