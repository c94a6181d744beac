// Writes the drawing description as a vector PDF with pdf-lib: the bundled
// Liberation Sans embedded (subset), real selectable text, document metadata,
// and a tagged structure (title, posts in reading order, legend, footnotes;
// lines, watermark and page furniture marked as artifacts) for screen readers.
// Pure TypeScript: the same code runs in the app, the web build and the CLI.
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, PDFName, PDFNumber, type PDFFont, type PDFPage, type PDFRef } from 'pdf-lib';
import type { Drawing, GroupRole, PathShape, Point, RectShape, Shape, TextShape } from './drawing';

/** Structure type of each group in the tagged PDF; null: look inside; 'Artifact': not content. */
const STRUCTURE: Record<GroupRole, string | null> = {
  title: 'H1',
  cover: 'Sect',
  post: 'P',
  body: 'P',
  legend: 'P',
  footnote: 'Note',
  table: 'P',
  changes: 'P',
  continuation: 'P',
  chart: null,
  line: 'Artifact',
  watermark: 'Artifact',
  footer: 'Artifact',
  other: 'Artifact',
};

interface Tagged {
  type: string;
  mcid: number;
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
    const cs = sign === 1 ? [x0 + y0, x0 + w + y0 + h] : [y0 - (x0 + w), y0 + h - x0];
    for (let c = Math.ceil(cs[0] / step) * step; c <= cs[1]; c += step) {
      const xa = sign === 1 ? Math.max(x0, c - y0 - h) : Math.max(x0, y0 - c);
      const xb = sign === 1 ? Math.min(x0 + w, c - y0) : Math.min(x0 + w, y0 + h - c);
      if (xb - xa < 0.3) continue;
      const yOf = (x: number) => (sign === 1 ? c - x : x + c);
      lines.push([{ x: xa, y: yOf(xa) }, { x: xb, y: yOf(xb) }]);
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
      for (let y = firstOnLattice(y0); y < y0 + h; y += step) lines.push([{ x: x0, y }, { x: x0 + w, y }]);
      for (let x = firstOnLattice(x0); x < x0 + w; x += step) lines.push([{ x, y: y0 }, { x, y: y0 + h }]);
      break;
    case 'dots':
      for (let y = firstOnLattice(y0 + DOT_RADIUS); y <= y0 + h - DOT_RADIUS; y += step) for (let x = firstOnLattice(x0 + DOT_RADIUS); x <= x0 + w - DOT_RADIUS; x += step) dots.push({ x, y });
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

/**
 * Each distinct text shaped by fontkit once per document: charts repeat many
 * strings ("1.0 FTE", tag labels), and shaping is most of the cost of a text.
 * Encoding a string again would only mark the same glyphs for the subset.
 */
class GlyphCache {
  private readonly cache = [new Map<string, { hex: string; width: number }>(), new Map<string, { hex: string; width: number }>()];

  /** The text's glyphs as a hex string operand, and its width at size 1. */
  shape(font: PDFFont, bold: boolean, text: string): { hex: string; width: number } {
    const cache = this.cache[bold ? 1 : 0];
    let shaped = cache.get(text);
    if (!shaped) {
      shaped = { hex: font.encodeText(text).toString(), width: font.widthOfTextAtSize(text, 1) };
      cache.set(text, shaped);
    }
    return shaped;
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
      if (lines.length) this.out.push(`q ${this.strokeState(pc, 0.8, undefined)} ${lines.map(([a, b]) => `${this.xy(a.x, a.y)} m ${this.xy(b.x, b.y)} l`).join(' ')} S Q`);
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
      const tip = p.points[p.points.length - 1];
      const from = p.points[p.points.length - 2];
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

  /** Marked-content elements of this page, in reading order. */
  readonly tagged: Tagged[] = [];

  private leaf(s: Exclude<Shape, { type: 'group' }>): void {
    if (s.type === 'rect') this.rect(s);
    else if (s.type === 'path') this.path(s);
    else this.text(s);
  }

  draw(shapes: Shape[], inArtifact = false): void {
    for (const s of shapes) {
      if (s.type !== 'group') {
        if (inArtifact) this.leaf(s);
        else {
          this.out.push('/Artifact BMC');
          this.leaf(s);
          this.out.push('EMC');
        }
        continue;
      }
      const type = STRUCTURE[s.role];
      if (inArtifact || type === null) {
        this.draw(s.children, inArtifact);
      } else if (type === 'Artifact') {
        this.out.push('/Artifact BMC');
        this.draw(s.children, true);
        this.out.push('EMC');
      } else {
        const mcid = this.tagged.length;
        this.tagged.push({ type, mcid });
        this.out.push(`/${type} <</MCID ${mcid}>> BDC`);
        this.draw(s.children, true);
        this.out.push('EMC');
      }
    }
  }

  /** Adds the written content to the page as one compressed stream. */
  finish(): void {
    const context = this.page.doc.context;
    this.page.node.addContentStream(context.register(context.flateStream(this.out.join('\n'))));
  }
}

/** The structure tree: Document → one element per marked group, page by page, in reading order. */
function addStructureTree(pdf: PDFDocument, pages: { page: PDFPage; tagged: Tagged[] }[]): void {
  const context = pdf.context;
  const rootRef = context.nextRef();
  const documentRef = context.nextRef();
  const kids: PDFRef[] = [];
  const nums: (PDFNumber | PDFRef)[] = [];
  pages.forEach(({ page, tagged }, index) => {
    page.node.set(PDFName.of('StructParents'), PDFNumber.of(index));
    const byMcid = tagged.map(({ type, mcid }) => context.register(context.obj({ Type: 'StructElem', S: type, P: documentRef, Pg: page.ref, K: mcid })));
    kids.push(...byMcid);
    nums.push(PDFNumber.of(index), context.register(context.obj(byMcid)));
  });
  context.assign(documentRef, context.obj({ Type: 'StructElem', S: 'Document', P: rootRef, K: kids }));
  context.assign(rootRef, context.obj({ Type: 'StructTreeRoot', K: documentRef, ParentTree: context.obj({ Nums: nums }), ParentTreeNextKey: pages.length }));
  pdf.catalog.set(PDFName.of('StructTreeRoot'), rootRef);
  pdf.catalog.set(PDFName.of('MarkInfo'), context.obj({ Marked: true }));
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
  const now = options.creationDate ?? new Date();
  pdf.setCreationDate(now);
  pdf.setModificationDate(now);
  const glyphs = new GlyphCache();
  const written = drawing.pages.map((page, i) => {
    const pdfPage = pdf.addPage([page.width, page.height]);
    const writer = new PageWriter(pdfPage, embedded, page.height, glyphs);
    writer.draw(page.shapes);
    writer.finish();
    options.onPage?.(i + 1, drawing.pages.length);
    return { page: pdfPage, tagged: writer.tagged };
  });
  addStructureTree(pdf, written);
  return pdf.save();
}
