// @vitest-environment jsdom
// The inspector with several posts selected: shared values shown, differing
// ones as Mixed (to the eye and to screen readers), and each change given to
// every selected post as one undo step.
import './jsdom-setup';
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { computeAccessibleDescription } from 'dom-accessibility-api';
import { afterEach, describe, expect, it } from 'vitest';
import { Inspector } from '../../renderer/inspector/Inspector';
import { EditorContext } from '../../renderer/store';
import { createEditorState } from '../../renderer/store/editorStore';
import { makeBody, makeChart, makeDocument, makePost } from '../../shared/model/factory';
import type { PostNode } from '../../shared/model/types';
import { defined } from '../support/defined';

afterEach(cleanup);

const TAGS = [
  { id: 'pct', label: 'PCT', name: 'Herefordshire Primary Care Trust', colour: '#005eb8' },
  { id: 'hc', label: 'HC', name: 'Herefordshire Council', colour: '#00703c' },
  { id: 'joint', label: 'Joint', name: 'Joint appointment', colour: '#7c2a90' },
];

function setup(selected = ['a', 'b', 'c', 'd']) {
  const doc = makeDocument({
    tags: TAGS,
    charts: [
      makeChart({
        id: 'c1',
        title: 'Proposed',
        nodes: [
          makePost({ id: 'a', title: 'Head of HR', grade: 'SM1', fte: 1, tagId: 'pct', costIllustrative: true }),
          makePost({ id: 'b', title: 'Head of IT', grade: 'SM2', fte: 1, tagId: 'pct' }),
          makePost({ id: 'c', title: 'Head of Estates', grade: 'SM1', fte: 1, tagId: 'hc' }),
          makePost({ id: 'd', title: 'Head of Policy', grade: 'SM3', fte: 1, tagId: 'pct' }),
          makePost({ id: 'e', title: 'Head of Finance', grade: 'SM1', fte: 0.5, tagId: 'hc' }),
          makeBody({ id: 'x', name: 'PST Board' }),
        ],
      }),
    ],
  });
  const store = createEditorState(doc);
  render(
    <EditorContext.Provider value={store}>
      <Inspector />
    </EditorContext.Provider>,
  );
  act(() => store.getState().select({ nodes: selected, lines: [] }));
  const form = within(screen.getByRole('complementary', { name: 'Inspector' })).getByRole('form');
  return { doc, store, form: within(form), user: userEvent.setup() };
}

const posts = (store: ReturnType<typeof setup>['store']) =>
  defined(store.getState().doc.charts[0], 'store.getState().doc.charts[0]').nodes.filter((n) => n.kind === 'post') as PostNode[];

describe('the inspector with several posts selected', () => {
  it('fills shared values and shows differing ones as Mixed, to the eye and to screen readers', () => {
    const { form } = setup();
    expect(form.getByRole('heading', { name: '4 posts selected' })).toBeTruthy();
    const fte = form.getByLabelText('FTE') as HTMLInputElement;
    expect(fte.value).toBe('1');
    expect(fte.placeholder).toBe('');
    expect(computeAccessibleDescription(fte)).not.toMatch(/Mixed/);

    const grade = form.getByLabelText('Grade') as HTMLInputElement;
    expect(grade.value).toBe('');
    expect(grade.placeholder).toBe('Mixed');
    expect(computeAccessibleDescription(grade)).toMatch(/^Mixed/);

    const organisation = form.getByLabelText('Organisation') as HTMLSelectElement;
    expect(defined(organisation.selectedOptions[0], 'organisation.selectedOptions[0]').textContent).toBe('Mixed');
    expect(defined(organisation.selectedOptions[0], 'organisation.selectedOptions[0]').disabled).toBe(true);
    expect(computeAccessibleDescription(organisation)).toMatch(/^Mixed/);

    const illustrative = form.getByLabelText('Cost is illustrative') as HTMLInputElement;
    expect(illustrative.indeterminate).toBe(true);
    expect(computeAccessibleDescription(illustrative)).toMatch(/^Mixed/);
    const assistant = form.getByLabelText('Assistant post (sits beside its manager)') as HTMLInputElement;
    expect(assistant.indeterminate).toBe(false);
    expect(assistant.checked).toBe(false);
  });

  it('gives a grade typed into a Mixed field to every selected post as one undo step, and undo restores them', async () => {
    const { doc, store, form, user } = setup();
    await user.type(form.getByLabelText('Grade'), 'SM4{Enter}');
    expect(posts(store).map((p) => p.grade)).toEqual(['SM4', 'SM4', 'SM4', 'SM4', 'SM1']);
    expect(store.getState().pastLabels).toEqual(['Set grade of 4 posts']);
    // The field now shows the shared value, not Mixed.
    expect((form.getByLabelText('Grade') as HTMLInputElement).value).toBe('SM4');
    expect((form.getByLabelText('Grade') as HTMLInputElement).placeholder).toBe('');
    act(() => store.getState().undo());
    expect(store.getState().doc).toBe(doc);
  });

  it('leaves a Mixed field left empty alone, and refuses an FTE below 0 without a step', async () => {
    const { store, form, user } = setup();
    await user.click(form.getByLabelText('Grade'));
    await user.tab();
    const fte = form.getByLabelText('FTE');
    await user.clear(fte);
    await user.type(fte, '-1');
    await user.tab();
    expect(form.getByRole('alert').textContent).toBe('FTE must be 0 or more');
    expect(store.getState().past).toEqual([]);
  });

  it('tags them Joint and gives them all one funding split, one step each', async () => {
    const { store, form, user } = setup(['a', 'c']);
    await user.selectOptions(form.getByLabelText('Organisation'), 'joint');
    expect(posts(store).map((p) => p.tagId)).toEqual(['joint', 'pct', 'joint', 'pct', 'hc']);
    await user.click(form.getByRole('button', { name: 'Add funding share' }));
    await user.click(form.getByRole('button', { name: 'Add funding share' }));
    const percent = form.getByLabelText('Funding share 1 percent');
    await user.clear(percent);
    await user.type(percent, '60');
    const second = form.getByLabelText('Funding share 2 percent');
    await user.clear(second);
    await user.type(second, '40');
    const split = posts(store).map((p) => p.funding);
    expect(split[0]).toEqual([
      { tagId: 'pct', percent: 60 },
      { tagId: 'hc', percent: 40 },
    ]);
    expect(split[2]).toEqual(split[0]);
    expect(split[1]).toEqual([]);
    expect(store.getState().pastLabels[0]).toBe('Set organisation of 2 posts');
    expect(
      store
        .getState()
        .pastLabels.slice(1)
        .every((l) => l === 'Set funding split of 2 posts'),
    ).toBe(true);
  });

  it('gives bodies among the selection the organisation only', async () => {
    const { store, form, user } = setup(['a', 'x']);
    expect(form.getByRole('heading', { name: '2 boxes selected' })).toBeTruthy();
    await user.selectOptions(form.getByLabelText('Organisation'), 'hc');
    expect(store.getState().pastLabels).toEqual(['Set organisation of 2 boxes']);
    expect(
      defined(
        defined(store.getState().doc.charts[0], 'store.getState().doc.charts[0]').nodes.find((n) => n.id === 'x'),
        "store.getState().doc.charts[0].nodes.find((n) => n.id === 'x')",
      ).tagId,
    ).toBe('hc');
    await user.type(form.getByLabelText('Grade'), 'SM9{Enter}');
    expect(store.getState().pastLabels[1]).toBe('Set grade of Head of HR');
  });
});
