// The inspector of several selected boxes: the fields that make sense for all
// of them at once, shared values filled in, differing ones shown as Mixed. A
// change gives every selected box the value as one undoable step ("Set grade of
// 4 posts"), checked as one post's edit is (shared/commands/bulk.ts).
import { bulkLabel, bulkTargets, setField, sharedValue, targetsPhrase, type BulkField, type BulkValue, type SharedValue } from '../../shared/commands/bulk';
import { LIMITS } from '../../shared/model/limits';
import type { Chart, FundingShare, Holder } from '../../shared/model/types';
import { useEditor, useEditorStore } from '../store';
import { nonNegative } from './fields';
import { FundingEditor } from './FundingEditor';
import { MixedCheckbox, MixedNumberInput, MixedSelect, MixedTextInput } from './mixedFields';

const NO_SHARES: FundingShare[] = [];

const HOLDER_OPTIONS: { value: Holder['kind']; label: string }[] = [
  { value: 'unrecorded', label: 'Not recorded' },
  { value: 'vacant', label: 'Vacant' },
  { value: 'undisclosed', label: 'Not disclosed (N/D)' },
];

export function MultiInspector({ chart, nodeIds, lineCount }: { chart: Chart; nodeIds: readonly string[]; lineCount: number }) {
  const store = useEditorStore();
  const tags = useEditor((s) => s.doc.tags);
  const set = <F extends BulkField>(field: F, value: BulkValue<F>) =>
    store.getState().apply((d) => setField(d, chart.id, nodeIds, field, value), bulkLabel(chart, nodeIds, field));
  const boxes = bulkTargets(chart, nodeIds, 'tagId');
  const posts = bulkTargets(chart, nodeIds, 'fte');
  const shared = <F extends BulkField>(field: F) => sharedValue(chart, nodeIds, field) as SharedValue<BulkValue<F>>;
  const tagOptions = [{ value: '', label: 'Untagged' }, ...tags.map((t) => ({ value: t.id, label: `${t.label} — ${t.name}` }))];
  const tag = shared('tagId');
  const phrase = targetsPhrase(boxes);
  const bodies = boxes.length - posts.length;

  return (
    <form className="inspector-form" aria-label={`${phrase} selected`} onSubmit={(e) => e.preventDefault()}>
      <h2>{phrase} selected</h2>
      <p className="field-hint">
        A change here applies to every selected {posts.length === boxes.length ? 'post' : 'box'} at once; Mixed marks a field whose values differ.
        {bodies > 0 && posts.length > 0 && ` ${bodies === 1 ? 'One body takes' : `${bodies} bodies take`} the organisation only.`}
        {lineCount > 0 && ` The ${lineCount === 1 ? 'selected line is' : `${lineCount} selected lines are`} not edited here.`} Delete removes the selection;
        Ctrl+C copies it.
      </p>
      <MixedSelect
        label="Organisation"
        shared={tag.mixed ? tag : { mixed: false, value: tag.value ?? '' }}
        options={tagOptions}
        onChange={(v) => set('tagId', v || null)}
      />
      {posts.length > 0 && <PostFields shared={shared} set={set} tags={tags} />}
    </form>
  );
}

function PostFields({
  shared,
  set,
  tags,
}: {
  shared: <F extends BulkField>(field: F) => SharedValue<BulkValue<F>>;
  set: <F extends BulkField>(field: F, value: BulkValue<F>) => boolean;
  tags: Parameters<typeof FundingEditor>[0]['tags'];
}) {
  const holder = shared('holder');
  const holderKind: SharedValue<Holder['kind']> = holder.mixed ? holder : { mixed: false, value: holder.value.kind };
  // Names belong to one post each: several named posts show Named, and a kind chosen here replaces it.
  const holderOptions = holderKind.mixed || holderKind.value !== 'named' ? HOLDER_OPTIONS : [{ value: 'named' as const, label: 'Named' }, ...HOLDER_OPTIONS];
  const funding = shared('funding');
  return (
    <>
      <MixedSelect label="Holder" shared={holderKind} options={holderOptions} onChange={(kind) => kind !== 'named' && set('holder', { kind } as Holder)} />
      <FundingEditor
        shares={funding.mixed ? NO_SHARES : funding.value}
        tags={tags}
        onCommit={(split) => set('funding', split)}
        emptyHint={funding.mixed ? 'Mixed: the selected posts are funded differently. A split entered here is given to every one of them.' : undefined}
      />
      <MixedNumberInput
        label="FTE"
        shared={shared('fte')}
        step={0.1}
        max={LIMITS.fte}
        validate={nonNegative('FTE')}
        onCommit={(v) => v !== null && set('fte', v)}
      />
      <MixedTextInput label="Grade" shared={shared('grade')} onCommit={(v) => set('grade', v)} />
      <MixedNumberInput
        label="Annual cost (£)"
        shared={shared('cost')}
        allowEmpty
        max={LIMITS.money}
        validate={nonNegative('Cost')}
        onCommit={(v) => set('cost', v)}
      />
      <MixedCheckbox label="Cost is illustrative" shared={shared('costIllustrative')} onChange={(v) => set('costIllustrative', v)} />
      <MixedTextInput label="Unit" shared={shared('unit')} onCommit={(v) => set('unit', v)} />
      <MixedCheckbox label="Assistant post (sits beside its manager)" shared={shared('assistant')} onChange={(v) => set('assistant', v)} />
    </>
  );
}
