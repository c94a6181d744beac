// @vitest-environment jsdom
// The compare view's Mapping tab as users work it: the unmapped posts on top,
// the filters by employer and method, accepting every suggestion as one undo
// step, a reason required to override a suggestion, targets picked from the
// keyboard, and pools counted with a person in two of them flagged.
import '../jsdom-setup';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { MappingPanel } from '../../../renderer/compare/mapping/MappingPanel';
import { EditorContext, useEditor } from '../../../renderer/store';
import { createEditorState, type EditorStore } from '../../../renderer/store/editorStore';
import { assimilationMatrix, findMapping, mappingContext } from '../../../shared/mapping/assimilation';
import { employerOf, tagLabel } from '../../../shared/mapping/people';
import { isPost } from '../../../shared/model/query';
import type { StructuraDocument } from '../../../shared/model/types';
import { herefordshireSample } from '../../../shared/sample/herefordshire';
import { defined, leading, present } from '../../support/defined';

afterEach(cleanup);

const FROM = 'annex-5';
const TO = 'annex-1';

/** The sample with only the decisions `keep` picks kept (the rest fall back to suggestions or to unmapped). */
function sampleKeeping(keep: (postId: string, i: number) => boolean): StructuraDocument {
  const doc = herefordshireSample();
  const t = defined(doc.transition, 'doc.transition');
  return {
    ...doc,
    transition: { ...t, mappings: t.mappings.map((m) => (m.fromChartId === FROM ? { ...m, posts: m.posts.filter((p, i) => keep(p.postId, i)) } : m)) },
  };
}

function Harness() {
  const doc = useEditor((s) => s.doc);
  return <MappingPanel doc={doc} fromId={FROM} toId={TO} />;
}

function open(doc: StructuraDocument): EditorStore {
  const store = createEditorState(doc);
  render(
    <EditorContext.Provider value={store}>
      <Harness />
    </EditorContext.Provider>,
  );
  return store;
}

const baselineList = () => screen.getByRole('listbox', { name: /^Baseline posts/ });
const optionList = () => screen.getByRole('listbox', { name: /^Option posts/ });
const optionTitles = (list: HTMLElement) =>
  within(list)
    .queryAllByRole('option')
    .map((o) => present(o.querySelector('.mapping-post'), "o.querySelector('.mapping-post')").textContent);
const rowsOf = (doc: StructuraDocument) => assimilationMatrix(mappingContext(doc, findMapping(doc, FROM, TO)));
const baselineTitles = (doc: StructuraDocument) =>
  defined(
    doc.charts.find((c) => c.id === FROM),
    'doc.charts .find((c) => c.id === FROM)',
  )
    .nodes.filter(isPost)
    .map((p) => p.title);

describe('the mapping view', () => {
  it('lists the unmapped posts first, then the suggested, then the decided, each in chart order', () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: 14, maxLength: 14 }), (keeps) => {
        const doc = sampleKeeping((_, i) => keeps[i] ?? false);
        open(doc);
        const source = new Map(rowsOf(doc).map((r) => [r.post.title, r.source]));
        const rank = { unmapped: 0, suggested: 1, decided: 2 } as const;
        const chartOrder = baselineTitles(doc);
        const shown = optionTitles(baselineList());
        expect(shown).toHaveLength(chartOrder.length);
        const expected = [...chartOrder].sort(
          (a, b) =>
            rank[defined(source.get(a), 'source.get(a)')] - rank[defined(source.get(b), 'source.get(b)')] || chartOrder.indexOf(a) - chartOrder.indexOf(b),
        );
        expect(shown).toEqual(expected);
        // What each row says of itself agrees with where it stands.
        for (const option of within(baselineList()).getAllByRole('option')) {
          const s = source.get(
            defined(
              present(option.querySelector('.mapping-post'), "option.querySelector('.mapping-post')").textContent,
              "option.querySelector('.mapping-post').textContent",
            ),
          );
          if (s === 'unmapped') expect(option.textContent).toContain('Unmapped');
          if (s === 'suggested') expect(option.textContent).toContain('Suggested:');
        }
        cleanup();
      }),
      { seed: 1810, numRuns: 8 },
    );
  });

  it('filters by employer and by method, and the two together', async () => {
    const doc = sampleKeeping((_, i) => i % 2 === 0);
    open(doc);
    const user = userEvent.setup();
    const rows = rowsOf(doc);
    const employers = [...new Set(rows.map((r) => employerOf(doc, r.post)))];
    expect(employers.length).toBeGreaterThan(1);
    for (const employer of employers) {
      await user.selectOptions(screen.getByRole('combobox', { name: 'Employer' }), tagLabel(doc, employer));
      for (const method of ['All methods', 'Unmapped', 'Suggested, not decided', 'Unchanged', 'Open competition'] as const) {
        await user.selectOptions(screen.getByRole('combobox', { name: 'Method' }), method);
        const wanted = rows.filter(
          (r) =>
            employerOf(doc, r.post) === employer &&
            (method === 'All methods' ||
              (method === 'Unmapped'
                ? r.source === 'unmapped'
                : method === 'Suggested, not decided'
                  ? r.source === 'suggested'
                  : r.method === (method === 'Unchanged' ? 'unchanged' : 'open-competition'))),
        );
        const shown = optionTitles(baselineList());
        expect(new Set(shown), `${tagLabel(doc, employer)} / ${method}`).toEqual(new Set(wanted.map((r) => r.post.title)));
        expect(shown).toHaveLength(wanted.length);
        if (wanted.length === 0) expect(screen.getByText('No baseline post matches the filters.')).toBeTruthy();
      }
    }
  });

  it('accepts every suggestion in one step, undone in one', async () => {
    const doc = sampleKeeping(() => false);
    const store = open(doc);
    const user = userEvent.setup();
    const suggested = rowsOf(doc).filter((r) => r.source === 'suggested').length;
    expect(suggested).toBeGreaterThan(1);
    await user.click(screen.getByRole('button', { name: `Accept all suggestions (${suggested})` }));
    expect(store.getState().past).toHaveLength(1);
    const after = rowsOf(store.getState().doc);
    expect(after.filter((r) => r.source === 'suggested')).toEqual([]);
    expect(after.filter((r) => r.source === 'decided')).toHaveLength(suggested);
    expect(screen.getByRole('button', { name: 'Accept all suggestions (0)' })).toHaveProperty('disabled', true);
    await user.click(screen.getByRole('button', { name: /^Undo/ }));
    expect(store.getState().doc).toBe(doc);
    expect(screen.getByRole('button', { name: `Accept all suggestions (${suggested})` })).toBeTruthy();
  });

  it('refuses to override a suggestion without a reason, takes it with one; following it needs none', async () => {
    const doc = sampleKeeping(() => false);
    const store = open(doc);
    const user = userEvent.setup();
    const suggested = rowsOf(doc).filter((r) => r.source === 'suggested');
    const [overridden, followed] = leading(suggested, 2);
    await user.click(within(baselineList()).getByRole('option', { name: new RegExp(`^${overridden.post.title}`) }));
    const editor = screen.getByRole('region', { name: `Mapping of ${overridden.post.title}` });
    await user.click(within(editor).getByRole('radio', { name: 'Deleted (at risk)' }));
    expect(within(editor).getByRole('textbox', { name: /^Reason \(required: differs from the suggestion\)/ })).toBeTruthy();
    await user.click(within(editor).getByRole('button', { name: 'Save mapping' }));
    expect(within(editor).getByRole('alert').textContent).toMatch(/Give the reason/);
    expect(store.getState().doc).toBe(doc);
    await user.type(within(editor).getByRole('textbox', { name: /^Reason/ }), 'Post ends with the merger');
    await user.click(within(editor).getByRole('button', { name: 'Save mapping' }));
    expect(store.getState().past).toHaveLength(1);
    expect(findMapping(store.getState().doc, FROM, TO).posts).toEqual([
      expect.objectContaining({ postId: overridden.post.id, method: 'deleted', reason: 'Post ends with the merger' }),
    ]);

    await user.click(within(baselineList()).getByRole('option', { name: new RegExp(`^${followed.post.title}`) }));
    const second = screen.getByRole('region', { name: `Mapping of ${followed.post.title}` });
    expect(within(second).queryByText(/required/)).toBeNull();
    await user.click(within(second).getByRole('button', { name: 'Save mapping' }));
    expect(within(second).queryByRole('alert')).toBeNull();
    expect(store.getState().past).toHaveLength(2);
    const row = defined(
      rowsOf(store.getState().doc).find((r) => r.post.id === followed.post.id),
      'rowsOf(store.getState().doc).find((r) => r.post.id === followed.po...',
    );
    expect({ source: row.source, method: row.method }).toEqual({ source: 'decided', method: followed.method });
  });

  it('is worked from the keyboard: arrows choose the post, Space picks its new post, Ctrl+Z undoes', async () => {
    const doc = sampleKeeping(() => false);
    const store = open(doc);
    const user = userEvent.setup();
    const rows = assimilationMatrix(mappingContext(doc, findMapping(doc, FROM, TO)), { unmappedFirst: true });
    const list = baselineList();
    act(() => list.focus());
    // Focus selects the first (an unmapped post); End the last; Home the first again.
    expect(
      present(
        document.getElementById(present(list.getAttribute('aria-activedescendant'), "list.getAttribute('aria-activedescendant')")),
        "document.getElementById(list.getAttribute('aria-activedescendant'))",
      ).textContent,
    ).toContain(defined(rows[0], 'rows[0]').post.title);
    await user.keyboard('{End}');
    expect(
      present(
        document.getElementById(present(list.getAttribute('aria-activedescendant'), "list.getAttribute('aria-activedescendant')")),
        "document.getElementById(list.getAttribute('aria-activedescendant'))",
      ).textContent,
    ).toContain(defined(rows.at(-1), 'rows.at(-1)').post.title);
    await user.keyboard('{Home}{ArrowDown}{ArrowUp}');
    const first = defined(rows[0], 'first');
    expect(first.source).toBe('unmapped');
    const editor = screen.getByRole('region', { name: `Mapping of ${first.post.title}` });
    await user.click(within(editor).getByRole('radio', { name: 'Slotted in' }));
    const targets = optionList();
    act(() => targets.focus());
    await user.keyboard('{ArrowDown}{ArrowDown} ');
    const picked = within(targets)
      .getAllByRole('option')
      .filter((o) => o.getAttribute('aria-selected') === 'true');
    expect(picked).toHaveLength(1);
    expect(defined(picked[0], 'picked[0]').id).toBe(targets.getAttribute('aria-activedescendant'));
    const pickedTitle = defined(
      present(defined(picked[0], 'picked[0]').querySelector('.mapping-post'), "picked[0].querySelector('.mapping-post')").textContent,
      "picked[0].querySelector('.mapping-post').textContent",
    );
    fireEvent.click(within(editor).getByRole('button', { name: 'Save mapping' }));
    const mapped = defined(
      findMapping(store.getState().doc, FROM, TO).posts.find((p) => p.postId === first.post.id),
      'findMapping(store.getState().doc, FROM, TO).posts.find((p) => p.pos...',
    );
    const option = defined(
      store.getState().doc.charts.find((c) => c.id === TO),
      'store.getState().doc.charts.find((c) => c.id === TO)',
    );
    expect(mapped.method).toBe('slot-in');
    expect(
      option.nodes.find((n) => n.id === mapped.targetPostIds[0]) &&
        isPost(
          defined(
            option.nodes.find((n) => n.id === mapped.targetPostIds[0]),
            'option.nodes.find((n) => n.id === mapped.targetPostIds[0])',
          ),
        ),
    ).toBe(true);
    expect((option.nodes.find((n) => n.id === mapped.targetPostIds[0]) as { title: string }).title).toBe(pickedTitle);
    act(() => list.focus());
    await user.keyboard('{Control>}z{/Control}');
    expect(store.getState().doc).toBe(doc);
  });

  it('shows each pool as N people for M posts and flags a person in two pools', async () => {
    const doc = sampleKeeping(() => false);
    const store = open(doc);
    const user = userEvent.setup();
    const rows = rowsOf(doc);
    const [a, b, c] = leading(rows.filter((r) => r.source === 'unmapped').concat(rows.filter((r) => r.source === 'suggested')), 3);
    const option = defined(
      doc.charts.find((x) => x.id === TO),
      'doc.charts.find((x) => x.id === TO)',
    ).nodes.filter(isPost);
    const ringFence = async (title: string, targetTitles: string[], alsoIn: string[] = []) => {
      await user.click(within(baselineList()).getByRole('option', { name: new RegExp(`^${title}`) }));
      const editor = screen.getByRole('region', { name: `Mapping of ${title}` });
      await user.click(within(editor).getByRole('radio', { name: 'Ring-fenced pool' }));
      for (const t of targetTitles) await user.click(within(optionList()).getByRole('option', { name: new RegExp(`^${t}`) }));
      for (const p of alsoIn) await user.click(within(editor).getByRole('checkbox', { name: p }));
      const reason = within(editor).getByRole('textbox', { name: /^Reason/ });
      await user.clear(reason);
      await user.type(reason, 'Pool agreed with the unions');
      await user.click(within(editor).getByRole('button', { name: 'Save mapping' }));
      expect(within(editor).queryByRole('alert')).toBeNull();
    };
    await ringFence(a.post.title, [defined(option[0], 'option[0]').title]);
    await ringFence(b.post.title, [defined(option[0], 'option[0]').title]);
    const firstPool = defined(findMapping(store.getState().doc, FROM, TO).pools[0], 'firstPool');
    expect(present(screen.getByText(firstPool.name).closest('li'), "screen.getByText(firstPool.name).closest('li')").textContent).toContain(
      '2 people for 1 post (2 : 1)',
    );
    expect(screen.queryByRole('list', { name: 'People in two pools' })).toBeNull();
    await ringFence(c.post.title, [defined(option[1], 'option[1]').title, defined(option[2], 'option[2]').title], [firstPool.name]);
    const pools = findMapping(store.getState().doc, FROM, TO).pools;
    expect(pools).toHaveLength(2);
    expect(
      present(screen.getByText(firstPool.name, { selector: 'strong' }).closest('li'), "screen.getByText(firstPool.name, { selector: 'strong' }).closest('...")
        .textContent,
    ).toContain('3 people for 1 post (3 : 1)');
    expect(
      present(
        screen.getByText(defined(pools[1], 'pools[1]').name, { selector: 'strong' }).closest('li'),
        "screen.getByText(pools[1].name, { selector: 'strong' }).closest('li')",
      ).textContent,
    ).toContain('1 person for 2 posts (1 : 2)');
    const flagged = screen.getByRole('list', { name: 'People in two pools' });
    expect(flagged.textContent).toContain(`${c.post.title} is in 2 pools`);
    expect(within(baselineList()).getByRole('option', { name: new RegExp(`^${c.post.title}`) }).textContent).toContain('in two pools');
    expect(within(baselineList()).getByRole('option', { name: new RegExp(`^${a.post.title}`) }).textContent).not.toContain('in two pools');
  });

  it('takes its thresholds from the fields: a 60 % match is a pool at 65 %, a slot-in at 55 %; the wrong way round is refused', async () => {
    const base = sampleKeeping(() => false);
    const t = defined(base.transition, 'base.transition');
    const doc: StructuraDocument = {
      ...base,
      transition: {
        ...t,
        mappings: t.mappings.map((m) =>
          m.fromChartId === FROM ? { ...m, matches: [{ fromPostId: 'council-ceo', toPostId: 'ceo', percent: 60, basis: 'JDs' }] } : m,
        ),
      },
    };
    const store = open(doc);
    const user = userEvent.setup();
    const row = () => within(baselineList()).getByRole('option', { name: /^Council Chief Executive/ });
    expect(row().textContent).toContain('Suggested: Ring-fenced pool');
    const slotIn = screen.getByRole('spinbutton', { name: /^Slot-in from/ });
    await user.clear(slotIn);
    await user.type(slotIn, '55{Enter}');
    expect(findMapping(store.getState().doc, FROM, TO).thresholds).toEqual({ slotIn: 55, ringFence: 50 });
    expect(store.getState().past).toHaveLength(1);
    expect(row().textContent).toContain('Suggested: Slotted in → Chief Executive · 60%');
    const ringFence = screen.getByRole('spinbutton', { name: /^Ring-fence from/ });
    await user.clear(ringFence);
    await user.type(ringFence, '70{Enter}');
    expect(screen.getByRole('alert').textContent).toMatch(/ring-fence threshold \(70%\) is above the slot-in threshold \(55%\)/);
    expect(store.getState().past).toHaveLength(1);
    expect((ringFence as HTMLInputElement).value).toBe('50');
  });
});
