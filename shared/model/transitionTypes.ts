// The transition from a baseline chart to an option chart (format 5): which
// existing post maps to which new one and how (slot-in, ring-fenced pool, open
// competition...), the entered job-match percentages with the local thresholds
// that turn them into suggestions, and when each change takes effect (a date or
// a phase of the programme) with its reason. Kept in the document so the
// consultation figures reopen exactly as agreed.

/** How an existing post's holder goes into the new structure. */
export type MappingMethod = 'unchanged' | 'slot-in' | 'ring-fence' | 'open-competition' | 'deleted' | 'moved-out';
export const MAPPING_METHODS: readonly MappingMethod[] = ['unchanged', 'slot-in', 'ring-fence', 'open-competition', 'deleted', 'moved-out'];

/** A decided mapping of one baseline post. */
export interface PostMapping {
  /** The baseline post (its id in the baseline chart). */
  postId: string;
  method: MappingMethod;
  /**
   * Option posts: unchanged → the same id; slot-in → exactly one; open
   * competition → the post(s) competed for; ring-fence → empty (the pools name
   * their posts); deleted, moved out → empty.
   */
  targetPostIds: string[];
  /** Ring-fence: the pools the holder competes in (two or more is flagged). */
  poolIds: string[];
  /** Moved out: where to (e.g. "Provider social enterprise"). */
  destination: string;
  /** Why, above all when the suggestion was overridden. */
  reason: string;
  /** Null when the papers or HR records say so; otherwise why it is a reconstruction. */
  inferred: string | null;
}

/** An entered job match between an existing post and a new one. */
export interface JobMatch {
  fromPostId: string;
  toPostId: string;
  /** 0..100 */
  percent: number;
  /** The basis of the match (job descriptions compared, panel, ...). */
  basis: string;
}

/** A ring-fenced pool: the people whose mappings name it compete for its posts. */
export interface MappingPool {
  id: string;
  name: string;
  /** Option posts the pool competes for. */
  postIds: string[];
}

/** Local policy: match percentages at or above `slotIn` suggest slot-in, from `ringFence` a ring-fenced pool. */
export interface MatchThresholds {
  slotIn: number;
  ringFence: number;
}

/** A phase of the programme, e.g. "Phase 2 – October 2007 to August 2008". */
export interface TransitionPhase {
  id: string;
  name: string;
  /** yyyy-mm-dd: the changes of the phase take effect on this date unless they carry their own. */
  startDate: string;
  /** yyyy-mm-dd or empty. */
  endDate: string;
  description: string;
  inferred: string | null;
}

/** When a change to one node (post or body) between baseline and option takes effect, and why. */
export interface DatedChange {
  nodeId: string;
  /** The phase it belongs to, or null. */
  phaseId: string | null;
  /** yyyy-mm-dd, or empty: the phase's start date (no phase either: with the last dated change). */
  effectiveDate: string;
  reason: string;
  inferred: string | null;
}

/** The mapping of one baseline chart to one option chart. */
export interface ChartMapping {
  id: string;
  fromChartId: string;
  toChartId: string;
  thresholds: MatchThresholds;
  posts: PostMapping[];
  matches: JobMatch[];
  pools: MappingPool[];
  changes: DatedChange[];
}

export interface TransitionSettings {
  phases: TransitionPhase[];
  mappings: ChartMapping[];
}
