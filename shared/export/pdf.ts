// Writes the drawing description as a vector PDF with pdf-lib: the bundled
// Liberation Sans embedded (subset), real selectable text, document metadata,
// and a tagged structure for screen readers (PDF/UA): headings, each chart a
// Figure with its summary as alt text and its posts in reading order, tables
// with header cells, lists, footnotes; lines, frames, watermark and page
// furniture marked as artifacts), bookmarks, language and XMP metadata.
// tests/unit/export/pdfUa.test.ts lists the Matterhorn conditions checked.
// Pure TypeScript: the same code runs in the app, the web build and the CLI.
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, PDFHexString, PDFName, PDFNumber, PDFString, type PDFFont, type PDFPage, type PDFRef } from 'pdf-lib';
import type { Drawing, GroupRole, GroupShape, OutlineEntry, PathShape, Point, RectShape, Shape, TextShape } from './drawing';
import { at, must } from '../must';

/**
 * Structure type of each group in the tagged PDF. null: no element of its own
 * (its children belong to the enclosing one); 'Artifact': not content (frames,
 * lines, watermark, page furniture), which screen readers skip.
 */
const STRUCTURE: Record<GroupRole, string | null> = {
  title: 'H1',
  heading: 'H2',
  cover: 'Sect',
  post: 'P',
  body: 'P',
  paragraph: 'P',
  legend: 'P',
  footnote: 'Note',
  table: 'Table',
  tableRow: 'TR',
  headerCell: 'TH',
  dataCell: 'TD',
  list: 'L',
  listItem: 'LI',
  listLabel: 'Lbl',
  listBody: 'LBody',
  figure: 'Figure',
  lineLabel: 'P',
  changes: 'Sect',
  continuation: 'P',
  chart: null,
  line: 'Artifact',
  watermark: 'Artifact',
  footer: 'Artifact',
  other: 'Artifact',
};

/** One element of the structure tree. */
interface StructNode {
  ref: PDFRef;
  type: string;
  parent: StructNode | null;
  /** The page of its first marked content (the element's /Pg). */
  page: PDFRef | null;
  kids: (StructNode | { mcid: number; page: PDFRef })[];
  group?: GroupShape;
}

export interface FontBytes {
  regular: Uint8Array;
  bold: Uint8Array;
}

const f = (v: number) => (Math.round(v * 100) / 100).toString();
const f4 = (v: number) => (Math.round(v * 10000) / 10000).toString();

/** Resource names of the two fonts on every page. */
const FONT_KEY = { regular: 'F1', bold: 'F2' } as const;

const PATTERN_STEP = 6;
const DOT_RADIUS = 1.1;
/** Grid lines and dots sit on x, y = 6k + 3, as in the SVG writer's 6 × 6 pattern tiles, so both formats match. */
const firstOnLattice = (from: number) => Math.ceil((from - 3) / PATTERN_STEP) * PATTERN_STEP + 3;

/** Pattern strokes clipped to the rectangle analytically (pdf-lib has no pattern fills). */
export function patternSegments(r: RectShape): { lines: [Point, Point][]; dots: Point[] } {
  const step = PATTERN_STEP;
  const lines: [Point, Point][] = [];
  const dots: Point[] = [];
  const { x: x0, y: y0, width: w, height: h } = r;
  const diagonal = (sign: 1 | -1) => {
    // sign 1: x + y = c ("hatch"); sign -1: y - x = c ("backhatch").
    const cs: [number, number] = sign === 1 ? [x0 + y0, x0 + w + y0 + h] : [y0 - (x0 + w), y0 + h - x0];
    for (let c = Math.ceil(cs[0] / step) * step; c <= cs[1]; c += step) {
      const xa = sign === 1 ? Math.max(x0, c - y0 - h) : Math.max(x0, y0 - c);
      const xb = sign === 1 ? Math.min(x0 + w, c - y0) : Math.min(x0 + w, y0 + h - c);
      if (xb - xa < 0.3) continue;
      const yOf = (x: number) => (sign === 1 ? c - x : x + c);
      lines.push([
        { x: xa, y: yOf(xa) },
        { x: xb, y: yOf(xb) },
      ]);
    }
  };
  switch (r.pattern) {
    case 'hatch':
      diagonal(1);
      break;
    case 'backhatch':
      diagonal(-1);
      break;
    case 'cross':
      diagonal(1);
      diagonal(-1);
      break;
    case 'grid':
      for (let y = firstOnLattice(y0); y < y0 + h; y += step)
        lines.push([
          { x: x0, y },
          { x: x0 + w, y },
        ]);
      for (let x = firstOnLattice(x0); x < x0 + w; x += step)
        lines.push([
          { x, y: y0 },
          { x, y: y0 + h },
        ]);
      break;
    case 'dots':
      for (let y = firstOnLattice(y0 + DOT_RADIUS); y <= y0 + h - DOT_RADIUS; y += step)
        for (let x = firstOnLattice(x0 + DOT_RADIUS); x <= x0 + w - DOT_RADIUS; x += step) dots.push({ x, y });
      break;
  }
  return { lines, dots };
}

/** Fill and stroke colour operands, or undefined for "#rrggbb" that is not one. */
function rgbOperands(hex: string | undefined): string | undefined {
  if (!hex || !/^#[0-9a-fA-F]{6}$/.test(hex)) return undefined;
  const c = (i: number) => f(parseInt(hex.slice(i, i + 2), 16) / 255);
  return `${c(1)} ${c(3)} ${c(5)}`;
}

/** What pdf-lib's subsetting font embedder keeps, used to add glyphs without shaping (see GlyphCache). */
interface SubsetEmbedder {
  font: { unitsPerEm: number; glyphForCodePoint(codePoint: number): { id: number; advanceWidth: number } };
  subset: { includeGlyph(glyph: unknown): number };
  glyphs: unknown[];
  glyphIdMap: Map<number, number>;
  glyphCache: { invalidate(): void };
}

function subsetEmbedderOf(font: PDFFont): SubsetEmbedder | null {
  const embedder = (font as unknown as { embedder?: Partial<SubsetEmbedder> }).embedder;
  return embedder && embedder.subset && embedder.glyphs && embedder.glyphIdMap && embedder.glyphCache && embedder.font?.glyphForCodePoint
    ? (embedder as SubsetEmbedder)
    : null;
}

/**
 * Each text's glyphs as a hex string operand and its width at size 1. pdf-lib's
 * encodeText and widthOfTextAtSize each run fontkit's full shaping engine, which
 * was most of the time of a large chart; but a Tj of glyph ids never draws the
 * shaping's kerning anyway, so one glyph per code point (looked up once per
 * character) draws the same text, and the text copies out as typed (no
 * ligature glyphs). Falls back to pdf-lib's own calls should its internals change.
 */
class GlyphCache {
  private readonly texts = [new Map<string, { hex: string; width: number }>(), new Map<string, { hex: string; width: number }>()] as const;
  private readonly chars = [new Map<number, { hex: string; width: number }>(), new Map<number, { hex: string; width: number }>()] as const;
  private readonly touched = new Set<SubsetEmbedder>();

  shape(font: PDFFont, bold: boolean, text: string): { hex: string; width: number } {
    const cache = this.texts[bold ? 1 : 0];
    let shaped = cache.get(text);
    if (shaped) return shaped;
    const embedder = subsetEmbedderOf(font);
    if (!embedder) {
      shaped = { hex: font.encodeText(text).toString(), width: font.widthOfTextAtSize(text, 1) };
    } else {
      const chars = this.chars[bold ? 1 : 0];
      let hex = '';
      let width = 0;
      for (const char of text) {
        const codePoint = must(char.codePointAt(0), 'the code point of a character of the text');
        let glyph = chars.get(codePoint);
        if (!glyph) {
          const g = embedder.font.glyphForCodePoint(codePoint);
          const subsetId = embedder.subset.includeGlyph(g);
          embedder.glyphs[subsetId - 1] = g;
          embedder.glyphIdMap.set(g.id, subsetId);
          glyph = { hex: subsetId.toString(16).padStart(4, '0').toUpperCase(), width: g.advanceWidth / embedder.font.unitsPerEm };
          chars.set(codePoint, glyph);
          this.touched.add(embedder);
        }
        hex += glyph.hex;
        width += glyph.width;
      }
      shaped = { hex: `<${hex}>`, width };
    }
    cache.set(text, shaped);
    return shaped;
  }

  /** Tells the embedders their glyph lists changed (once, before the fonts are written). */
  finish(): void {
    for (const embedder of this.touched) embedder.glyphCache.invalidate();
  }
}

/** Bézier handle length for a quarter circle. */
const KAPPA = 0.5522847498;

/**
 * Writes one page's content stream as text. Each font is named once in the
 * page's resources (F1, F2) and every text uses that name: pdf-lib's drawText
 * registers the font again for every call and searches all earlier entries for
 * a free name, which made export quadratic in the number of texts on a page.
 */
class PageWriter {
  private readonly out: string[] = [];
  private readonly opacities = new Map<number, string>();

  constructor(
    private readonly page: PDFPage,
    private readonly fonts: { regular: PDFFont; bold: PDFFont },
    private readonly height: number,
    private readonly glyphs: GlyphCache,
    private readonly structure: StructureBuilder,
  ) {
    page.node.setFontDictionary(PDFName.of(FONT_KEY.regular), fonts.regular.ref);
    page.node.setFontDictionary(PDFName.of(FONT_KEY.bold), fonts.bold.ref);
  }

  /** Page coordinates (origin top-left, y down) as PDF operands (y up). */
  private xy(x: number, y: number): string {
    return `${f(x)} ${f(this.height - y)}`;
  }

  /** Path construction operators for a rectangle, rounded corners as cubic curves. */
  private rectPath(r: RectShape): string {
    const rad = Math.min(r.radius ?? 0, r.width / 2, r.height / 2);
    const { x, y, width: w, height: h } = r;
    if (rad <= 0) return `${this.xy(x, y)} m ${this.xy(x + w, y)} l ${this.xy(x + w, y + h)} l ${this.xy(x, y + h)} l h`;
    const k = rad * (1 - KAPPA);
    return [
      `${this.xy(x + rad, y)} m`,
      `${this.xy(x + w - rad, y)} l ${this.xy(x + w - k, y)} ${this.xy(x + w, y + k)} ${this.xy(x + w, y + rad)} c`,
      `${this.xy(x + w, y + h - rad)} l ${this.xy(x + w, y + h - k)} ${this.xy(x + w - k, y + h)} ${this.xy(x + w - rad, y + h)} c`,
      `${this.xy(x + rad, y + h)} l ${this.xy(x + k, y + h)} ${this.xy(x, y + h - k)} ${this.xy(x, y + h - rad)} c`,
      `${this.xy(x, y + rad)} l ${this.xy(x, y + k)} ${this.xy(x + k, y)} ${this.xy(x + rad, y)} c h`,
    ].join(' ');
  }

  private strokeState(colour: string, width: number, dash: number[] | undefined): string {
    return `${colour} RG ${f(width)} w [${(dash ?? []).map(f).join(' ')}] 0 d`;
  }

  rect(r: RectShape): void {
    const fill = rgbOperands(r.fill);
    const stroke = rgbOperands(r.stroke);
    const path = fill || stroke ? this.rectPath(r) : '';
    if (fill) this.out.push(`q ${fill} rg ${path} f Q`);
    if (r.pattern && r.pattern !== 'none') {
      const pc = rgbOperands(r.patternColour ?? '#000000') ?? '0 0 0';
      const { lines, dots } = patternSegments(r);
      if (lines.length)
        this.out.push(`q ${this.strokeState(pc, 0.8, undefined)} ${lines.map(([a, b]) => `${this.xy(a.x, a.y)} m ${this.xy(b.x, b.y)} l`).join(' ')} S Q`);
      if (dots.length) this.out.push(`q ${pc} rg ${dots.map((d) => this.circlePath(d.x, d.y, DOT_RADIUS)).join(' ')} f Q`);
    }
    if (stroke) this.out.push(`q ${this.strokeState(stroke, r.strokeWidth ?? 1, r.dash)} ${path} S Q`);
  }

  private circlePath(cx: number, cy: number, radius: number): string {
    const k = radius * KAPPA;
    return [
      `${this.xy(cx + radius, cy)} m`,
      `${this.xy(cx + radius, cy + k)} ${this.xy(cx + k, cy + radius)} ${this.xy(cx, cy + radius)} c`,
      `${this.xy(cx - k, cy + radius)} ${this.xy(cx - radius, cy + k)} ${this.xy(cx - radius, cy)} c`,
      `${this.xy(cx - radius, cy - k)} ${this.xy(cx - k, cy - radius)} ${this.xy(cx, cy - radius)} c`,
      `${this.xy(cx + k, cy - radius)} ${this.xy(cx + radius, cy - k)} ${this.xy(cx + radius, cy)} c h`,
    ].join(' ');
  }

  path(p: PathShape): void {
    if (p.points.length < 2) return;
    const stroke = rgbOperands(p.stroke) ?? '0 0 0';
    const fill = rgbOperands(p.fill);
    const d = p.points.map((pt, i) => `${this.xy(pt.x, pt.y)} ${i ? 'l' : 'm'}`).join(' ') + (p.closed ? ' h' : '');
    this.out.push(`q ${this.strokeState(stroke, p.strokeWidth, p.dash)}${fill ? ` ${fill} rg` : ''} ${d} ${fill ? 'B' : 'S'} Q`);
    if (p.arrowEnd) {
      const tip = at(p.points, p.points.length - 1, 'arrow tip');
      const from = at(p.points, p.points.length - 2, 'point before the arrow');
      const angle = Math.atan2(tip.y - from.y, tip.x - from.x);
      const size = 3.5 + p.strokeWidth * 2;
      const left = { x: tip.x - size * Math.cos(angle - 0.45), y: tip.y - size * Math.sin(angle - 0.45) };
      const right = { x: tip.x - size * Math.cos(angle + 0.45), y: tip.y - size * Math.sin(angle + 0.45) };
      this.out.push(`q ${stroke} rg ${this.xy(tip.x, tip.y)} m ${this.xy(left.x, left.y)} l ${this.xy(right.x, right.y)} l h f Q`);
    }
  }

  /** Name of a graphics state with this fill opacity, added to the page's resources once. */
  private opacityState(opacity: number): string {
    let name = this.opacities.get(opacity);
    if (!name) {
      name = `GS${this.opacities.size + 1}`;
      this.page.node.setExtGState(PDFName.of(name), this.page.doc.context.obj({ Type: 'ExtGState', ca: opacity, CA: opacity }));
      this.opacities.set(opacity, name);
    }
    return name;
  }

  text(t: TextShape): void {
    const bold = !!t.bold;
    const font = bold ? this.fonts.bold : this.fonts.regular;
    const text = t.text.replace(/[\u0000-\u001f]/g, '');
    if (!text) return;
    const shaped = this.glyphs.shape(font, bold, text);
    const width = t.anchor === 'middle' || t.anchor === 'end' ? shaped.width * t.size : 0;
    const shift = t.anchor === 'middle' ? width / 2 : t.anchor === 'end' ? width : 0;
    const angle = ((t.rotate ?? 0) * Math.PI) / 180;
    // The anchor moves along the (rotated) baseline; PDF's y axis points up.
    const x = t.x - shift * Math.cos(angle);
    const y = this.height - t.y - shift * Math.sin(angle);
    const cos = Math.cos(angle);
    const sin = Math.sin(angle);
    const matrix = t.rotate ? `${f4(cos)} ${f4(sin)} ${f4(-sin)} ${f4(cos)} ${f(x)} ${f(y)}` : `1 0 0 1 ${f(x)} ${f(y)}`;
    const opacity = t.opacity !== undefined && t.opacity < 1 ? ` /${this.opacityState(Math.max(0, t.opacity))} gs` : '';
    const colour = rgbOperands(t.colour) ?? '0 0 0';
    this.out.push(`q${opacity} BT ${colour} rg /${FONT_KEY[bold ? 'bold' : 'regular']} ${f(t.size)} Tf ${matrix} Tm ${shaped.hex} Tj ET Q`);
  }

  /** The element each marked-content id of this page belongs to, by id (the page's ParentTree entry). */
  readonly marked: StructNode[] = [];
  /** What the marked-content sequence now open belongs to: an element, an artifact, or nothing open. */
  private open: StructNode | 'artifact' | 'pagination' | null = null;

  private openFor(target: StructNode | 'artifact' | 'pagination'): void {
    if (this.open === target) return;
    if (this.open) this.out.push('EMC');
    this.open = target;
    if (target === 'artifact') this.out.push('/Artifact BMC');
    else if (target === 'pagination') this.out.push('/Artifact <</Type /Pagination /Subtype /Footer>> BDC');
    else {
      const mcid = this.marked.length;
      this.marked.push(target);
      target.kids.push({ mcid, page: this.page.ref });
      target.page ??= this.page.ref;
      this.out.push(`/${target.type} <</MCID ${mcid}>> BDC`);
    }
  }

  private leaf(s: Exclude<Shape, { type: 'group' }>): void {
    if (s.type === 'rect') this.rect(s);
    else if (s.type === 'path') this.path(s);
    else this.text(s);
  }

  /**
   * Draws shapes in order, each inside marked content: texts belong to the
   * nearest enclosing element; a figure's graphics are the figure's content;
   * every other rectangle and line (box frames, rules, swatches) is an artifact.
   * Consecutive shapes of the same element share one marked-content sequence.
   */
  draw(shapes: Shape[], parent: StructNode, artifact: 'artifact' | 'pagination' | null = null): void {
    for (const s of shapes) {
      if (s.type !== 'group') {
        this.openFor(artifact ?? (s.type === 'text' || parent.type === 'Figure' ? parent : 'artifact'));
        this.leaf(s);
        continue;
      }
      if (artifact) {
        this.draw(s.children, parent, artifact);
        continue;
      }
      const type = STRUCTURE[s.role];
      if (type === null) this.draw(s.children, parent);
      else if (type === 'Artifact') this.draw(s.children, parent, s.role === 'footer' ? 'pagination' : 'artifact');
      else this.draw(s.children, this.structure.element(type, parent, s));
    }
  }

  /** Adds the written content to the page as one compressed stream. */
  finish(): void {
    if (this.open) this.out.push('EMC');
    this.open = null;
    const context = this.page.doc.context;
    this.page.node.addContentStream(context.register(context.flateStream(this.out.join('\n'))));
  }
}

/** The structure tree of a drawing, built page by page as groups are drawn. */
class StructureBuilder {
  readonly root: StructNode;
  private readonly byStructId = new Map<string, StructNode>();
  private readonly all: StructNode[] = [];

  constructor(private readonly pdf: PDFDocument) {
    this.root = { ref: pdf.context.nextRef(), type: 'Document', parent: null, page: null, kids: [] };
    this.all.push(this.root);
  }

  /** A new element under `parent`, or the one already made for the group's structId. */
  element(type: string, parent: StructNode, group: GroupShape): StructNode {
    if (group.structId) {
      const existing = this.byStructId.get(group.structId);
      if (existing) return existing;
    }
    const node: StructNode = { ref: this.pdf.context.nextRef(), type, parent, page: null, kids: [], group };
    parent.kids.push(node);
    this.all.push(node);
    if (group.structId) this.byStructId.set(group.structId, node);
    return node;
  }

  /** Writes every element, the parent tree and the catalog entries of a tagged PDF. */
  write(pages: { page: PDFPage; marked: StructNode[] }[]): void {
    const context = this.pdf.context;
    const rootRef = context.nextRef();
    let notes = 0;
    for (const node of this.all) {
      if (node !== this.root && node.kids.length === 0) continue;
      const kids = node.kids
        .filter((k) => !('ref' in k) || k.kids.length > 0)
        .map((k) => ('ref' in k ? k.ref : k.page === node.page ? PDFNumber.of(k.mcid) : context.obj({ Type: 'MCR', Pg: k.page, MCID: k.mcid })));
      const dict = context.obj({ Type: 'StructElem', S: node.type, P: node.parent ? node.parent.ref : rootRef, K: kids });
      if (node.page) dict.set(PDFName.of('Pg'), node.page);
      const group = node.group;
      if (group?.alt) dict.set(PDFName.of('Alt'), PDFHexString.fromText(group.alt));
      // PDF/UA asks every Note for an ID (Matterhorn 19-003).
      if (node.type === 'Note') dict.set(PDFName.of('ID'), PDFString.of(`note-${++notes}`));
      if (group && (group.scope || group.colSpan || group.rowSpan)) {
        const attributes = context.obj({ O: 'Table' });
        if (group.scope) attributes.set(PDFName.of('Scope'), PDFName.of(group.scope));
        if (group.colSpan && group.colSpan > 1) attributes.set(PDFName.of('ColSpan'), PDFNumber.of(group.colSpan));
        if (group.rowSpan && group.rowSpan > 1) attributes.set(PDFName.of('RowSpan'), PDFNumber.of(group.rowSpan));
        dict.set(PDFName.of('A'), attributes);
      }
      context.assign(node.ref, dict);
    }
    const nums: (PDFNumber | PDFRef)[] = [];
    pages.forEach(({ page, marked }, index) => {
      page.node.set(PDFName.of('StructParents'), PDFNumber.of(index));
      nums.push(PDFNumber.of(index), context.register(context.obj(marked.map((n) => n.ref))));
    });
    context.assign(
      rootRef,
      context.obj({ Type: 'StructTreeRoot', K: this.root.ref, ParentTree: context.obj({ Nums: nums }), ParentTreeNextKey: pages.length }),
    );
    this.pdf.catalog.set(PDFName.of('StructTreeRoot'), rootRef);
    this.pdf.catalog.set(PDFName.of('MarkInfo'), context.obj({ Marked: true }));
  }
}

/** Bookmarks: the drawing's outline, or one per page whose label starts a new section. */
function outlineEntries(drawing: Drawing): OutlineEntry[] {
  if (drawing.outline) return drawing.outline;
  const entries: OutlineEntry[] = [];
  drawing.pages.forEach((page, pageIndex) => {
    if (!page.label.endsWith('(continued)') && entries[entries.length - 1]?.title !== page.label) entries.push({ title: page.label, pageIndex });
  });
  return entries;
}

function addOutline(pdf: PDFDocument, entries: OutlineEntry[], pages: PDFPage[]): void {
  const usable = entries.filter((e) => e.pageIndex >= 0 && e.pageIndex < pages.length && e.title.trim());
  if (!usable.length) return;
  const context = pdf.context;
  const outlinesRef = context.nextRef();
  const refs = usable.map(() => context.nextRef());
  usable.forEach((entry, i) => {
    const item = context.obj({ Title: PDFHexString.fromText(entry.title), Parent: outlinesRef, Dest: [at(pages, entry.pageIndex, 'page').ref, 'Fit'] });
    const previous = refs[i - 1];
    const next = refs[i + 1];
    if (previous) item.set(PDFName.of('Prev'), previous);
    if (next) item.set(PDFName.of('Next'), next);
    context.assign(at(refs, i, 'outline entry'), item);
  });
  context.assign(outlinesRef, context.obj({ Type: 'Outlines', First: refs[0], Last: refs[refs.length - 1], Count: refs.length }));
  pdf.catalog.set(PDFName.of('Outlines'), outlinesRef);
  pdf.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** UTF-8 bytes of a string (the shared code has no TextEncoder: ECMAScript only). */
function utf8(text: string): Uint8Array {
  const bytes: number[] = [];
  for (const char of text) {
    const c = must(char.codePointAt(0), 'the code point of a character of the text');
    if (c < 0x80) bytes.push(c);
    else if (c < 0x800) bytes.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) bytes.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else bytes.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return new Uint8Array(bytes);
}

/** The XMP metadata stream PDF/UA asks for: the same title, author and dates as the Info dictionary, the language, and the PDF/UA identifier. */
function addXmpMetadata(pdf: PDFDocument, drawing: Drawing, date: Date): void {
  const iso = date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const xml = [
    '<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>',
    '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
    '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/" xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">',
    `<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(drawing.title)}</rdf:li></rdf:Alt></dc:title>`,
    `<dc:creator><rdf:Seq><rdf:li>${escapeXml(drawing.author || 'Structura')}</rdf:li></rdf:Seq></dc:creator>`,
    `<dc:description><rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(drawing.subject)}</rdf:li></rdf:Alt></dc:description>`,
    '<dc:language><rdf:Bag><rdf:li>en-GB</rdf:li></rdf:Bag></dc:language>',
    `<pdf:Keywords>${escapeXml(drawing.keywords.join(' '))}</pdf:Keywords><pdf:Producer>Structura (pdf-lib)</pdf:Producer>`,
    `<xmp:CreatorTool>Structura</xmp:CreatorTool><xmp:CreateDate>${iso}</xmp:CreateDate><xmp:ModifyDate>${iso}</xmp:ModifyDate>`,
    '<pdfuaid:part>1</pdfuaid:part>',
    '</rdf:Description></rdf:RDF></x:xmpmeta>',
    '<?xpacket end="w"?>',
  ].join('\n');
  const context = pdf.context;
  // Not compressed, so tools that look for the packet without a PDF parser find it.
  const stream = context.stream(utf8(xml), { Type: 'Metadata', Subtype: 'XML' });
  pdf.catalog.set(PDFName.of('Metadata'), context.register(stream));
}

export interface PdfWriteOptions {
  /** The file's creation and modification date (default now): fix it to get the same bytes twice. */
  creationDate?: Date;
  /** Called after each page is written, for a progress bar; it may throw to stop the export. */
  onPage?: (done: number, total: number) => void;
}

export async function writePdf(drawing: Drawing, fonts: FontBytes, options: PdfWriteOptions = {}): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  // Fixed font names: pdf-lib would otherwise add a random suffix, and two exports of one document would differ.
  const embedded = {
    regular: await pdf.embedFont(fonts.regular, { subset: true, customName: 'LiberationSans' }),
    bold: await pdf.embedFont(fonts.bold, { subset: true, customName: 'LiberationSans-Bold' }),
  };
  pdf.setTitle(drawing.title, { showInWindowTitleBar: true });
  pdf.setAuthor(drawing.author || 'Structura');
  pdf.setSubject(drawing.subject);
  pdf.setKeywords(drawing.keywords);
  pdf.setCreator('Structura');
  pdf.setProducer('Structura (pdf-lib)');
  pdf.setLanguage('en-GB');
  const now = options.creationDate ?? new Date(Math.floor(Date.now() / 1000) * 1000);
  pdf.setCreationDate(now);
  pdf.setModificationDate(now);
  addXmpMetadata(pdf, drawing, now);
  const glyphs = new GlyphCache();
  const structure = new StructureBuilder(pdf);
  const written = drawing.pages.map((page, i) => {
    const pdfPage = pdf.addPage([page.width, page.height]);
    const writer = new PageWriter(pdfPage, embedded, page.height, glyphs, structure);
    writer.draw(page.shapes, structure.root);
    writer.finish();
    options.onPage?.(i + 1, drawing.pages.length);
    return { page: pdfPage, marked: writer.marked };
  });
  glyphs.finish();
  structure.write(written);
  addOutline(
    pdf,
    outlineEntries(drawing),
    written.map((w) => w.page),
  );
  return pdf.save();
}
