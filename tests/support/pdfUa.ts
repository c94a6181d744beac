// An offline check of the PDF/UA (ISO 14289-1) conditions that a machine can
// decide, read from the PDF's own objects with pdf-lib (veraPDF needs Java,
// which cannot be installed here). Each failure names its Matterhorn Protocol
// 1.1 condition. What is checked, condition by condition:
//
// | Matterhorn | failure condition                                              | how it is checked here |
// | ---------- | -------------------------------------------------------------- | ---------------------- |
// | 01-003     | content marked as Artifact inside tagged content               | marked-content stack of every page's content stream |
// | 01-004     | tagged content inside content marked as Artifact               | the same stack |
// | 01-005     | content neither Artifact nor tagged (every text, path and fill) | every text-showing and painting operator is inside marked content |
// | 01-007     | MarkInfo Suspects true / (PDF/UA 7.1) Marked not true          | catalog MarkInfo |
// | 02-001     | a structure type that is not standard (and not role-mapped)    | every element's S against ISO 32000-1's standard types |
// | 06-001/2/3 | no XMP metadata; no PDF/UA identifier; no dc:title             | catalog Metadata stream; pdfuaid:part; dc:title equals Info Title |
// | 07-001/2   | ViewerPreferences without DisplayDocTitle, or false            | catalog ViewerPreferences |
// | 09-004     | table elements not as ISO 32000-1 Table 337 says               | Table → TR (or THead/TBody/TFoot → TR) → TH/TD; TR/TH/TD nowhere else; every row the same width, counting ColSpan/RowSpan |
// | 09-005     | list elements not as ISO 32000-1 says                          | L → LI/L/Caption; LI → Lbl/LBody; LI, Lbl, LBody nowhere else |
// | 11-001/6   | natural language of content / metadata cannot be determined   | catalog Lang is en-GB; XMP dc:language en-GB |
// | 13-004     | Figure without alternative text                               | every Figure has a non-empty Alt |
// | 14-002/3   | first numbered heading not H1; heading levels skipped          | headings in reading order |
// | 15-003     | TH without Scope (no Headers/IDs used)                          | every TH's attribute dictionary |
// | 19-003     | Note without ID                                                | every Note element |
// | 31-009/027 | font not embedded; no ToUnicode for a Type 0 / symbolic font   | every font of every page |
// | —          | structure tree consistent with the content                    | each MCID of a page is marked once, is in the page's ParentTree entry, and that element lists it |
//
// Not machine-decidable and so not checked: reading order being logical
// (09-001), alt text being accurate (13-004's human part), colour contrast.
// Bookmarks (WCAG technique PDF2) are checked by the tests themselves.
import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFNumber,
  PDFRawStream,
  PDFRef,
  PDFStream,
  PDFString,
  decodePDFRawStream,
  type PDFObject,
} from 'pdf-lib';
import { defined, leading } from './defined';

const STANDARD_TYPES = new Set(
  'Document Part Art Sect Div BlockQuote Caption TOC TOCI Index NonStruct Private P H H1 H2 H3 H4 H5 H6 L LI Lbl LBody Table TR TH TD THead TBody TFoot Span Quote Note Reference BibEntry Code Link Annot Ruby RB RT RP Warichu WT WP Figure Formula Form'.split(
    ' ',
  ),
);
const PAINT = new Set(['S', 's', 'f', 'F', 'f*', 'B', 'B*', 'b', 'b*', 'sh', 'Do', 'BI']);
const TEXT = new Set(['Tj', 'TJ', "'", '"']);

export interface Element {
  type: string;
  alt: string | null;
  attributes: PDFDict | null;
  id: string | null;
  children: Element[];
  /** Marked-content ids it owns: page index and MCID. */
  marked: { page: number; mcid: number }[];
  parent: Element | null;
}

export interface UaReport {
  failures: string[];
  root: Element;
  /** Structure types in reading order (depth first). */
  order: Element[];
  outline: { title: string; page: number }[];
  pageCount: number;
}

function text(obj: PDFObject | undefined): string | null {
  if (obj instanceof PDFHexString || obj instanceof PDFString) return obj.decodeText();
  return null;
}

/** Tokens of a content stream: operators and the operands we need (names, dictionaries, numbers). */
function* tokens(content: string): Generator<string> {
  let i = 0;
  const n = content.length;
  while (i < n) {
    const c = content[i];
    if (c === ' ' || c === '\n' || c === '\r' || c === '\t') {
      i++;
    } else if (c === '<' && content[i + 1] === '<') {
      yield '<<';
      i += 2;
    } else if (c === '>' && content[i + 1] === '>') {
      yield '>>';
      i += 2;
    } else if (c === '<') {
      const end = content.indexOf('>', i);
      yield '<hex>';
      i = end + 1;
    } else if (c === '(') {
      let depth = 0;
      for (; i < n; i++) {
        if (content[i] === '\\') i++;
        else if (content[i] === '(') depth++;
        else if (content[i] === ')' && --depth === 0) break;
      }
      yield '(str)';
      i++;
    } else if (c === '[' || c === ']') {
      yield c;
      i++;
    } else {
      let j = i + 1;
      while (j < n && !' \n\r\t[]<>()/'.includes(defined(content[j]))) j++;
      yield content.slice(i, j);
      i = j;
    }
  }
}

function contentOf(doc: PDFDocument, pageDict: PDFDict): string {
  const contents = pageDict.lookup(PDFName.of('Contents'));
  const streams = contents instanceof PDFArray ? contents.asArray().map((r) => doc.context.lookup(r)) : [contents];
  let out = '';
  for (const s of streams) {
    if (s instanceof PDFRawStream) out += Buffer.from(decodePDFRawStream(s).decode()).toString('latin1') + '\n';
    else if (s instanceof PDFStream) out += Buffer.from(s.getContents()).toString('latin1') + '\n';
  }
  return out;
}

export async function checkPdfUa(bytes: Uint8Array): Promise<UaReport> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const failures: string[] = [];
  const fail = (condition: string, what: string) => failures.push(`${condition}: ${what}`);
  const catalog = doc.catalog;
  const pages = doc.getPages();
  const pageIndex = new Map(pages.map((p, i) => [p.ref.toString(), i]));

  // Document-level entries.
  const markInfo = catalog.lookupMaybe(PDFName.of('MarkInfo'), PDFDict);
  if (markInfo?.get(PDFName.of('Marked'))?.toString() !== 'true') fail('01-007/7.1', 'MarkInfo Marked is not true');
  if (markInfo?.get(PDFName.of('Suspects'))?.toString() === 'true') fail('01-007', 'MarkInfo Suspects is true');
  const lang = text(catalog.get(PDFName.of('Lang')));
  if (lang !== 'en-GB') fail('11-001', `catalog Lang is ${lang ?? 'missing'}, not en-GB`);
  const prefs = catalog.lookupMaybe(PDFName.of('ViewerPreferences'), PDFDict);
  const display = prefs?.get(PDFName.of('DisplayDocTitle'));
  if (!display) fail('07-001', 'ViewerPreferences has no DisplayDocTitle');
  else if (display.toString() !== 'true') fail('07-002', 'DisplayDocTitle is false');
  const infoTitle = doc.getTitle();
  const metadata = catalog.lookupMaybe(PDFName.of('Metadata'), PDFStream);
  if (!metadata) fail('06-001', 'no XMP metadata stream');
  else {
    const xmp = Buffer.from(metadata instanceof PDFRawStream ? decodePDFRawStream(metadata).decode() : metadata.getContents()).toString('utf8');
    if (!/<pdfuaid:part>1<\/pdfuaid:part>/.test(xmp)) fail('06-002', 'XMP has no PDF/UA identifier');
    const title = /<dc:title>\s*<rdf:Alt>\s*<rdf:li[^>]*>([^<]*)<\/rdf:li>/.exec(xmp)?.[1];
    const unescape = (s: string) =>
      s
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, '&');
    if (title === undefined || !title.trim()) fail('06-003', 'XMP has no dc:title');
    else if (unescape(title) !== infoTitle) fail('06-004', `dc:title "${title}" differs from the Info title "${infoTitle}"`);
    if (!/<dc:language>\s*<rdf:Bag>\s*<rdf:li>en-GB<\/rdf:li>/.test(xmp)) fail('11-006', 'XMP has no dc:language en-GB');
  }
  if (!infoTitle?.trim()) fail('06-004', 'the document has no title');

  // The structure tree.
  const treeRoot = catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict);
  const root: Element = { type: 'StructTreeRoot', alt: null, attributes: null, id: null, children: [], marked: [], parent: null };
  const order: Element[] = [];
  const owner = new Map<string, Element>(); // "page:mcid" → element
  const elementByRef = new Map<string, Element>();
  if (!treeRoot) fail('01-005', 'no StructTreeRoot: the document is not tagged');
  const visit = (obj: PDFObject | undefined, parent: Element, defaultPage: number | null, refKey: string | null) => {
    const dict = obj instanceof PDFRef ? doc.context.lookup(obj) : obj;
    if (dict instanceof PDFNumber) {
      if (defaultPage === null) fail('structure', `MCID ${dict.asNumber()} of ${parent.type} has no page`);
      else parent.marked.push({ page: defaultPage, mcid: dict.asNumber() });
      return;
    }
    if (!(dict instanceof PDFDict)) return;
    const type = dict.lookupMaybe(PDFName.of('Type'), PDFName)?.decodeText();
    if (type === 'MCR') {
      const pg = dict.get(PDFName.of('Pg'));
      const page = pg ? pageIndex.get(pg.toString()) : defaultPage;
      parent.marked.push({ page: page ?? -1, mcid: (dict.lookup(PDFName.of('MCID')) as PDFNumber).asNumber() });
      return;
    }
    if (type === 'OBJR') return;
    const s = dict.lookupMaybe(PDFName.of('S'), PDFName)?.decodeText() ?? '?';
    const pg = dict.get(PDFName.of('Pg'));
    const page = pg ? (pageIndex.get(pg.toString()) ?? null) : defaultPage;
    const attributes = dict.lookupMaybe(PDFName.of('A'), PDFDict) ?? null;
    const element: Element = {
      type: s,
      alt: text(dict.get(PDFName.of('Alt'))),
      attributes,
      id: text(dict.get(PDFName.of('ID'))),
      children: [],
      marked: [],
      parent,
    };
    if (refKey) elementByRef.set(refKey, element);
    parent.children.push(element);
    order.push(element);
    const k = dict.get(PDFName.of('K'));
    const kids = k instanceof PDFArray ? k.asArray() : k ? [k] : [];
    for (const kid of kids) visit(kid, element, page, kid instanceof PDFRef ? kid.toString() : null);
  };
  if (treeRoot) {
    const k = treeRoot.get(PDFName.of('K'));
    for (const kid of k instanceof PDFArray ? k.asArray() : k ? [k] : []) visit(kid, root, null, kid instanceof PDFRef ? kid.toString() : null);
  }
  for (const el of order) {
    for (const m of el.marked) {
      const key = `${m.page}:${m.mcid}`;
      if (owner.has(key)) fail('structure', `MCID ${m.mcid} on page ${m.page + 1} belongs to two elements`);
      owner.set(key, el);
    }
  }

  // Element by element.
  let lastHeading = 0;
  const rowWidths = new Map<Element, number[]>();
  for (const el of order) {
    const parentType = el.parent?.type ?? '';
    if (!STANDARD_TYPES.has(el.type)) fail('02-001', `structure type ${el.type} is not standard`);
    if (el.type === 'Figure' && !el.alt?.trim()) fail('13-004', 'a Figure has no alternative text');
    if (el.type === 'Note' && !el.id) fail('19-003', 'a Note has no ID');
    const heading = /^H([1-6])$/.exec(el.type);
    if (heading) {
      const level = Number(heading[1]);
      if (lastHeading === 0 && level !== 1) fail('14-002', `the first heading is ${el.type}, not H1`);
      if (lastHeading && level > lastHeading + 1) fail('14-003', `${el.type} follows H${lastHeading}: a level is skipped`);
      lastHeading = level;
    }
    if (el.type === 'TR' && !['Table', 'THead', 'TBody', 'TFoot'].includes(parentType)) fail('09-004', `TR inside ${parentType}`);
    if ((el.type === 'TH' || el.type === 'TD') && parentType !== 'TR') fail('09-004', `${el.type} inside ${parentType}`);
    if (el.type === 'Table')
      for (const c of el.children) if (!['TR', 'THead', 'TBody', 'TFoot', 'Caption'].includes(c.type)) fail('09-004', `${c.type} directly inside Table`);
    if (el.type === 'TR') for (const c of el.children) if (c.type !== 'TH' && c.type !== 'TD') fail('09-004', `${c.type} directly inside TR`);
    if (el.type === 'TH') {
      const scope = el.attributes?.lookupMaybe(PDFName.of('Scope'), PDFName)?.decodeText();
      if (!scope || !['Row', 'Column', 'Both'].includes(scope)) fail('15-003', 'a TH has no Scope');
    }
    if (el.type === 'L') for (const c of el.children) if (!['LI', 'L', 'Caption'].includes(c.type)) fail('09-005', `${c.type} directly inside L`);
    if (el.type === 'LI') {
      if (parentType !== 'L') fail('09-005', `LI inside ${parentType}`);
      for (const c of el.children) if (c.type !== 'Lbl' && c.type !== 'LBody') fail('09-005', `${c.type} directly inside LI`);
    }
    if ((el.type === 'Lbl' || el.type === 'LBody') && parentType !== 'LI') fail('09-005', `${el.type} inside ${parentType}`);
    if (el.type === 'Table') rowWidths.set(el, tableRowWidths(el));
  }
  for (const [, widths] of rowWidths) if (new Set(widths).size > 1) fail('09-004', `a table's rows have different numbers of columns (${widths.join(', ')})`);

  // Content streams: every painting and text operator in marked content, artifacts and tags never nested in each other, MCIDs matching the tree.
  const parentTree = treeRoot?.lookupMaybe(PDFName.of('ParentTree'), PDFDict);
  const nums = parentTree?.lookupMaybe(PDFName.of('Nums'), PDFArray)?.asArray() ?? [];
  const parentEntries = new Map<number, PDFArray>();
  for (let i = 0; i + 1 < nums.length; i += 2) {
    const arr = doc.context.lookup(nums[i + 1]);
    if (arr instanceof PDFArray) parentEntries.set((nums[i] as PDFNumber).asNumber(), arr);
  }
  pages.forEach((page, p) => {
    const content = contentOf(doc, page.node);
    const stack: ('artifact' | 'tagged' | 'other')[] = [];
    const operands: string[] = [];
    const seen = new Set<number>();
    let unmarkedText = 0;
    let unmarkedPaint = 0;
    for (const tok of tokens(content)) {
      if (tok === 'BMC' || tok === 'BDC') {
        const tag = operands.find((o) => o.startsWith('/')) ?? '';
        const mcidAt = operands.indexOf('/MCID');
        const inArtifact = stack.includes('artifact');
        const inTagged = stack.includes('tagged');
        if (tag === '/Artifact') {
          if (inTagged) fail('01-003', `page ${p + 1}: an Artifact inside tagged content`);
          stack.push('artifact');
        } else if (mcidAt >= 0) {
          const mcid = Number(operands[mcidAt + 1]);
          if (inArtifact) fail('01-004', `page ${p + 1}: tagged content (MCID ${mcid}) inside an Artifact`);
          if (seen.has(mcid)) fail('structure', `page ${p + 1}: MCID ${mcid} marked twice`);
          seen.add(mcid);
          const el = owner.get(`${p}:${mcid}`);
          if (!el) fail('structure', `page ${p + 1}: MCID ${mcid} belongs to no structure element`);
          else if (`/${el.type}` !== tag) fail('structure', `page ${p + 1}: MCID ${mcid} is marked ${tag} but its element is ${el.type}`);
          const entry = parentEntries.get(page.node.lookupMaybe(PDFName.of('StructParents'), PDFNumber)?.asNumber() ?? -1);
          const ref = entry?.get(mcid);
          if (!ref || elementByRef.get(ref.toString()) !== el) fail('structure', `page ${p + 1}: ParentTree does not lead MCID ${mcid} to its element`);
          stack.push('tagged');
        } else stack.push('other');
        operands.length = 0;
      } else if (tok === 'EMC') {
        stack.pop();
        operands.length = 0;
      } else if (TEXT.has(tok) || PAINT.has(tok)) {
        const marked = stack.some((s) => s !== 'other');
        if (!marked) {
          if (TEXT.has(tok)) unmarkedText++;
          else unmarkedPaint++;
        }
        operands.length = 0;
      } else if (/^[A-Za-z'"*]+$/.test(tok) && tok !== 'true' && tok !== 'false') {
        operands.length = 0;
      } else operands.push(tok);
    }
    if (stack.length) fail('structure', `page ${p + 1}: ${stack.length} marked-content sequences not closed`);
    if (unmarkedText) fail('01-005', `page ${p + 1}: ${unmarkedText} texts neither tagged nor artifact`);
    if (unmarkedPaint) fail('01-005', `page ${p + 1}: ${unmarkedPaint} paths or fills neither tagged nor artifact`);
    for (const [key] of owner) {
      const [pg, mcid] = leading(key.split(':').map(Number), 2);
      if (pg === p && !seen.has(mcid)) fail('structure', `page ${p + 1}: the tree lists MCID ${mcid}, which the page does not mark`);
    }
    // Fonts: embedded, with a ToUnicode map so text reads out and copies.
    const fonts = page.node.Resources()?.lookupMaybe(PDFName.of('Font'), PDFDict);
    for (const [name, ref] of fonts?.entries() ?? []) {
      const font = doc.context.lookup(ref) as PDFDict;
      if (!font.get(PDFName.of('ToUnicode'))) fail('31-027', `page ${p + 1}: font ${name.decodeText()} has no ToUnicode`);
      const descendants = font.lookupMaybe(PDFName.of('DescendantFonts'), PDFArray);
      const cid = descendants ? (doc.context.lookup(descendants.get(0)) as PDFDict) : font;
      const descriptor = cid.lookupMaybe(PDFName.of('FontDescriptor'), PDFDict);
      if (!descriptor || !['FontFile', 'FontFile2', 'FontFile3'].some((k) => descriptor.get(PDFName.of(k))))
        fail('31-009', `page ${p + 1}: font ${name.decodeText()} is not embedded`);
    }
  });

  // Bookmarks.
  const outline: { title: string; page: number }[] = [];
  const outlines = catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict);
  let item = outlines?.lookupMaybe(PDFName.of('First'), PDFDict);
  while (item) {
    const dest = item.lookupMaybe(PDFName.of('Dest'), PDFArray);
    outline.push({ title: text(item.get(PDFName.of('Title'))) ?? '', page: dest ? (pageIndex.get(dest.get(0).toString()) ?? -1) : -1 });
    item = item.lookupMaybe(PDFName.of('Next'), PDFDict);
  }
  return { failures: [...new Set(failures)], root, order, outline, pageCount: pages.length };
}

/** Each row's width in columns, counting cells spanning columns and those spanning down from rows above. */
function tableRowWidths(table: Element): number[] {
  const rows = table.children.flatMap((c) => (c.type === 'TR' ? [c] : c.children.filter((r) => r.type === 'TR')));
  const carried: number[] = rows.map(() => 0);
  return rows.map((row, r) => {
    let width = defined(carried[r]);
    for (const cell of row.children) {
      const span = (name: string) => cell.attributes?.lookupMaybe(PDFName.of(name), PDFNumber)?.asNumber() ?? 1;
      const cols = span('ColSpan');
      width += cols;
      for (let below = 1; below < span('RowSpan') && r + below < rows.length; below++)
        carried[r + below] = defined(carried[r + below], `the span carried into row ${r + below}`) + cols;
    }
    return width;
  });
}
