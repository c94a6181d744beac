// Small charts written for one rule each: a council and a PCT, posts given as
// "id: title [tag] <- manager", roles as "post role tag".
import { makeChart, makeDocument, makeLine, makePost } from '../../../shared/model/factory';
import type { RoleDesignation, RuleSettings } from '../../../shared/model/ruleTypes';
import type { PostNode, StructuraDocument } from '../../../shared/model/types';
import { checkChart } from '../../../shared/rules/check';
import { defaultRuleSettings } from '../../../shared/rules/defaults';
import { defined } from '../../support/defined';

export interface PostSpec extends Partial<PostNode> {
  id: string;
  manager?: string;
}

export function chartDoc(posts: PostSpec[], rules: Partial<RuleSettings> = {}, designations: [string, string, string][] = []): StructuraDocument {
  const nodes = posts.map(({ manager: _manager, ...fields }) => makePost({ title: fields.id, tagId: 'council', ...fields }));
  const lines = posts.filter((p) => p.manager).map((p) => makeLine({ id: `m-${p.id}`, kind: 'management', from: defined(p.manager, 'p.manager'), to: p.id }));
  return makeDocument({
    tags: [
      { id: 'council', name: 'A Council', label: 'Council', colour: '#00703c' },
      { id: 'pct', name: 'A Primary Care Trust', label: 'PCT', colour: '#005eb8' },
      { id: 'joint', name: 'Joint', label: 'Joint', colour: '#7c2a90' },
    ],
    charts: [makeChart({ id: 'c', title: 'Chart', nodes, lines })],
    rules: {
      ...defaultRuleSettings(),
      designations: designations.map(([postId, roleId, tagId]): RoleDesignation => ({ postId, roleId, tagId, chartId: null, inferred: null })),
      ...rules,
    },
  });
}

/** The open findings of one rule on the document's only chart. */
export function findingsOf(doc: StructuraDocument, ruleId: string) {
  return checkChart(doc, defined(doc.charts[0], 'doc.charts[0]')).findings.filter((f) => f.ruleId === ruleId && !f.acknowledged);
}
