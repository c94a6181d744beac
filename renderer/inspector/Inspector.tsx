// The inspector: edits every field of the selected post, body or line, or the
// chart itself when nothing is selected. Each change is one undoable command.
import { RolesEditor } from '../checks/RolesEditor';
import * as cmd from '../../shared/model/commands';
import { juniorSummary } from '../../shared/layout/nodeBox';
import { formatFte, formatMoney } from '../../shared/format';
import { nodeName } from '../../shared/model/query';
import { postFullCost } from '../../shared/costs/fullCost';
import { LINE_KINDS, type BodyNode, type Chart, type Holder, type Line, type PostNode, type StructuraDocument } from '../../shared/model/types';
import { LINE_STYLE } from '../canvas/theme';
import { useActiveChart, useEditor, useEditorStore } from '../store';
import { LIMITS } from '../../shared/model/limits';
import { Checkbox, NumberInput, Select, TextInput, nonNegative } from './fields';
import { FundingEditor } from './FundingEditor';
import { ListEditor } from './ListEditor';
import { ManagerPicker } from './ManagerPicker';
import { MultiInspector } from './MultiInspector';

type Apply = (edit: (doc: StructuraDocument) => StructuraDocument) => boolean;

export function Inspector() {
  const store = useEditorStore();
  const chart = useActiveChart();
  const selection = useEditor((s) => s.selection);
  const apply: Apply = (edit) => store.getState().apply(edit);
  const node = selection.nodes.length === 1 ? chart.nodes.find((n) => n.id === selection.nodes[0]) : undefined;
  const line = !node && selection.lines.length === 1 ? chart.lines.find((l) => l.id === selection.lines[0]) : undefined;
  return (
    <aside className="inspector" aria-label="Inspector" id="structura-inspector" tabIndex={-1}>
      {node?.kind === 'post' && <PostForm key={node.id} post={node} chart={chart} apply={apply} />}
      {node?.kind === 'body' && <BodyForm key={node.id} body={node} chart={chart} apply={apply} />}
      {line && <LineForm key={line.id} line={line} chart={chart} apply={apply} />}
      {!node && !line && selection.nodes.length > 1 && (
        <MultiInspector key={selection.nodes.join(' ')} chart={chart} nodeIds={selection.nodes} lineCount={selection.lines.length} />
      )}
      {!node && !line && selection.nodes.length <= 1 && <ChartForm key={chart.id} chart={chart} apply={apply} />}
    </aside>
  );
}

function useTagOptions() {
  const tags = useEditor((s) => s.doc.tags);
  return { tags, options: [{ value: '', label: 'Untagged' }, ...tags.map((t) => ({ value: t.id, label: `${t.label} — ${t.name}` }))] };
}

function InferredFields({ inferred, onChange }: { inferred: string | null; onChange: (value: string | null) => void }) {
  return (
    <>
      <Checkbox label="Inferred (not stated in the sources)" checked={inferred !== null} onChange={(on) => onChange(on ? 'Inferred' : null)} />
      {inferred !== null && <TextInput label="Why it is inferred" value={inferred} onCommit={(v) => onChange(v || 'Inferred')} />}
    </>
  );
}

const HOLDER_KINDS: { value: Holder['kind']; label: string }[] = [
  { value: 'unrecorded', label: 'Not recorded' },
  { value: 'named', label: 'Named' },
  { value: 'vacant', label: 'Vacant' },
  { value: 'undisclosed', label: 'Not disclosed (N/D)' },
];

/** What the entered pay costs its employers in full, as the box and the savings ledger count it. */
function FullCostHint({ post }: { post: PostNode }) {
  const doc = useEditor((s) => s.doc);
  const cost = postFullCost(post, doc);
  if (!cost) return null;
  const illustrative = cost.illustrative ? ' (illustrative)' : '';
  const pay = `${formatMoney(cost.pay)}${cost.fromPayBand ? ' (pay-band midpoint)' : ''}`;
  if (cost.basis === 'pay only') return <p className="field-hint">{pay} pay only: no employer on-costs are set for who pays this post (Compare → Costs).</p>;
  return (
    <p className="field-hint">
      {formatMoney(cost.full)} with on-costs{illustrative}, on {pay} pay{cost.partlyPayOnly ? '; a payer without on-costs set counts as pay only' : ''}.
    </p>
  );
}

function PostForm({ post, chart, apply }: { post: PostNode; chart: Chart; apply: Apply }) {
  const { tags, options } = useTagOptions();
  const update = (patch: Partial<PostNode>) => apply((d) => cmd.updateNode(d, chart.id, post.id, patch));
  const names = post.holder.kind === 'named' ? post.holder.names.join(' / ') : '';
  return (
    <form className="inspector-form" aria-label={`Post: ${post.title}`} onSubmit={(e) => e.preventDefault()}>
      <h2>Post</h2>
      <TextInput label="Title" value={post.title} onCommit={(title) => update({ title })} />
      <Select
        label="Holder"
        value={post.holder.kind}
        options={HOLDER_KINDS}
        onChange={(kind) => update({ holder: kind === 'named' ? { kind, names: ['Name'] } : { kind } })}
      />
      {post.holder.kind === 'named' && (
        <TextInput
          label="Holder names (a job share: separate with /)"
          value={names}
          onCommit={(v) => {
            const list = v
              .split('/')
              .map((s) => s.trim())
              .filter(Boolean);
            update({ holder: list.length ? { kind: 'named', names: list } : { kind: 'unrecorded' } });
          }}
        />
      )}
      <Select label="Organisation" value={post.tagId ?? ''} options={options} onChange={(v) => update({ tagId: v || null })} />
      <FundingEditor shares={post.funding} tags={tags} onCommit={(funding) => update({ funding })} />
      <ManagerPicker chart={chart} nodeId={post.id} apply={apply} />
      <RolesEditor post={post} />
      <NumberInput label="FTE" value={post.fte} step={0.1} max={LIMITS.fte} validate={nonNegative('FTE')} onCommit={(v) => update({ fte: v ?? 0 })} />
      <TextInput label="Grade" value={post.grade} onCommit={(grade) => update({ grade })} />
      <NumberInput
        label="Annual cost (£)"
        value={post.cost}
        allowEmpty
        max={LIMITS.money}
        validate={nonNegative('Cost')}
        onCommit={(cost) => update({ cost })}
      />
      <FullCostHint post={post} />
      <Checkbox label="Cost is illustrative" checked={post.costIllustrative} onChange={(costIllustrative) => update({ costIllustrative })} />
      <ListEditor label="Responsibilities" items={post.responsibilities} onCommit={(responsibilities) => update({ responsibilities })} />
      <TextInput label="Notes" value={post.notes} multiline onCommit={(notes) => update({ notes })} />
      <InferredFields inferred={post.inferred} onChange={(inferred) => update({ inferred })} />
      <Checkbox label="Assistant post (sits beside its manager)" checked={post.assistant} onChange={(assistant) => update({ assistant })} />
      <TextInput label="Unit" value={post.unit} onCommit={(unit) => update({ unit })} />
      {(post.payFloor !== null || post.payCeiling !== null) && (
        <p className="field-hint">
          Pay band: {post.payFloor !== null ? formatMoney(post.payFloor) : '?'} – {post.payCeiling !== null ? formatMoney(post.payCeiling) : '?'}
        </p>
      )}
      {post.juniorTeams.length > 0 && <JuniorTeams post={post} />}
    </form>
  );
}

function JuniorTeams({ post }: { post: PostNode }) {
  return (
    <section aria-label="Junior teams">
      <h3>Junior staff: {juniorSummary(post)}</h3>
      <table className="teams">
        <thead>
          <tr>
            <th scope="col">Grade</th>
            <th scope="col">Job title</th>
            <th scope="col">FTE</th>
          </tr>
        </thead>
        <tbody>
          {post.juniorTeams.map((t, i) => (
            <tr key={i}>
              <td>{t.grade}</td>
              <td>{t.title}</td>
              <td>{formatFte(t.fte)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function BodyForm({ body, chart, apply }: { body: BodyNode; chart: Chart; apply: Apply }) {
  const { options } = useTagOptions();
  const update = (patch: Partial<BodyNode>) => apply((d) => cmd.updateNode(d, chart.id, body.id, patch));
  return (
    <form className="inspector-form" aria-label={`Body: ${body.name}`} onSubmit={(e) => e.preventDefault()}>
      <h2>Body</h2>
      <p className="field-hint">Boards, organisations and regulators are never counted as headcount.</p>
      <TextInput label="Name" value={body.name} onCommit={(name) => update({ name })} />
      <Select
        label="Type"
        value={body.bodyType}
        options={[
          { value: 'board', label: 'Board' },
          { value: 'organisation', label: 'Organisation' },
          { value: 'regulator', label: 'Regulator' },
          { value: 'group', label: 'Group or team' },
        ]}
        onChange={(bodyType) => update({ bodyType })}
      />
      <Select label="Organisation" value={body.tagId ?? ''} options={options} onChange={(v) => update({ tagId: v || null })} />
      <ManagerPicker chart={chart} nodeId={body.id} apply={apply} />
      <TextInput label="Notes" value={body.notes} multiline onCommit={(notes) => update({ notes })} />
      <InferredFields inferred={body.inferred} onChange={(inferred) => update({ inferred })} />
    </form>
  );
}

function LineForm({ line, chart, apply }: { line: Line; chart: Chart; apply: Apply }) {
  const update = (patch: Partial<Line>) => apply((d) => cmd.updateLine(d, chart.id, line.id, patch));
  const from = chart.nodes.find((n) => n.id === line.from);
  const to = chart.nodes.find((n) => n.id === line.to);
  return (
    <form className="inspector-form" aria-label="Line" onSubmit={(e) => e.preventDefault()}>
      <h2>Line</h2>
      <p>
        From <strong>{from ? nodeName(from) : line.from}</strong> to <strong>{to ? nodeName(to) : line.to}</strong>
      </p>
      <Select
        label="Kind"
        value={line.kind}
        options={LINE_KINDS.map((kind) => ({ value: kind, label: `${LINE_STYLE[kind].label} (${LINE_STYLE[kind].description})` }))}
        onChange={(kind) => update({ kind })}
      />
      <TextInput label="Label" value={line.label} onCommit={(label) => update({ label })} />
      <InferredFields inferred={line.inferred} onChange={(inferred) => update({ inferred })} />
      <button type="button" onClick={() => apply((d) => cmd.deleteLines(d, chart.id, [line.id]))}>
        Delete line
      </button>
    </form>
  );
}

function ChartForm({ chart, apply }: { chart: Chart; apply: Apply }) {
  const update = (patch: Parameters<typeof cmd.updateChart>[2]) => apply((d) => cmd.updateChart(d, chart.id, patch));
  const posts = chart.nodes.filter((n) => n.kind === 'post') as PostNode[];
  return (
    <form className="inspector-form" aria-label={`Chart: ${chart.title}`} onSubmit={(e) => e.preventDefault()}>
      <h2>Chart</h2>
      <TextInput label="Chart title" value={chart.title} onCommit={(title) => update({ title })} />
      <TextInput label="Annex number" maxLength={LIMITS.annex} value={chart.annex} onCommit={(annex) => update({ annex })} />
      <TextInput label="Subtitle" maxLength={LIMITS.shortText} value={chart.subtitle} multiline onCommit={(subtitle) => update({ subtitle })} />
      <ListEditor label="Footnotes" items={chart.footnotes} multiline onCommit={(footnotes) => update({ footnotes })} />
      <Select
        label="Kind of chart"
        value={chart.kind}
        options={[
          { value: 'structure', label: 'Structure (posts, counted and compared)' },
          { value: 'diagram', label: 'Diagram (boards and bodies only)' },
        ]}
        onChange={(kind) => update({ kind })}
      />
      {chart.kind === 'structure' && (
        <p className="field-hint">
          {posts.length} posts, {formatFte(posts.reduce((s, p) => s + p.fte, 0))} FTE, {posts.filter((p) => p.holder.kind === 'vacant').length} vacant.
        </p>
      )}
      <p className="field-hint">Select a box or a line to edit it.</p>
    </form>
  );
}
