// The built-in sample: the five annex charts of the 2006–07 Herefordshire
// Public Service Trust proposal, rebuilt from the papers' own words (see
// ../shared/herefordshire-annexes.md beside the repo). What the papers do not
// state is marked inferred, with the reason, on the node or the line.
import { herefordshireTransition } from './herefordshireTransition';
import { councilEmployerDefaults, emptyPostInputs, nhsEmployerDefaults } from '../costs/defaults';
import type { CostSettings, EmployerCosts, PostCostInputs } from '../model/costTypes';
import { autoLayoutChart } from '../layout/layout';
import { makeBody, makeChart, makeDocument, makeLine, makePost } from '../model/factory';
import { herefordshireRules } from './herefordshireRules';
import type { BodyType, Chart, ChartNode, Line, LineKind, PostNode, StructuraDocument } from '../model/types';
import { must } from '../must';

const INFERRED_POST = 'Post inferred: the papers do not name it; reconstructed from public reporting of the period.';
const INFERRED_LINE = 'Line inferred: the papers do not state this reporting line.';
const INFERRED_LAYOUT = 'Inferred from the strands named in sections 4 and 10 of the proposal.';

type Basis = 'stated' | 'inferred-line' | 'inferred';

interface PostRow {
  id: string;
  title: string;
  tag: 'pct' | 'council' | 'joint';
  manager: string;
  accountableTo?: string[];
  basis: Basis;
  cost: number;
  responsibilities?: string[];
}

const DIRECTOR_COST = 95_000;

function postsAndLines(rows: PostRow[], lineBasis: (row: PostRow) => string | null): { nodes: PostNode[]; lines: Line[] } {
  const nodes: PostNode[] = [];
  const lines: Line[] = [];
  for (const row of rows) {
    nodes.push(
      makePost({
        id: row.id,
        title: row.title,
        tagId: row.tag,
        cost: row.cost,
        costIllustrative: row.id !== 'ceo',
        inferred: row.basis === 'inferred' ? INFERRED_POST : null,
        responsibilities: row.responsibilities ?? [],
      }),
    );
    lines.push(makeLine({ id: `m-${row.id}`, kind: 'management', from: row.manager, to: row.id, inferred: lineBasis(row) }));
    for (const superior of row.accountableTo ?? []) {
      lines.push(makeLine({ id: `a-${row.id}-${superior}`, kind: 'accountability', from: superior, to: row.id, inferred: lineBasis(row) }));
    }
  }
  return { nodes, lines };
}

function body(id: string, name: string, tagId: string | null, bodyType: BodyType = 'board', inferred: string | null = null): ChartNode {
  return makeBody({ id, name, tagId, bodyType, inferred });
}

function line(kind: LineKind, from: string, to: string, inferred: string | null = null, label = ''): Line {
  return makeLine({ id: `${kind[0]}-${from}-${to}`, kind, from, to, inferred, label });
}

const lineInferredUnlessStated = (row: PostRow) => (row.basis === 'stated' ? null : INFERRED_LINE);

function annex1(): Chart {
  const rows: PostRow[] = [
    {
      id: 'ceo',
      title: 'Chief Executive',
      tag: 'joint',
      manager: 'pst-board',
      accountableTo: ['pct-board', 'council-cabinet'],
      basis: 'stated',
      cost: 170_000,
    },
    { id: 'coo', title: 'Chief Operating Officer', tag: 'joint', manager: 'ceo', basis: 'inferred-line', cost: 120_000 },
    { id: 'dph', title: 'Director of Public Health', tag: 'joint', manager: 'ceo', basis: 'inferred-line', cost: DIRECTOR_COST },
    { id: 'dir-commissioning', title: 'Director of Commissioning', tag: 'joint', manager: 'ceo', basis: 'inferred-line', cost: DIRECTOR_COST },
    { id: 'dir-finance', title: 'Director of Finance', tag: 'pct', manager: 'ceo', basis: 'inferred', cost: DIRECTOR_COST },
    {
      id: 'dir-clinical-leadership',
      title: 'Director of Clinical Leadership',
      tag: 'pct',
      manager: 'ceo',
      basis: 'inferred-line',
      cost: DIRECTOR_COST,
      responsibilities: ['Clinical governance', 'Clinical responsibility', 'Link to Professional Executive Committee'],
    },
    { id: 'dir-childrens', title: "Director of Children's Services", tag: 'council', manager: 'coo', basis: 'inferred', cost: DIRECTOR_COST },
    { id: 'dir-adult-social-care', title: 'Director of Adult Social Care', tag: 'council', manager: 'coo', basis: 'inferred', cost: DIRECTOR_COST },
    {
      id: 'dir-resources',
      title: 'Director of Resources and Shared Services',
      tag: 'joint',
      manager: 'coo',
      basis: 'inferred',
      cost: DIRECTOR_COST,
      responsibilities: [
        'ICT',
        'Finance',
        'Human Resources',
        'Communications',
        'Legal Services',
        'Estates and Facilities',
        'Transport',
        'Procurement',
        'Complaints',
        'Information',
        'Public Involvement',
        'Public Relations',
      ],
    },
    { id: 'dir-regeneration', title: 'Director of Regeneration', tag: 'council', manager: 'coo', basis: 'inferred', cost: DIRECTOR_COST },
    { id: 'dir-environment', title: 'Director of Environment', tag: 'council', manager: 'coo', basis: 'inferred', cost: DIRECTOR_COST },
    {
      id: 'dir-customer-services',
      title: 'Director of Customer Services',
      tag: 'council',
      manager: 'coo',
      basis: 'inferred',
      cost: DIRECTOR_COST,
      responsibilities: ['Single customer service point', 'Emergency planning and civil contingencies'],
    },
  ];
  const { nodes, lines } = postsAndLines(rows, lineInferredUnlessStated);
  const ceo = must(
    nodes.find((n) => n.id === 'ceo'),
    "the sample's chief executive (row 'ceo')",
  );
  ceo.funding = [
    { tagId: 'pct', percent: 45 },
    { tagId: 'council', percent: 55 },
  ];
  ceo.notes = 'Reported as 45 % NHS-funded; the post was advertised at about £170,000 a year.';
  return makeChart({
    id: 'annex-1',
    annex: '1',
    title: 'Proposed Herefordshire Integrated Senior Management Structure: Medium/Long Term',
    subtitle: 'The 2008 model: one Chief Executive, accountable to the PST Board, the PCT Board and the Council',
    footnotes: [
      'If the newly appointed Director of Public Health has a clinical background, the clinical responsibility, listed under the Director of Clinical Leadership should transfer to the Director of Public Health',
    ],
    nodes: [
      body('pst-board', 'PST Board', 'joint'),
      body('pct-board', 'PCT Board', 'pct'),
      body('council-cabinet', 'Herefordshire Council (Cabinet)', 'council'),
      ...nodes,
    ],
    lines: [line('accountability', 'pct-board', 'pst-board'), line('accountability', 'council-cabinet', 'pst-board'), ...lines],
  });
}

function annex5(): Chart {
  const rows: PostRow[] = [
    { id: 'council-ceo', title: 'Council Chief Executive', tag: 'council', manager: 'council-cabinet', basis: 'stated', cost: 150_000 },
    { id: 'pct-ceo', title: 'PCT Chief Executive', tag: 'pct', manager: 'pct-board', basis: 'stated', cost: 150_000 },
    {
      id: 'coo',
      title: 'Chief Operating Officer',
      tag: 'joint',
      manager: 'council-ceo',
      accountableTo: ['pct-ceo', 'shadow-joint-board'],
      basis: 'inferred-line',
      cost: 120_000,
    },
    { id: 'dir-childrens', title: "Director of Children's Services", tag: 'council', manager: 'coo', basis: 'inferred', cost: DIRECTOR_COST },
    { id: 'dir-adult-social-care', title: 'Director of Adult Social Care', tag: 'council', manager: 'coo', basis: 'inferred', cost: DIRECTOR_COST },
    { id: 'dph', title: 'Director of Public Health', tag: 'pct', manager: 'coo', accountableTo: ['pct-ceo'], basis: 'inferred', cost: DIRECTOR_COST },
    { id: 'dir-commissioning', title: 'Director of Commissioning', tag: 'pct', manager: 'coo', basis: 'inferred', cost: DIRECTOR_COST },
    { id: 'dir-environment', title: 'Director of Environment', tag: 'council', manager: 'coo', basis: 'inferred', cost: DIRECTOR_COST },
    { id: 'dir-customer-services', title: 'Director of Customer Services', tag: 'council', manager: 'coo', basis: 'inferred', cost: DIRECTOR_COST },
    { id: 'dir-finance', title: 'Director of Finance', tag: 'pct', manager: 'pct-ceo', basis: 'inferred', cost: DIRECTOR_COST },
    { id: 'dir-clinical-leadership', title: 'Director of Clinical Leadership', tag: 'pct', manager: 'pct-ceo', basis: 'inferred', cost: DIRECTOR_COST },
    { id: 'dir-provider-services', title: 'Director of Provider Services', tag: 'pct', manager: 'pct-ceo', basis: 'inferred', cost: DIRECTOR_COST },
    { id: 'dir-resources', title: 'Director of Resources', tag: 'council', manager: 'council-ceo', basis: 'inferred', cost: DIRECTOR_COST },
    { id: 'dir-regeneration', title: 'Director of Regeneration', tag: 'council', manager: 'council-ceo', basis: 'inferred', cost: DIRECTOR_COST },
  ];
  const { nodes, lines } = postsAndLines(rows, lineInferredUnlessStated);
  return makeChart({
    id: 'annex-5',
    annex: '5',
    title: 'Proposed Herefordshire Integrated Senior Management Structure: Short/Medium Term',
    subtitle: 'The 2007 model: both chief executives stay; a PST Chief Operating Officer to whom a majority of posts report',
    footnotes: ['Existing posts are kept in the first year.'],
    nodes: [
      body('shadow-joint-board', 'Shadow Joint Board', 'joint'),
      body('pct-board', 'PCT Board', 'pct'),
      body('council-cabinet', 'Herefordshire Council (Cabinet)', 'council'),
      ...nodes,
    ],
    lines: [line('accountability', 'pct-board', 'shadow-joint-board'), line('accountability', 'council-cabinet', 'shadow-joint-board'), ...lines],
  });
}

function annex2(): Chart {
  return makeChart({
    id: 'annex-2',
    annex: '2',
    title: 'Partnership Approach',
    kind: 'diagram',
    subtitle: 'The PST Board, accountable to both statutory bodies',
    nodes: [
      body('council-cabinet', 'Herefordshire Council (Cabinet)', 'council', 'organisation'),
      body('pct-board', 'Herefordshire PCT Board', 'pct', 'organisation'),
      body('pst-board', 'PST Board', 'joint'),
      body('herefordshire-partnership', 'Herefordshire Partnership', null, 'group'),
      body('local-area-agreement', 'Herefordshire Local Area Agreement', null, 'group'),
      body('joint-management-team', 'Joint management team (single Chief Executive)', 'joint', 'group', INFERRED_LAYOUT),
      body('joint-commissioning', 'Joint commissioning', 'joint', 'group', INFERRED_LAYOUT),
      body('shared-services', 'Shared services', 'joint', 'group', INFERRED_LAYOUT),
      body('provider-social-enterprise', 'Provider social enterprise', 'joint', 'organisation', INFERRED_LAYOUT),
    ],
    lines: [
      line('accountability', 'council-cabinet', 'pst-board'),
      line('accountability', 'pct-board', 'pst-board'),
      line('accountability', 'herefordshire-partnership', 'pst-board', null, 'embedded in'),
      line('accountability', 'local-area-agreement', 'pst-board', null, 'embedded in'),
      line('management', 'pst-board', 'joint-management-team', INFERRED_LAYOUT),
      line('management', 'pst-board', 'joint-commissioning', INFERRED_LAYOUT),
      line('management', 'pst-board', 'shared-services', INFERRED_LAYOUT),
      line('management', 'pst-board', 'provider-social-enterprise', INFERRED_LAYOUT),
    ],
  });
}

function annex3(): Chart {
  const scrutiny = 'Line inferred: the papers name the regulators but not whom each scrutinises.';
  return makeChart({
    id: 'annex-3',
    annex: '3',
    title: 'Overall Scrutiny',
    kind: 'diagram',
    subtitle: 'Who scrutinises and regulates the Council, the PCT and the PST',
    nodes: [
      body('government-departments', 'Government Departments: Health & Local Government', null, 'organisation'),
      body('strategic-health-authority', 'Strategic Health Authority', 'pct', 'regulator'),
      body('csci', 'Commission for Social Care Inspection', null, 'regulator'),
      body('audit-commission', 'Audit Commission', null, 'regulator'),
      body('healthcare-commission', 'Healthcare Commission', null, 'regulator'),
      body('pct-board', 'Herefordshire PCT Board', 'pct', 'organisation'),
      body('council-cabinet', 'Herefordshire Council', 'council', 'organisation'),
      body('pst-board', 'PST Board', 'joint'),
      body('health-scrutiny-committee', "Council's Health Scrutiny Committee", 'council', 'group'),
    ],
    lines: [
      line('management', 'government-departments', 'strategic-health-authority'),
      line('accountability', 'strategic-health-authority', 'pct-board', scrutiny),
      line('accountability', 'healthcare-commission', 'pct-board', scrutiny),
      line('accountability', 'csci', 'council-cabinet', scrutiny),
      line('accountability', 'audit-commission', 'council-cabinet', scrutiny),
      line('accountability', 'audit-commission', 'pct-board', scrutiny),
      line('accountability', 'council-cabinet', 'pst-board', scrutiny),
      line('accountability', 'pct-board', 'pst-board', scrutiny),
      line('accountability', 'health-scrutiny-committee', 'pst-board', null, 'scrutinises'),
    ],
  });
}

function annex4(): Chart {
  return makeChart({
    id: 'annex-4',
    annex: '4',
    title: 'Commissioning/Provider Model',
    kind: 'diagram',
    subtitle: 'The PST as a strategic commissioning body',
    nodes: [
      body('pst-commissioning', 'PST — strategic commissioning', 'joint'),
      body('hereford-hospitals', 'Hereford Hospitals NHS Trust', null, 'organisation'),
      body('provider-social-enterprise', 'Provider social enterprise (PCT and Council provider services)', 'joint', 'organisation'),
      body('gp-practices', 'GP practices (Practice Based Commissioning)', null, 'group'),
      body('independent-voluntary', 'Independent and voluntary providers', null, 'group', 'Inferred: the papers do not name other providers.'),
    ],
    lines: [
      line('commissions', 'pst-commissioning', 'hereford-hospitals'),
      line('commissions', 'pst-commissioning', 'provider-social-enterprise'),
      line('commissions', 'pst-commissioning', 'gp-practices'),
      line('commissions', 'pst-commissioning', 'independent-voluntary', 'Inferred: the papers do not name other providers.'),
      line('accountability', 'gp-practices', 'pst-commissioning', null, 'influence'),
    ],
  });
}

/**
 * Cost inputs of the sample: today's rates marked illustrative (the 2007 rates
 * differed), the agreed 45/55 split, and exit inputs that are estimates, not
 * anyone's record.
 */
function sampleCosts(): CostSettings {
  const illustrative = (e: EmployerCosts): EmployerCosts => ({ ...e, illustrative: true, source: `Illustrative: 2025 rates, not those of 2007. ${e.source}` });
  const exit = (postId: string, age: number, yearsOfService: number): PostCostInputs => ({ ...emptyPostInputs(postId), age, yearsOfService, estimate: true });
  return {
    startDate: '2008-04-01',
    years: 5,
    changeDate: '2008-10-01',
    defaultSplit: [
      { tagId: 'pct', percent: 45 },
      { tagId: 'council', percent: 55 },
    ],
    agreedSplit: [
      { tagId: 'pct', percent: 45 },
      { tagId: 'council', percent: 55 },
    ],
    employers: [illustrative(nhsEmployerDefaults('pct')), illustrative(councilEmployerDefaults('council'))],
    ruleSets: [],
    recruitmentRate: 0.1,
    posts: [exit('council-ceo', 57, 22), exit('pct-ceo', 52, 18), exit('dir-provider-services', 49, 15)],
  };
}

export const SAMPLE_TAGS = [
  { id: 'pct', name: 'Herefordshire Primary Care Trust', label: 'PCT', colour: '#005eb8' },
  { id: 'council', name: 'Herefordshire Council', label: 'Council', colour: '#00703c' },
  { id: 'joint', name: 'Joint appointment (Public Service Trust)', label: 'Joint', colour: '#7c2a90' },
];

/** A fresh copy of the sample document each call, so callers may mutate it. */
export function herefordshireSample(): StructuraDocument {
  const doc = makeDocument({
    title: 'Herefordshire Public Service Trust: senior management structures',
    description:
      'A reconstruction of the five structure charts (Annexes 1–5) of the 2006–07 proposal by Herefordshire Council and ' +
      'Herefordshire Primary Care Trust for a Public Service Trust. The original charts did not survive; these are rebuilt ' +
      'from the papers’ own words and public reporting of the period. Boxes and lines marked “inferred” are not stated in ' +
      'the papers. Costs marked “illustrative” are not real figures, except the joint Chief Executive’s advertised £170,000.',
    meta: { author: 'Structura sample (reconstruction)', versionLabel: 'Reconstruction v1', date: '2007-01-31' },
    tags: SAMPLE_TAGS.map((t) => ({ ...t })),
    charts: [annex1(), annex2(), annex3(), annex4(), annex5()],
    rules: herefordshireRules(),
    costs: sampleCosts(),
    transition: herefordshireTransition(),
  });
  return { ...doc, charts: doc.charts.map((chart) => autoLayoutChart(doc, chart)) };
}
