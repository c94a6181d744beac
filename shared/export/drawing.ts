// The drawing description: what a page shows, as plain shapes in PDF points
// (1/72 inch, origin top-left). Charts, the comparison and the board pack are
// drawn into this once; the SVG and PDF writers only translate it, so the two
// formats always look the same.

export interface Point {
  x: number;
  y: number;
}

export type TagPattern = 'none' | 'hatch' | 'dots' | 'cross' | 'grid' | 'backhatch';

export interface RectShape {
  type: 'rect';
  x: number;
  y: number;
  width: number;
  height: number;
  fill?: string;
  stroke?: string;
  strokeWidth?: number;
  dash?: number[];
  radius?: number;
  pattern?: TagPattern;
  patternColour?: string;
}

export interface TextShape {
  type: 'text';
  x: number;
  /** Baseline. */
  y: number;
  text: string;
  size: number;
  bold?: boolean;
  colour?: string;
  anchor?: 'start' | 'middle' | 'end';
  /** Degrees, counter-clockwise, about (x, y). */
  rotate?: number;
  opacity?: number;
}

export interface PathShape {
  type: 'path';
  points: Point[];
  stroke: string;
  strokeWidth: number;
  dash?: number[];
  arrowEnd?: boolean;
  closed?: boolean;
  fill?: string;
}

export type GroupRole =
  | 'title'
  | 'post'
  | 'body'
  | 'line'
  | 'legend'
  | 'footnote'
  | 'table'
  | 'chart'
  | 'changes'
  | 'watermark'
  | 'footer'
  | 'cover'
  | 'continuation'
  | 'other'
  // Structure for the tagged PDF (each one element of its structure tree; see STRUCTURE in pdf.ts).
  | 'heading'
  | 'paragraph'
  | 'figure'
  | 'tableRow'
  | 'headerCell'
  | 'dataCell'
  | 'list'
  | 'listItem'
  | 'listLabel'
  | 'listBody'
  | 'lineLabel';

export interface GroupShape {
  type: 'group';
  role: GroupRole;
  /** What the group is, for readers: a post's title, "Legend"... */
  label?: string;
  /** Id of the model node or line the group draws (a line's label carries its line's id). */
  ref?: string;
  /** A figure's text alternative (the tagged PDF's /Alt): what the picture shows, in words. */
  alt?: string;
  /** A header cell's scope: the cells of its column or of its row. */
  scope?: 'Column' | 'Row';
  /** A table cell spanning several columns or rows. */
  colSpan?: number;
  rowSpan?: number;
  /**
   * Groups with the same structId in one drawing are one element of the tagged
   * structure: a list that continues on the next page stays one list.
   */
  structId?: string;
  children: Shape[];
}

export type Shape = RectShape | TextShape | PathShape | GroupShape;

export interface Page {
  width: number;
  height: number;
  shapes: Shape[];
  /** Short name of the page, e.g. "Annex 1" or "Annex 1 (continued)". */
  label: string;
  /** Said in the footer when pages are numbered, e.g. that costs are illustrative. */
  footerNote?: string;
  /** Page margin in points, so the footer lines up with the content. */
  margin?: number;
}

/** A bookmark: the title of a section and the index (from 0) of its first page. */
export interface OutlineEntry {
  title: string;
  pageIndex: number;
}

export interface Drawing {
  title: string;
  subject: string;
  author: string;
  keywords: string[];
  pages: Page[];
  /** Bookmarks, one per section; without them each page with a new label gets one. */
  outline?: OutlineEntry[];
}

export type Paper = 'a4' | 'a3';
export type Orientation = 'portrait' | 'landscape';

const PAPER_POINTS: Record<Paper, [number, number]> = {
  a4: [595.28, 841.89],
  a3: [841.89, 1190.55],
};

export function pageSize(paper: Paper, orientation: Orientation): { width: number; height: number } {
  const [short, long] = PAPER_POINTS[paper];
  return orientation === 'landscape' ? { width: long, height: short } : { width: short, height: long };
}

/** Every leaf shape, groups flattened (for tests and bounds checks). */
export function flatten(shapes: Shape[]): Exclude<Shape, GroupShape>[] {
  const out: Exclude<Shape, GroupShape>[] = [];
  const walk = (list: Shape[]) => {
    for (const s of list) {
      if (s.type === 'group') walk(s.children);
      else out.push(s);
    }
  };
  walk(shapes);
  return out;
}
