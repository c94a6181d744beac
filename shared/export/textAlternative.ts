// The text alternative of a chart, as accessibility guidance for organisation
// charts asks: a nested list by line management that also states the dotted
// (accountability) and commissioning lines and the joint posts with their
// funding; and the one-paragraph summary a chart's figure carries as alt text.
// Pure functions of the document: the PDF appendix, the HTML and plain-text
// exports and the figure's alt text all come from here, so they agree.
import { formatCount, formatFte, formatShare } from '../format';
import { chartLabel, describeHolder, nodeName, reportsByManager } from '../model/query';
import type { Chart, ChartNode, Line, PostNode, StructuraDocument } from '../model/types';
import { pushTo } from '../multimap';
import { must } from '../must';

export interface TextAlternativeItem {
  id: string;
  /** The node in one line: title, holder, organisation, funding of a joint post, FTE, vacancy. */
  text: string;
  /** Further facts said under it: responsibilities, dotted and commissioning lines, inferred. */
  notes: string[];
  /** Its direct reports by line management, in chart order. */
  children: TextAlternativeItem[];
}

export interface ChartTextAlternative {
  chartId: string;
  title: string;
  summary: string;
  /** The tops of the structure (nodes with no line manager), each with everyone under it. */
  items: TextAlternativeItem[];
  /** Every line that is not line management, as a sentence. */
  otherLines: string[];
}

function tagName(doc: StructuraDocument, tagId: string | null): string | null {
  const tag = tagId ? doc.tags.find((t) => t.id === tagId) : undefined;
  return tag ? tag.name || tag.label : null;
}

function tagLabel(doc: StructuraDocument, tagId: string | null): string | null {
  const tag = tagId ? doc.tags.find((t) => t.id === tagId) : undefined;
  return tag ? tag.label || tag.name : null;
}

function holderText(post: PostNode): string {
  return describeHolder(post, { join: ' and ', vacant: 'vacant', undisclosed: 'holder not disclosed', unrecorded: '' });
}

/** "funded 45 % by PCT and 55 % by Council", for a post whose funding is split. */
export function fundingText(doc: StructuraDocument, post: PostNode): string {
  if (post.funding.length < 2) return '';
  const parts = post.funding.map((f) => `${formatShare(f.percent)} by ${tagLabel(doc, f.tagId) ?? f.tagId}`);
  return `funded ${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

const BODY_TYPE: Record<string, string> = { board: 'board', organisation: 'organisation', regulator: 'regulator', group: 'group' };

function nodeLine(doc: StructuraDocument, node: ChartNode): string {
  if (node.kind === 'body') {
    const tag = tagName(doc, node.tagId);
    return `${node.name} (${BODY_TYPE[node.bodyType] ?? node.bodyType}${tag ? `, ${tag}` : ''})`;
  }
  const facts: string[] = [];
  const holder = holderText(node);
  if (holder) facts.push(holder);
  const tag = tagLabel(doc, node.tagId);
  const funding = fundingText(doc, node);
  if (funding) facts.push(`joint post${tag ? ` (${tag})` : ''}, ${funding}`);
  else if (tag) facts.push(tag);
  if (node.fte !== 1) facts.push(`${formatFte(node.fte)} FTE`);
  if (node.grade) facts.push(`grade ${node.grade}`);
  if (node.assistant) facts.push('assistant post');
  return facts.length ? `${node.title}: ${facts.join('; ')}` : node.title;
}

const LINE_WORDS: Record<Exclude<Line['kind'], 'management'>, { to: string; from: string; kind: string }> = {
  accountability: { to: 'Accountable to', from: 'Receives accountability from', kind: 'dotted line' },
  commissions: { to: 'Commissioned by', from: 'Commissions', kind: 'commissioning line' },
};

/** The text alternative of one chart. */
export function chartTextAlternative(doc: StructuraDocument, chart: Chart): ChartTextAlternative {
  const byId = new Map(chart.nodes.map((n) => [n.id, n]));
  const reports = reportsByManager(chart);
  const managementOf = new Map(chart.lines.filter((l) => l.kind === 'management').map((l) => [l.to, l]));
  const managed = new Set(chart.lines.filter((l) => l.kind === 'management' && byId.has(l.from)).map((l) => l.to));
  const notesOf = new Map<string, string[]>();
  const note = (id: string, text: string) => pushTo(notesOf, id, text);
  const otherLines: string[] = [];
  for (const line of chart.lines) {
    const from = byId.get(line.from);
    const to = byId.get(line.to);
    if (!from || !to || line.kind === 'management') continue;
    const words = LINE_WORDS[line.kind];
    const label = line.label ? ` (“${line.label}”)` : '';
    const inferred = line.inferred !== null ? ', inferred' : '';
    note(to.id, `${words.to} ${nodeName(from)} (${words.kind}${inferred})${label}`);
    note(from.id, `${words.from} ${nodeName(to)} (${words.kind}${inferred})${label}`);
    otherLines.push(
      line.kind === 'accountability'
        ? `${nodeName(to)} is accountable to ${nodeName(from)} (dotted line${inferred})${label}.`
        : `${nodeName(from)} commissions ${nodeName(to)}${inferred ? ' (inferred)' : ''}${label}.`,
    );
  }
  const seen = new Set<string>();
  const item = (node: ChartNode): TextAlternativeItem => {
    seen.add(node.id);
    const notes: string[] = [];
    if (node.kind === 'post' && node.responsibilities.length) notes.push(`Responsible for: ${node.responsibilities.join('; ')}`);
    notes.push(...(notesOf.get(node.id) ?? []));
    const management = managementOf.get(node.id);
    if (management?.label) notes.push(`Line management: “${management.label}”`);
    // Said once: an inferred post's reporting line is inferred with it.
    if (node.inferred !== null)
      notes.push(
        `Inferred, not stated in the source papers${node.inferred ? ` (${node.inferred.replace(/^Post inferred:\s*/i, '').replace(/\.$/, '')})` : ''}`,
      );
    else if (management && management.inferred !== null) notes.push('Its line management is inferred, not stated in the source papers');
    const children = (reports.get(node.id) ?? [])
      .map((id) => byId.get(id))
      .filter((n): n is ChartNode => !!n && !seen.has(n.id))
      .map(item);
    return { id: node.id, text: nodeLine(doc, node), notes, children };
  };
  // Iterative guard: a document is valid without cycles, but a text alternative must never hang.
  const items = chart.nodes.filter((n) => !managed.has(n.id)).map(item);
  for (const n of chart.nodes) if (!seen.has(n.id)) items.push(item(n));
  return { chartId: chart.id, title: chartLabel(chart), summary: chartSummary(doc, chart, { withTitle: false }), items, otherLines };
}

function listNames(names: string[], most = 8): string {
  if (names.length <= most) return names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}` : names.join('');
  return `${names.slice(0, most).join(', ')} and ${names.length - most} more`;
}

const plural = (n: number, one: string, many = `${one}s`) => `${formatCount(n)} ${n === 1 ? one : many}`;

/**
 * The chart in a few sentences, for its figure's alt text: the title, the
 * number of posts by organisation, and the top of the structure with the posts
 * directly under it. `shown` restricts it to the part drawn on one page.
 */
export function chartSummary(doc: StructuraDocument, chart: Chart, options: { title?: string; shown?: ReadonlySet<string>; withTitle?: boolean } = {}): string {
  const { shown } = options;
  const nodes = shown ? chart.nodes.filter((n) => shown.has(n.id)) : chart.nodes;
  const ids = new Set(nodes.map((n) => n.id));
  const posts = nodes.filter((n): n is PostNode => n.kind === 'post');
  const bodies = nodes.length - posts.length;
  // Under a heading that already names the chart, the summary starts with the figures.
  const sentences =
    options.withTitle === false ? [] : [`${chart.kind === 'structure' ? 'Structure chart' : 'Diagram'}: ${options.title ?? chartLabel(chart)}.`];
  if (posts.length) {
    const byTag = new Map<string, number>();
    for (const p of posts) {
      const name = tagName(doc, p.tagId) ?? 'no organisation recorded';
      byTag.set(name, (byTag.get(name) ?? 0) + 1);
    }
    const counts = [...byTag].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([name, n]) => `${formatCount(n)} ${name}`);
    sentences.push(`${plural(posts.length, 'post')}: ${listNames(counts, 6)}.`);
    const joint = posts.filter((p) => p.funding.length > 1).length;
    if (joint) sentences.push(`${plural(joint, 'joint post')} funded by more than one organisation.`);
    const vacant = posts.filter((p) => p.holder.kind === 'vacant').length;
    if (vacant) sentences.push(`${plural(vacant, 'post')} vacant.`);
  }
  if (bodies) sentences.push(`${plural(bodies, 'board or body', 'boards and bodies')} shown, not counted as posts.`);
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const reports = new Map<string, string[]>();
  const managed = new Set<string>();
  for (const l of chart.lines) {
    if (l.kind !== 'management' || !ids.has(l.from) || !ids.has(l.to)) continue;
    managed.add(l.to);
    pushTo(reports, l.from, l.to);
  }
  const tops = nodes.filter((n) => !managed.has(n.id));
  // The top with the most reports (the only one, usually).
  const [top] = [...tops].sort((a, b) => (reports.get(b.id)?.length ?? 0) - (reports.get(a.id)?.length ?? 0));
  if (top) {
    // Down from the top while each level has one node (a board, then its chief executive).
    const chain = [top];
    let last = top;
    while (chain.length < 4) {
      const [only, ...more] = reports.get(last.id) ?? [];
      if (only === undefined || more.length) break;
      // reports only holds lines between nodes in byId (filtered just above).
      last = must(byId.get(only), `shown post "${only}"`);
      chain.push(last);
    }
    const others = tops.filter((t) => t !== top).map(nodeName);
    const head = chain.map(nodeName).join(', then ');
    sentences.push(`At the top: ${head}${others.length ? ` (other tops: ${listNames(others, 4)})` : ''}.`);
    const direct = (reports.get(last.id) ?? []).map((id) => nodeName(must(byId.get(id), `shown post "${id}"`)));
    if (direct.length) sentences.push(`${plural(direct.length, 'direct report')} of ${nodeName(last)}: ${listNames(direct)}.`);
  }
  const dotted = chart.lines.filter((l) => l.kind === 'accountability' && ids.has(l.from) && ids.has(l.to)).length;
  const commissions = chart.lines.filter((l) => l.kind === 'commissions' && ids.has(l.from) && ids.has(l.to)).length;
  if (dotted || commissions)
    sentences.push(
      `${[dotted ? plural(dotted, 'dotted line') + ' of accountability' : '', commissions ? plural(commissions, 'commissioning line') : ''].filter(Boolean).join(' and ')}.`,
    );
  return sentences.join(' ');
}

/** The charts a text alternative covers: one, or every chart in the document's order. */
function chartsOf(doc: StructuraDocument, chartIds?: readonly string[]): Chart[] {
  if (!chartIds) return doc.charts;
  return chartIds.map((id) => {
    const chart = doc.charts.find((c) => c.id === id);
    if (!chart) throw new Error(`There is no chart "${id}".`);
    return chart;
  });
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A whole HTML page (lang en-GB, one heading per chart, nested lists), readable with any browser and screen reader. */
export function textAlternativeHtml(doc: StructuraDocument, chartIds?: readonly string[]): string {
  const charts = chartsOf(doc, chartIds).map((c) => chartTextAlternative(doc, c));
  const [only, ...more] = charts;
  const title = only && !more.length ? `${only.title}: text alternative` : `${doc.title}: text alternative of the charts`;
  const list = (items: TextAlternativeItem[], depth: number): string[] => {
    const pad = '  '.repeat(depth + 2);
    const out = [`${pad}<ul>`];
    for (const it of items) {
      out.push(`${pad}  <li>${escapeHtml(it.text)}`);
      for (const n of it.notes) out.push(`${pad}    <br><span class="note">${escapeHtml(n)}</span>`);
      if (it.children.length) out.push(...list(it.children, depth + 2));
      out.push(`${pad}  </li>`);
    }
    out.push(`${pad}</ul>`);
    return out;
  };
  const body: string[] = [];
  charts.forEach((c, i) => {
    body.push(
      `    <section aria-labelledby="chart-${i + 1}">`,
      `      <h2 id="chart-${i + 1}">${escapeHtml(c.title)}</h2>`,
      `      <p>${escapeHtml(c.summary)}</p>`,
      `      <h3>Line management</h3>`,
    );
    body.push(...list(c.items, 1));
    if (c.otherLines.length) {
      body.push('      <h3>Dotted and commissioning lines</h3>', '      <ul>', ...c.otherLines.map((l) => `        <li>${escapeHtml(l)}</li>`), '      </ul>');
    }
    body.push('    </section>');
  });
  return [
    '<!DOCTYPE html>',
    '<html lang="en-GB">',
    '<head>',
    '  <meta charset="utf-8">',
    `  <title>${escapeHtml(title)}</title>`,
    '  <style>body{font-family:"Liberation Sans",Arial,sans-serif;max-width:50em;margin:2em auto;line-height:1.45;color:#111827}ul{padding-left:1.4em}.note{color:#374151;font-size:.92em}</style>',
    '</head>',
    '<body>',
    '  <main>',
    `    <h1>${escapeHtml(title)}</h1>`,
    ...(doc.description && charts.length > 1 ? [`    <p>${escapeHtml(doc.description)}</p>`] : []),
    ...body,
    '  </main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** Numbered labels by position in the structure: "1", "1.2", "1.2.3". */
export function itemLabel(path: readonly number[]): string {
  return path.map((i) => i + 1).join('.');
}

/** Every item with its path, depth first (the order the lists are read in). */
export function walkItems(items: readonly TextAlternativeItem[]): { item: TextAlternativeItem; path: number[] }[] {
  const out: { item: TextAlternativeItem; path: number[] }[] = [];
  const stack: { item: TextAlternativeItem; path: number[] }[] = items.map((item, i) => ({ item, path: [i] })).reverse();
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    out.push(next);
    for (const [i, item] of [...next.item.children.entries()].reverse()) stack.push({ item, path: [...next.path, i] });
  }
  return out;
}

/** Plain text: headings underlined, each post numbered by its place in the structure and indented under its manager. */
export function textAlternativeText(doc: StructuraDocument, chartIds?: readonly string[]): string {
  const charts = chartsOf(doc, chartIds).map((c) => chartTextAlternative(doc, c));
  const [only, ...more] = charts;
  const title = only && !more.length ? `${only.title}: text alternative` : `${doc.title}: text alternative of the charts`;
  const out = [title, '='.repeat(title.length), ''];
  for (const c of charts) {
    out.push(c.title, '-'.repeat(c.title.length), '', c.summary, '', 'Line management:', '');
    for (const { item, path } of walkItems(c.items)) {
      const indent = '  '.repeat(path.length - 1);
      const label = itemLabel(path);
      out.push(`${indent}${label} ${item.text}`);
      for (const n of item.notes) out.push(`${indent}${' '.repeat(label.length + 1)}${n}`);
    }
    if (c.otherLines.length) out.push('', 'Dotted and commissioning lines:', '', ...c.otherLines.map((l) => `- ${l}`));
    out.push('');
  }
  return out.join('\n');
}
