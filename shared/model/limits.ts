// The one table of limits a Structura document keeps. The schema (./schema.ts)
// is built from it, so the loader, the commands, the inspector fields, the
// importers and the save gate all refuse at the same place.

export const LIMITS = {
  /** A saved file, counted in UTF-8 bytes (the desktop and command-line readers count bytes). */
  fileBytes: 50 * 1024 * 1024,
  charts: 500,
  tags: 200,
  nodesPerChart: 100_000,
  linesPerChart: 200_000,
  /** Ids of charts, nodes, lines and tags. */
  idLength: 200,
  /** Titles, names, grades, labels of lines, each responsibility... */
  shortText: 500,
  /** Notes, descriptions, footnotes. */
  longText: 20_000,
  /** Responsibilities of a post, footnotes of a chart. */
  listItems: 500,
  juniorTeams: 5_000,
  /** Names of a job share. */
  holderNames: 20,
  /** The short label of an organisation tag, shown on boxes. */
  tagLabel: 40,
  annex: 20,
  /** FTE of a post or a junior team. */
  fte: 1e6,
  /** Pounds: cost, pay floor and ceiling, junior pay scales. */
  money: 1e12,
  /** Chart mappings of a document's transition (format 5). */
  mappings: 500,
  /** Phases of a transition. */
  phases: 200,
  /** Post mappings, job matches or dated changes of one chart mapping. */
  mappingItems: 200_000,
  /** Canvas units either side of the origin. */
  coordinate: 1e7,
  /** Why a rule-check finding is acknowledged. */
  acknowledgementReason: 2_000,
  /** Cost inputs: on-cost rates are fractions (0.15 means 15%). */
  rate: 1,
  /** Years the savings ledger runs for. */
  ledgerYears: 30,
  /** Years of pay protection an employer gives. */
  protectionYears: 20,
  /** Age of a post holder, for redundancy and pension strain. */
  minAge: 14,
  maxAge: 100,
  yearsOfService: 80,
} as const;
