// The sample's transition from Annex 5 (2007: both chief executives, a PST
// COO) to Annex 1 (2008: one Chief Executive), with the phases of the
// September 2007 roadmap (../shared/seeds/roadmap-for-development-2007.txt).
// The papers say which appointments are made in which phase; they give no
// job-match scores and no individual decisions, so every post mapping here is
// a reconstruction and says so, as are the days of the month (the roadmap
// gives months).
import type { ChartMapping, DatedChange, PostMapping, TransitionPhase, TransitionSettings } from '../model/transitionTypes';

const DAY_ASSUMED = 'The roadmap gives the month; the first day of it is assumed.';

const phases: TransitionPhase[] = [
  {
    id: 'phase-1',
    name: 'Phase 1 – September 2007',
    startDate: '2007-09-20',
    endDate: '2007-09-30',
    description: "The Council's Cabinet and the PCT Board agree the preferred option and approve the project plan and roadmap (20 September 2007).",
    inferred: null,
  },
  {
    id: 'phase-2',
    name: 'Phase 2 – October 2007 to August 2008',
    startDate: '2007-10-01',
    endDate: '2008-08-31',
    description:
      'A single Chief Executive is appointed (September/October 2007); a joint Director of Public Health and a joint Director of Commissioning; other single senior management appointments where appropriate (October 2007 – August 2008); PST Interim Board (January 2008); Partnership Agreement signed (August 2008).',
    inferred: DAY_ASSUMED,
  },
  {
    id: 'phase-3',
    name: 'Phase 3 – September 2008 to March 2009',
    startDate: '2008-09-01',
    endDate: '2009-03-31',
    description: 'Initial PST arrangements established; full governance arrangements implemented; the PST Board established within them.',
    inferred: DAY_ASSUMED,
  },
  {
    id: 'phase-4',
    name: 'Phase 4 – April 2009 to May 2011',
    startDate: '2009-04-01',
    endDate: '2011-05-31',
    description: 'A detailed review of the PST arrangements.',
    inferred: DAY_ASSUMED,
  },
];

const RECONSTRUCTED = 'Reconstruction: the papers give no individual mapping decisions.';

function post(postId: string, method: PostMapping['method'], targetPostIds: string[], reason: string, destination = ''): PostMapping {
  return { postId, method, targetPostIds, poolIds: [], destination, reason, inferred: RECONSTRUCTED };
}

const posts: PostMapping[] = [
  post(
    'council-ceo',
    'open-competition',
    ['ceo'],
    'Roadmap Phase 2: "A single Chief Executive will be appointed"; the post was advertised (about £170,000), so both chief executives and the COO could apply.',
  ),
  post('pct-ceo', 'open-competition', ['ceo'], 'As the Council Chief Executive: one Chief Executive for the PST, appointed by open competition.'),
  post('coo', 'open-competition', ['ceo'], 'The single Chief Executive post was open to the PST COO as well; the Annex 1 COO post is then recruited to.'),
  post('dph', 'slot-in', ['dph'], 'Roadmap Phase 2: "A joint Director of Public Health will be appointed": the same job, now joint (PCT → Joint).'),
  post(
    'dir-commissioning',
    'slot-in',
    ['dir-commissioning'],
    'Roadmap Phase 2: "A joint Director of Commissioning will be appointed": the same job, now joint (PCT → Joint).',
  ),
  post(
    'dir-resources',
    'slot-in',
    ['dir-resources'],
    'Director of Resources becomes Director of Resources and Shared Services (joint): most of the duties stay; shared services are added (proposal, section 10).',
  ),
  post(
    'dir-provider-services',
    'moved-out',
    [],
    'Provider services leave for the provider social enterprise (proposal, section 4); the holder transfers with them.',
    'Provider social enterprise (PCT and Council provider services)',
  ),
  ...['dir-childrens', 'dir-adult-social-care', 'dir-environment', 'dir-customer-services', 'dir-finance', 'dir-clinical-leadership', 'dir-regeneration'].map(
    (id) => post(id, 'unchanged', [id], 'The same post in both annexes ("existing posts are kept in the first year"); only its line manager may change.'),
  ),
];

function change(
  nodeId: string,
  phaseId: string,
  reason: string,
  effectiveDate = '',
  inferred: string | null = 'Reconstruction: the roadmap dates the phase, not this change.',
): DatedChange {
  return { nodeId, phaseId, effectiveDate, reason, inferred };
}

const CEO_APPOINTED = 'A single Chief Executive is appointed September/October 2007 (roadmap, Phase 2).';

const changes: DatedChange[] = [
  change('ceo', 'phase-2', CEO_APPOINTED, '2007-10-01', DAY_ASSUMED),
  change('council-ceo', 'phase-2', CEO_APPOINTED, '2007-10-01', DAY_ASSUMED),
  change('pct-ceo', 'phase-2', CEO_APPOINTED, '2007-10-01', DAY_ASSUMED),
  change('dir-finance', 'phase-2', 'Reports to the single Chief Executive once appointed.', '2007-10-01'),
  change('dir-clinical-leadership', 'phase-2', 'Reports to the single Chief Executive once appointed.', '2007-10-01'),
  change('coo', 'phase-2', 'Reports to the single Chief Executive once appointed.', '2007-10-01'),
  change('dph', 'phase-2', 'A joint Director of Public Health will be appointed (roadmap, Phase 2).', '2008-01-01'),
  change(
    'dir-commissioning',
    'phase-2',
    'A joint Director of Commissioning will be appointed; a joint commissioning unit established (roadmap, Phase 2).',
    '2008-01-01',
  ),
  change(
    'dir-resources',
    'phase-2',
    'Other single senior management appointments where appropriate, October 2007 – August 2008; the shared services review (roadmap, Phase 2).',
    '2008-04-01',
  ),
  change('dir-customer-services', 'phase-2', 'Takes on the single customer service point and emergency planning (Annex 1).', '2008-04-01'),
  change('dir-regeneration', 'phase-2', 'Moves under the Chief Operating Officer with the single senior team.', '2008-04-01'),
  change('dir-provider-services', 'phase-3', 'Initial PST arrangements: provider services leave for the social enterprise.'),
  change('shadow-joint-board', 'phase-3', 'The PST Board is established within the full governance arrangements (roadmap, Phase 3).'),
  change('pst-board', 'phase-3', 'The PST Board is established within the full governance arrangements (roadmap, Phase 3).'),
];

const annex5To1: ChartMapping = {
  id: 'annex-5-to-annex-1',
  fromChartId: 'annex-5',
  toChartId: 'annex-1',
  thresholds: { slotIn: 65, ringFence: 50 },
  posts,
  matches: [],
  pools: [],
  changes,
};

export function herefordshireTransition(): TransitionSettings {
  return JSON.parse(JSON.stringify({ phases, mappings: [annex5To1] })) as TransitionSettings;
}
