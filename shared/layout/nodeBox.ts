// The box design: what a node's box contains and how big it is. The canvas,
// the SVG and the PDF all draw boxes from this one description, so a chart
// looks the same everywhere and text never overflows its box.
import { describeHolder } from '../model/query';
import type { ChartNode, OrgTag, PostNode, StructuraDocument } from '../model/types';
import { fitText, lineHeight, measureText, wrapText, type TextStyle } from '../text/measure';
import { postFullCost } from '../costs/fullCost';
import { formatFte, formatMoney, formatShare } from '../format';

export type BoxTextRole = 'title' | 'holder' | 'tag' | 'fte' | 'cost' | 'responsibility' | 'teams' | 'inferred' | 'name' | 'hidden';

export interface BoxText {
  text: string;
  /** Relative to the box's top-left; y is the baseline. */
  x: number;
  y: number;
  size: number;
  bold: boolean;
  role: BoxTextRole;
  anchor: 'start' | 'middle';
}

export interface NodeBox {
  id: string;
  kind: 'post' | 'body';
  width: number;
  height: number;
  /** Height of the coloured band at the top (tag colour). */
  bandHeight: number;
  texts: BoxText[];
}

export const POST_WIDTH = 190;
export const BODY_WIDTH = 210;
const PAD = 9;
const POST_BAND = 17;
const BODY_BAND = 6;

const STYLE = {
  band: { size: 9.5, bold: true },
  title: { size: 12, bold: true },
  body: { size: 12.5, bold: true },
  holder: { size: 10.5, bold: false },
  detail: { size: 9.5, bold: false },
  small: { size: 8.5, bold: false },
} satisfies Record<string, TextStyle>;

export function holderText(post: PostNode): string {
  return describeHolder(post, { join: ' / ', vacant: 'Vacant', undisclosed: 'Name not disclosed', unrecorded: '' });
}

/** The band label: the tag, with the funding split of a joint post when it fits. */
export function tagLabelText(post: PostNode | ChartNode, tags: Map<string, OrgTag>, maxWidth: number): string {
  const tag = post.tagId ? tags.get(post.tagId) : undefined;
  const label = tag?.label ?? 'Untagged';
  if (post.kind !== 'post' || post.funding.length === 0) return fitText(label, maxWidth, STYLE.band);
  const shares = post.funding.map((s) => `${tags.get(s.tagId)?.label ?? s.tagId} ${formatShare(s.percent)}`);
  const full = `${label} · ${shares.join(' / ')}`;
  if (measureText(full, STYLE.band) <= maxWidth) return full;
  const short = `${label} ${post.funding.map((s) => Math.round(s.percent)).join('/')}`;
  return fitText(short, maxWidth, STYLE.band);
}

export function juniorSummary(post: PostNode): string {
  if (post.juniorTeams.length === 0) return '';
  const fte = post.juniorTeams.reduce((sum, t) => sum + t.fte, 0);
  const teams = post.juniorTeams.length;
  return `${formatFte(fte)} FTE in ${teams} team${teams === 1 ? '' : 's'}`;
}

// Keyed by the tags array itself: documents are immutable, so an entry can
// never be stale and two documents never share one.
const tagMaps = new WeakMap<OrgTag[], Map<string, OrgTag>>();
function tagMap(doc: StructuraDocument): Map<string, OrgTag> {
  let map = tagMaps.get(doc.tags);
  if (!map) tagMaps.set(doc.tags, (map = new Map(doc.tags.map((t) => [t.id, t]))));
  return map;
}

const BULLET = '• ';

class TextColumn {
  readonly texts: BoxText[] = [];
  y: number;
  constructor(
    top: number,
    private readonly x: number,
    private readonly width: number,
    private readonly anchor: 'start' | 'middle',
  ) {
    this.y = top;
  }
  add(text: string, style: TextStyle, role: BoxTextRole, gapBefore = 0, maxLines?: number): void {
    if (!text) return;
    this.y += gapBefore;
    for (const line of wrapText(text, this.width, style, maxLines)) this.line(line, this.x, style, role);
  }

  /** A bulleted item: lines after the first hang under the text, not under the bullet. */
  addBullet(text: string, style: TextStyle, role: BoxTextRole): void {
    if (!text) return;
    const indent = measureText(BULLET, style);
    wrapText(text, this.width - indent, style).forEach((line, k) => {
      if (k === 0) this.line(BULLET + line, this.x, style, role);
      else this.line(line, this.x + indent, style, role);
    });
  }

  private line(text: string, x: number, style: TextStyle, role: BoxTextRole): void {
    this.y += lineHeight(style);
    const baseline = this.y - style.size * 0.28;
    this.texts.push({ text, x, y: baseline, size: style.size, bold: !!style.bold, role, anchor: this.anchor });
  }
}

function measurePost(post: PostNode, doc: StructuraDocument, hiddenCount: number): NodeBox {
  const inner = POST_WIDTH - 2 * PAD;
  const band: BoxText = {
    text: tagLabelText(post, tagMap(doc), inner),
    x: PAD,
    y: POST_BAND - 5,
    size: STYLE.band.size,
    bold: true,
    role: 'tag',
    anchor: 'start',
  };
  const col = new TextColumn(POST_BAND + 3, PAD, inner, 'start');
  col.add(post.title, STYLE.title, 'title');
  col.add(holderText(post), STYLE.holder, 'holder', 1);
  const facts = [`${formatFte(post.fte)} FTE`, post.grade ? `Grade ${post.grade}` : ''].filter(Boolean).join(' · ');
  col.add(facts, STYLE.detail, 'fte', 2);
  col.add(costLineText(post, doc), STYLE.detail, 'cost');
  if (post.responsibilities.length) {
    col.y += 3;
    for (const item of post.responsibilities) col.addBullet(item, STYLE.detail, 'responsibility');
  }
  col.add(juniorSummary(post), STYLE.detail, 'teams', 3);
  if (post.inferred !== null) col.add('(inferred)', STYLE.small, 'inferred', 2);
  if (hiddenCount > 0) col.add(`+${hiddenCount} post${hiddenCount === 1 ? '' : 's'} hidden`, STYLE.detail, 'hidden', 3);
  return {
    id: post.id,
    kind: 'post',
    width: POST_WIDTH,
    height: Math.ceil(col.y + PAD),
    bandHeight: POST_BAND,
    texts: [band, ...col.texts],
  };
}

function measureBody(node: Extract<ChartNode, { kind: 'body' }>, doc: StructuraDocument): NodeBox {
  const inner = BODY_WIDTH - 2 * PAD - 4;
  const col = new TextColumn(BODY_BAND + 6, BODY_WIDTH / 2, inner, 'middle');
  col.add(node.name, STYLE.body, 'name');
  const tag = node.tagId ? tagMap(doc).get(node.tagId) : undefined;
  if (tag) col.add(tag.label, STYLE.detail, 'tag', 1);
  if (node.inferred !== null) col.add('(inferred)', STYLE.small, 'inferred', 1);
  return {
    id: node.id,
    kind: 'body',
    width: BODY_WIDTH,
    height: Math.ceil(Math.max(col.y + PAD + 2, 48)),
    bandHeight: BODY_BAND,
    texts: col.texts,
  };
}

// A box's size and text depend only on what it shows: its texts, the flags
// that add lines (cost illustrative, inferred, hidden posts) and the tag
// labels in its band; never on its id, position or collapsed state. So boxes
// are cached by that content, not by node object: a post moved by a layout (a
// new object with a new position) or a department of identical posts is
// measured once. In front of that sits a cache by node object, so a node
// already seen costs one lookup and no key is built.

/** The box's cost line: the full cost with the paying employers' on-costs, or the pay alone, saying which. */
export function costLineText(post: PostNode, doc: StructuraDocument): string {
  // A pay band alone is shown by the inspector, not as a cost on the box.
  const cost = post.cost === null ? null : postFullCost(post, doc);
  if (!cost) return '';
  return `${formatMoney(cost.full)} ${cost.basis}${cost.illustrative ? ' (illustrative)' : ''}`;
}

/** A string's part of a key: its length first, so that no text can pass for the fields after it. */
const part = (text: string) => `${text.length}:${text}`;

/** What measurePost and measureBody draw a box from, as one string: equal strings give equal boxes. */
export function boxContentKey(node: ChartNode, doc: StructuraDocument, hiddenCount: number): string {
  const tags = tagMap(doc);
  const tagLabel = node.tagId ? tags.get(node.tagId)?.label : undefined;
  const band = tagLabel === undefined ? '-' : part(tagLabel);
  if (node.kind === 'body') return `B${band}${part(node.name)}${node.inferred !== null}`;
  let funding = '';
  for (const share of node.funding) funding += `${part(tags.get(share.tagId)?.label ?? share.tagId)}${share.percent};`;
  let responsibilities = '';
  for (const item of node.responsibilities) responsibilities += part(item);
  return (
    `P${band}${node.funding.length};${funding}${part(node.title)}${part(holderText(node))}${node.fte};${part(node.grade)}` +
    `${part(costLineText(node, doc))}${node.responsibilities.length};${responsibilities}${part(juniorSummary(node))}${node.inferred !== null};${hiddenCount}`
  );
}

/** A measured box without its id: shared by every node showing the same content. */
type BoxShape = Omit<NodeBox, 'id'>;

/**
 * The boxes one owner (a LayoutCache) has measured: by content (two
 * generations: a shape not used since the older one was dropped is measured
 * again, so the memo stays bounded in a long session) and by node object.
 */
export interface BoxMemo {
  shapes: Map<string, BoxShape>;
  olderShapes: Map<string, BoxShape>;
  /** Boxes are shared: callers must not mutate them. */
  measured: WeakMap<ChartNode, MeasuredNode>;
}
const SHAPES_PER_GENERATION = 50_000;

export function createBoxMemo(): BoxMemo {
  return { shapes: new Map(), olderShapes: new Map(), measured: new WeakMap() };
}

function shapeFor(memo: BoxMemo, key: string, node: ChartNode, doc: StructuraDocument, hiddenCount: number): BoxShape {
  let shape = memo.shapes.get(key);
  if (shape) return shape;
  shape = memo.olderShapes.get(key) ?? shapeOf(measureNodeUncached(node, doc, hiddenCount));
  if (memo.shapes.size >= SHAPES_PER_GENERATION) {
    memo.olderShapes = memo.shapes;
    memo.shapes = new Map();
  }
  memo.shapes.set(key, shape);
  return shape;
}

function shapeOf(box: NodeBox): BoxShape {
  return { kind: box.kind, width: box.width, height: box.height, bandHeight: box.bandHeight, texts: box.texts };
}

/** Measures the node's box from its content, with no cache. */
export function measureNodeUncached(node: ChartNode, doc: StructuraDocument, hiddenCount = 0): NodeBox {
  return node.kind === 'post' ? measurePost(node, doc, hiddenCount) : measureBody(node, doc);
}

/** A node's box with its size beside it: a layout of thousands reads sizes without touching each box. */
export interface MeasuredNode {
  readonly tags: OrgTag[];
  readonly costs: StructuraDocument['costs'];
  readonly hidden: number;
  readonly box: NodeBox;
  readonly width: number;
  readonly height: number;
}

export function measureNodeEntry(node: ChartNode, doc: StructuraDocument, hiddenCount: number, memo: BoxMemo): MeasuredNode {
  const hit = memo.measured.get(node);
  if (hit && hit.tags === doc.tags && hit.costs === doc.costs && hit.hidden === hiddenCount) return hit;
  const shape = shapeFor(memo, boxContentKey(node, doc, hiddenCount), node, doc, hiddenCount);
  const box: NodeBox = { id: node.id, ...shape };
  const entry: MeasuredNode = { tags: doc.tags, costs: doc.costs, hidden: hiddenCount, box, width: box.width, height: box.height };
  memo.measured.set(node, entry);
  return entry;
}

/**
 * True when the two nodes show the same box, judged by the fields a box is
 * drawn from being the very same values: what a copy made by spreading a node
 * with a new position (as a layout makes) passes in a few comparisons, with
 * no key built. False only means "not known to be the same".
 */
export function sameBoxFields(a: ChartNode, b: ChartNode): boolean {
  if (a === b) return true;
  if (a.id !== b.id || a.tagId !== b.tagId || (a.inferred === null) !== (b.inferred === null)) return false;
  if (a.kind === 'body' || b.kind === 'body') return a.kind === 'body' && b.kind === 'body' && a.name === b.name;
  return (
    a.title === b.title &&
    a.holder === b.holder &&
    a.funding === b.funding &&
    a.fte === b.fte &&
    a.grade === b.grade &&
    a.cost === b.cost &&
    a.costIllustrative === b.costIllustrative &&
    a.responsibilities === b.responsibilities &&
    a.juniorTeams === b.juniorTeams
  );
}

/** A node's box; pass the owner's `memo` to reuse what it measured before (without one, the box is measured afresh). */
export function measureNode(node: ChartNode, doc: StructuraDocument, options: { hiddenCount?: number; memo?: BoxMemo } = {}): NodeBox {
  return measureNodeEntry(node, doc, options.hiddenCount ?? 0, options.memo ?? createBoxMemo()).box;
}
