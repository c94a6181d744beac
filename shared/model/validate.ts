// Referential integrity beyond what the schema can say: ids unique, lines point
// at existing nodes, one line manager per node, no line-management cycles,
// funding splits that add up. Every issue names the place (JSON path) and the
// node or line by its title, so users can find it.
import { formatShare } from '../format';
import { validateRuleSettings } from './ruleValidate';
import { validateCosts } from './costValidate';
import { validateTransition } from './transitionValidate';
import type { Chart, ChartNode, StructuraDocument } from './types';

export interface DocumentIssue {
  /** JSON path, e.g. "charts[0].lines[3].to". */
  path: string;
  message: string;
}

const FUNDING_TOLERANCE = 0.01;

function label(node: ChartNode | undefined, id: string): string {
  if (!node) return `"${id}"`;
  return `"${node.kind === 'post' ? node.title : node.name}"`;
}

export function fundingTotal(shares: { percent: number }[]): number {
  return shares.reduce((sum, share) => sum + share.percent, 0);
}

export function fundingIssue(shares: { percent: number }[]): string | null {
  if (shares.length === 0) return null;
  const total = fundingTotal(shares);
  if (Math.abs(total - 100) > FUNDING_TOLERANCE) {
    return `funding split must add up to 100% (it adds up to ${formatShare(total)})`;
  }
  return null;
}

export function validateDocument(doc: StructuraDocument): DocumentIssue[] {
  const issues: DocumentIssue[] = [];
  const tagIds = new Set<string>();
  doc.tags.forEach((tag, i) => {
    if (tagIds.has(tag.id)) issues.push({ path: `tags[${i}].id`, message: `tag id "${tag.id}" is used twice` });
    tagIds.add(tag.id);
  });
  const chartIds = new Set<string>();
  doc.charts.forEach((chart, c) => {
    if (chartIds.has(chart.id)) {
      issues.push({ path: `charts[${c}].id`, message: `chart id "${chart.id}" is used twice` });
    }
    chartIds.add(chart.id);
    validateChart(chart, `charts[${c}]`, tagIds, issues);
  });
  validateRuleSettings(doc.rules, tagIds, issues);
  validateCosts(doc.costs, tagIds, issues);
  validateTransition(doc.transition, doc.charts, issues);
  return issues;
}

export function validateChart(chart: Chart, at: string, tagIds: Set<string>, issues: DocumentIssue[]): void {
  const nodes = new Map<string, ChartNode>();
  chart.nodes.forEach((node, n) => {
    const path = `${at}.nodes[${n}]`;
    if (nodes.has(node.id)) {
      issues.push({ path: `${path}.id`, message: `node id "${node.id}" is used twice in chart "${chart.title}"` });
    }
    nodes.set(node.id, node);
    if (node.tagId !== null && !tagIds.has(node.tagId)) {
      issues.push({ path: `${path}.tagId`, message: `${label(node, node.id)} has organisation tag "${node.tagId}", which the document does not define` });
    }
    if (node.kind === 'post') {
      if (chart.kind === 'diagram') {
        issues.push({ path, message: `post ${label(node, node.id)} stands in diagram chart "${chart.title}", which holds bodies only` });
      }
      const seen = new Set<string>();
      node.funding.forEach((share, s) => {
        if (!tagIds.has(share.tagId)) {
          issues.push({
            path: `${path}.funding[${s}].tagId`,
            message: `${label(node, node.id)} is funded by tag "${share.tagId}", which the document does not define`,
          });
        }
        if (seen.has(share.tagId)) {
          issues.push({ path: `${path}.funding[${s}].tagId`, message: `${label(node, node.id)} lists tag "${share.tagId}" twice in its funding split` });
        }
        seen.add(share.tagId);
      });
      const funding = fundingIssue(node.funding);
      if (funding) issues.push({ path: `${path}.funding`, message: `${label(node, node.id)}: ${funding}` });
      if (node.payFloor !== null && node.payCeiling !== null && node.payFloor > node.payCeiling) {
        issues.push({ path: `${path}.payFloor`, message: `${label(node, node.id)}: pay floor is above pay ceiling` });
      }
    }
  });

  const lineIds = new Set<string>();
  const managerOf = new Map<string, string>();
  chart.lines.forEach((line, l) => {
    const path = `${at}.lines[${l}]`;
    if (lineIds.has(line.id)) issues.push({ path: `${path}.id`, message: `line id "${line.id}" is used twice in chart "${chart.title}"` });
    lineIds.add(line.id);
    const from = nodes.get(line.from);
    const to = nodes.get(line.to);
    if (!from) issues.push({ path: `${path}.from`, message: `line "${line.id}" starts at "${line.from}", which is not a node of chart "${chart.title}"` });
    if (!to) issues.push({ path: `${path}.to`, message: `line "${line.id}" ends at "${line.to}", which is not a node of chart "${chart.title}"` });
    if (line.from === line.to) issues.push({ path, message: `line "${line.id}" joins ${label(from, line.from)} to itself` });
    if (line.kind === 'management' && from && to) {
      const existing = managerOf.get(line.to);
      if (existing !== undefined) {
        issues.push({
          path,
          message: `${label(to, line.to)} has two line managers (${label(nodes.get(existing), existing)} and ${label(from, line.from)}); a post has at most one`,
        });
      } else {
        managerOf.set(line.to, line.from);
      }
    }
  });

  // Cycles: follow each chain of managers once; colouring keeps this linear.
  const state = new Map<string, 1 | 2>(); // 1 = on the current chain, 2 = known acyclic
  for (const start of managerOf.keys()) {
    const chain: string[] = [];
    let current: string | undefined = start;
    while (current !== undefined && state.get(current) !== 2) {
      if (state.get(current) === 1) {
        const cycle = chain.slice(chain.indexOf(current)).map((id) => label(nodes.get(id), id));
        const lineIndex = chart.lines.findIndex((line) => line.kind === 'management' && line.to === current);
        issues.push({
          path: `${at}.lines[${lineIndex}]`,
          message: `line management in chart "${chart.title}" goes round in a circle: ${cycle.join(' → ')} → ${label(nodes.get(current), current)}`,
        });
        break;
      }
      state.set(current, 1);
      chain.push(current);
      current = managerOf.get(current);
    }
    for (const id of chain) state.set(id, 2);
  }
}
