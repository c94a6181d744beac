// Constructors with sensible defaults, so callers name only what they know.
import { SCHEMA_VERSION, type BodyNode, type Chart, type Line, type LineKind, type PostNode, type StructuraDocument } from './types';

export function makePost(fields: Partial<PostNode> & { id: string; title: string }): PostNode {
  return {
    kind: 'post',
    tagId: null,
    notes: '',
    inferred: null,
    position: { x: 0, y: 0 },
    holder: { kind: 'unrecorded' },
    funding: [],
    fte: 1,
    grade: '',
    cost: null,
    costIllustrative: false,
    responsibilities: [],
    assistant: false,
    collapsed: false,
    unit: '',
    payFloor: null,
    payCeiling: null,
    jobFunction: '',
    profession: '',
    juniorTeams: [],
    ...fields,
  };
}

export function makeBody(fields: Partial<BodyNode> & { id: string; name: string }): BodyNode {
  return {
    kind: 'body',
    tagId: null,
    notes: '',
    inferred: null,
    position: { x: 0, y: 0 },
    bodyType: 'board',
    ...fields,
  };
}

export function makeLine(fields: Partial<Line> & { id: string; kind: LineKind; from: string; to: string }): Line {
  return { label: '', inferred: null, ...fields };
}

export function makeChart(fields: Partial<Chart> & { id: string; title: string }): Chart {
  return {
    annex: '',
    subtitle: '',
    footnotes: [],
    kind: 'structure',
    nodes: [],
    lines: [],
    layout: { compact: false },
    ...fields,
  };
}

export function makeDocument(fields: Partial<StructuraDocument> = {}): StructuraDocument {
  return {
    schemaVersion: SCHEMA_VERSION,
    title: 'Untitled structure',
    description: '',
    meta: { author: '', versionLabel: '', date: '' },
    tags: [],
    charts: [],
    ...fields,
  };
}

/** Short random id; collision-checked by callers that need uniqueness within a chart. */
export function newId(prefix: string): string {
  const bytes = new Uint8Array(6);
  globalThis.crypto.getRandomValues(bytes);
  return prefix + '-' + Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
