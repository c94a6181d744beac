// The Structura document model. Plain, JSON-serialisable data: the document is
// the single source of truth, every view and every export is computed from it.
// The zod schema in ./schema.ts is the runtime mirror of these types.

import type { CostSettings } from './costTypes';
import type { RuleSettings } from './ruleTypes';
import type { TransitionSettings } from './transitionTypes';

/** 2: text may not hold non-characters or lone surrogates; 3: optional rule-check inputs; 4: cost inputs; 5: optional transition (see migrations.ts). */
export const SCHEMA_VERSION = 5 as const;
export const FILE_EXTENSION = 'structura';

/** An employing organisation (PCT, Council, Joint...). Tags belong to the document. */
export interface OrgTag {
  id: string;
  /** Full name, e.g. "Herefordshire Primary Care Trust". */
  name: string;
  /** Short label shown on boxes, e.g. "PCT". */
  label: string;
  /** #rrggbb */
  colour: string;
}

/** Who holds a post. A job share has several names. */
export type Holder =
  | { kind: 'named'; names: string[] }
  | { kind: 'vacant' }
  /** Published as "N/D": the post is filled but the name is not disclosed. */
  | { kind: 'undisclosed' }
  /** Nobody recorded (e.g. a proposed structure that names posts only). */
  | { kind: 'unrecorded' };

export interface FundingShare {
  tagId: string;
  /** 0..100; the shares of one post sum to 100. */
  percent: number;
}

/** Aggregated junior staff under a senior post (organogram "junior" rows). Not posts. */
export interface JuniorTeam {
  grade: string;
  title: string;
  fte: number;
  payMin: number | null;
  payMax: number | null;
  unit: string;
  profession: string;
}

export interface Position {
  x: number;
  y: number;
}

interface NodeBase {
  /** Stable id. The same post standing in two charts keeps its id. */
  id: string;
  /** Organisation tag id, or null for an untagged node. */
  tagId: string | null;
  notes: string;
  /** Null when stated; otherwise why this node was inferred rather than stated. */
  inferred: string | null;
  /** Top-left corner on the canvas, in canvas units. */
  position: Position;
}

/** A job: counted in headcount. */
export interface PostNode extends NodeBase {
  kind: 'post';
  title: string;
  holder: Holder;
  /** Funding split for joint posts; empty when the post is funded by its tag alone. */
  funding: FundingShare[];
  fte: number;
  grade: string;
  /** Annual cost in pounds, or null when unknown. */
  cost: number | null;
  /** True when the cost is an illustrative figure, not a real one; shown wherever the cost is. */
  costIllustrative: boolean;
  /** Ordered short texts shown under the title. */
  responsibilities: string[];
  /** Assistant posts sit beside their manager rather than in the row of reports. */
  assistant: boolean;
  /** Subtree hidden on the canvas (display state kept with the chart). */
  collapsed: boolean;
  unit: string;
  /** Organogram pay band, kept for round trips and used as cost when no cost is given. */
  payFloor: number | null;
  payCeiling: number | null;
  jobFunction: string;
  profession: string;
  juniorTeams: JuniorTeam[];
}

export type BodyType = 'board' | 'organisation' | 'regulator' | 'group';

/** A board, organisation or regulator: never counted as headcount. */
export interface BodyNode extends NodeBase {
  kind: 'body';
  name: string;
  bodyType: BodyType;
}

export type ChartNode = PostNode | BodyNode;

/**
 * Line kinds. `from` is always the superior end:
 * - management: from = line manager (post or body), to = the report. Solid; at most one per node; no cycles.
 * - accountability: from = who is accounted to, to = the accountable node. Dashed; any number.
 * - commissions: from = commissioner, to = provider. Arrowed.
 */
export type LineKind = 'management' | 'accountability' | 'commissions';
export const LINE_KINDS: readonly LineKind[] = ['management', 'accountability', 'commissions'];

export interface Line {
  id: string;
  kind: LineKind;
  from: string;
  to: string;
  /** Optional text on the line, e.g. "influence". */
  label: string;
  inferred: string | null;
}

export type ChartKind = 'structure' | 'diagram';

export interface LayoutOptions {
  /** Stack a manager's leaf reports vertically, so wide spans stay narrow. */
  compact: boolean;
}

export interface Chart {
  id: string;
  title: string;
  /** Annex number as shown ("1", "5"); empty when the chart is not an annex. */
  annex: string;
  subtitle: string;
  footnotes: string[];
  /** structure: posts and reporting lines, counted and compared; diagram: bodies only. */
  kind: ChartKind;
  nodes: ChartNode[];
  lines: Line[];
  layout: LayoutOptions;
}

export interface DocumentMeta {
  author: string;
  /** e.g. "v0.3 draft for SMT" */
  versionLabel: string;
  /** ISO date (yyyy-mm-dd) or empty. */
  date: string;
}

export interface StructuraDocument {
  schemaVersion: typeof SCHEMA_VERSION;
  title: string;
  description: string;
  meta: DocumentMeta;
  tags: OrgTag[];
  charts: Chart[];
  /** Rule-check inputs (format 3): statutory role designations, required roles, design limits; absent: the defaults. */
  rules?: RuleSettings;
  /** Money inputs for cost by employer and the savings ledger (format 4); absent: no on-costs, defaults. */
  costs?: CostSettings;
  /** Post mappings between charts, job matches, pools, phases and dated changes (format 5); absent: none. */
  transition?: TransitionSettings;
}
