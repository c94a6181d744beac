// Writes the drawing description as a vector PDF with pdf-lib: the bundled
// Liberation Sans embedded (subset), real selectable text, document metadata,
// and a tagged structure (title, posts in reading order, legend, footnotes;
// lines, watermark and page furniture marked as artifacts) for screen readers.
// Pure TypeScript: the same code runs in the app, the web build and the CLI.
import fontkit from '@pdf-lib/fontkit';
import { degrees, PDFDocument, PDFName, PDFNumber, PDFOperator, PDFOperatorNames, rgb, type PDFFont, type PDFPage, type PDFRef } from 'pdf-lib';
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

function colour(hex: string | undefined) {
  if (!hex || !/^#[0-9a-fA-F]{6}$/.test(hex)) return undefined;
  return rgb(parseInt(hex.slice(1, 3), 16) / 255, parseInt(hex.slice(3, 5), 16) / 255, parseInt(hex.slice(5, 7), 16) / 255);
}

const f = (v: number) => (Math.round(v * 100) / 100).toString();

function roundedRectPath(r: RectShape): string {
  const rad = Math.min(r.radius ?? 0, r.width / 2, r.height / 2);
  const { x, y, width: w, height: h } = r;
  if (rad <= 0) return `M${f(x)},${f(y)} L${f(x + w)},${f(y)} L${f(x + w)},${f(y + h)} L${f(x)},${f(y + h)} Z`;
  return [
    `M${f(x + rad)},${f(y)}`,
    `L${f(x + w - rad)},${f(y)} Q${f(x + w)},${f(y)} ${f(x + w)},${f(y + rad)}`,
    `L${f(x + w)},${f(y + h - rad)} Q${f(x + w)},${f(y + h)} ${f(x + w - rad)},${f(y + h)}`,
    `L${f(x + rad)},${f(y + h)} Q${f(x)},${f(y + h)} ${f(x)},${f(y + h - rad)}`,
    `L${f(x)},${f(y + rad)} Q${f(x)},${f(y)} ${f(x + rad)},${f(y)} Z`,
  ].join(' ');
}

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

class PageWriter {
  constructor(
    private readonly page: PDFPage,
    private readonly fonts: { regular: PDFFont; bold: PDFFont },
    private readonly height: number,
  ) {}

  private flip(y: number) {
    return this.height - y;
  }

  rect(r: RectShape): void {
    const path = roundedRectPath(r);
    const fill = colour(r.fill);
    const stroke = colour(r.stroke);
    if (fill) this.page.drawSvgPath(path, { x: 0, y: this.height, color: fill, borderWidth: 0 });
    if (r.pattern && r.pattern !== 'none') {
      const pc = colour(r.patternColour ?? '#000000');
      const { lines, dots } = patternSegments(r);
      for (const [a, b] of lines) this.page.drawLine({ start: { x: a.x, y: this.flip(a.y) }, end: { x: b.x, y: this.flip(b.y) }, thickness: 0.8, color: pc });
      for (const d of dots) this.page.drawCircle({ x: d.x, y: this.flip(d.y), size: DOT_RADIUS, color: pc });
    }
    if (stroke) this.page.drawSvgPath(path, { x: 0, y: this.height, borderColor: stroke, borderWidth: r.strokeWidth ?? 1, borderDashArray: r.dash });
  }

  path(p: PathShape): void {
    if (p.points.length < 2) return;
    const d = p.points.map((pt, i) => `${i ? 'L' : 'M'}${f(pt.x)},${f(pt.y)}`).join(' ') + (p.closed ? ' Z' : '');
    this.page.drawSvgPath(d, { x: 0, y: this.height, borderColor: colour(p.stroke), borderWidth: p.strokeWidth, borderDashArray: p.dash, color: colour(p.fill) });
    if (p.arrowEnd) {
      const tip = p.points[p.points.length - 1];
      const from = p.points[p.points.length - 2];
      const angle = Math.atan2(tip.y - from.y, tip.x - from.x);
      const size = 3.5 + p.strokeWidth * 2;
      const left = { x: tip.x - size * Math.cos(angle - 0.45), y: tip.y - size * Math.sin(angle - 0.45) };
      const right = { x: tip.x - size * Math.cos(angle + 0.45), y: tip.y - size * Math.sin(angle + 0.45) };
      this.page.drawSvgPath(`M${f(tip.x)},${f(tip.y)} L${f(left.x)},${f(left.y)} L${f(right.x)},${f(right.y)} Z`, { x: 0, y: this.height, color: colour(p.stroke), borderWidth: 0 });
    }
  }

  text(t: TextShape): void {
    const font = t.bold ? this.fonts.bold : this.fonts.regular;
    const text = t.text.replace(/[\u0000-\u001f]/g, '');
    if (!text) return;
    const width = font.widthOfTextAtSize(text, t.size);
    const shift = t.anchor === 'middle' ? width / 2 : t.anchor === 'end' ? width : 0;
    const angle = ((t.rotate ?? 0) * Math.PI) / 180;
    // The anchor moves along the (rotated) baseline; PDF's y axis points up.
    const x = t.x - shift * Math.cos(angle);
    const y = this.flip(t.y) - shift * Math.sin(angle);
    this.page.drawText(text, { x, y, size: t.size, font, color: colour(t.colour) ?? rgb(0, 0, 0), rotate: t.rotate ? degrees(t.rotate) : undefined, opacity: t.opacity });
  }

  /** Marked-content elements of this page, in reading order. */
  readonly tagged: Tagged[] = [];

  private operator(name: PDFOperatorNames, ...args: unknown[]): void {
    // A property dictionary is a valid BDC operand; pdf-lib's types only list simple operands.
    this.page.pushOperators(PDFOperator.of(name, args as Parameters<typeof PDFOperator.of>[1]));
  }

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
          this.operator(PDFOperatorNames.BeginMarkedContent, PDFName.of('Artifact'));
          this.leaf(s);
          this.operator(PDFOperatorNames.EndMarkedContent);
        }
        continue;
      }
      const type = STRUCTURE[s.role];
      if (inArtifact || type === null) {
        this.draw(s.children, inArtifact);
      } else if (type === 'Artifact') {
        this.operator(PDFOperatorNames.BeginMarkedContent, PDFName.of('Artifact'));
        this.draw(s.children, true);
        this.operator(PDFOperatorNames.EndMarkedContent);
      } else {
        const mcid = this.tagged.length;
        this.tagged.push({ type, mcid });
        const properties = this.page.doc.context.obj({ MCID: mcid });
        this.operator(PDFOperatorNames.BeginMarkedContentSequence, PDFName.of(type), properties);
        this.draw(s.children, true);
        this.operator(PDFOperatorNames.EndMarkedContent);
      }
    }
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

export async function writePdf(drawing: Drawing, fonts: FontBytes): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  const embedded = {
    regular: await pdf.embedFont(fonts.regular, { subset: true }),
    bold: await pdf.embedFont(fonts.bold, { subset: true }),
  };
  pdf.setTitle(drawing.title, { showInWindowTitleBar: true });
  pdf.setAuthor(drawing.author || 'Structura');
  pdf.setSubject(drawing.subject);
  pdf.setKeywords(drawing.keywords);
  pdf.setCreator('Structura');
  pdf.setProducer('Structura (pdf-lib)');
  pdf.setLanguage('en-GB');
  const now = new Date();
  pdf.setCreationDate(now);
  pdf.setModificationDate(now);
  const written = drawing.pages.map((page) => {
    const pdfPage = pdf.addPage([page.width, page.height]);
    const writer = new PageWriter(pdfPage, embedded, page.height);
    writer.draw(page.shapes);
    return { page: pdfPage, tagged: writer.tagged };
  });
  addStructureTree(pdf, written);
  return pdf.save();
}
