// @vitest-environment jsdom
// Every kind of text and number field outside the inspector is held to the one
// limits table (shared/model/limits.ts): the limit shows before it is reached,
// typing or pasting past it is prevented, or the value is refused with the
// message the loader would give for it, and the document still loads.
import './jsdom-setup';
import { ReactFlowProvider } from '@xyflow/react';
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { ChartTabs } from '../../renderer/charts/ChartTabs';
import { ChecksPanel } from '../../renderer/checks/ChecksPanel';
import { CostsPanel } from '../../renderer/compare/CostsPanel';
import { ListEditor } from '../../renderer/inspector/ListEditor';
import { EditorContext, useEditor } from '../../renderer/store';
import { createEditorState } from '../../renderer/store/editorStore';
import { TagsDialog } from '../../renderer/tags/TagsDialog';
import { LIMITS } from '../../shared/model/limits';
import { parseDocument, serializeDocument } from '../../shared/model/load';
import { herefordshireSample } from '../../shared/sample/herefordshire';
import { defined } from '../support/defined';

afterEach(cleanup);

function setUp(ui: React.ReactNode) {
  const store = createEditorState(herefordshireSample());
  render(
    <EditorContext.Provider value={store}>
      <ReactFlowProvider>{ui}</ReactFlowProvider>
    </EditorContext.Provider>,
  );
  const loads = () => parseDocument(serializeDocument(store.getState().doc)).ok;
  return { store, user: userEvent.setup(), loads };
}

const letters = (n: number) => 'Joint Commissioning Board '.repeat(Math.ceil(n / 26)).slice(0, n);

describe('limits of the fields outside the inspector', () => {
  it('a tag label (40): the counter shows before the limit, typing past it is prevented', async () => {
    const { store, user, loads } = setUp(<TagsDialog onClose={() => undefined} />);
    const row = screen.getByRole('listitem', { name: 'Tag Council' });
    const label = within(row).getByLabelText('Label') as HTMLInputElement;
    await user.clear(label);
    await user.type(label, letters(LIMITS.tagLabel - 4));
    expect(within(row).getByText(`${LIMITS.tagLabel - 4} of ${LIMITS.tagLabel} characters`)).toBeTruthy();
    await user.type(label, 'and more than fits{Enter}');
    expect(label.value).toHaveLength(LIMITS.tagLabel);
    expect(
      defined(
        store.getState().doc.tags.find((t) => t.id === 'council'),
        "store.getState().doc.tags.find((t) => t.id === 'council')",
      ).label,
    ).toHaveLength(LIMITS.tagLabel);
    expect(loads()).toBe(true);
  });

  it('a dialog text field (chart title, 500): a paste past the limit is cut at it, and the counter says so', async () => {
    const { store, user, loads } = setUp(<ChartTabs />);
    await user.click(screen.getByRole('button', { name: 'Rename chart' }));
    const dialog = screen.getByRole('dialog', { name: 'Rename chart' });
    const title = within(dialog).getByRole('textbox', { name: 'Chart title' }) as HTMLInputElement;
    await user.clear(title);
    await user.paste(letters(LIMITS.shortText + 80));
    expect(title.value).toHaveLength(LIMITS.shortText);
    // The counter describes the field without changing its name.
    expect(title.getAttribute('aria-describedby')).toBeTruthy();
    expect(within(dialog).getByText(`${LIMITS.shortText} of ${LIMITS.shortText} characters`)).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Rename' }));
    expect(defined(store.getState().doc.charts[0]).title).toHaveLength(LIMITS.shortText);
    expect(loads()).toBe(true);
  });

  it('a long reason (acknowledging a finding, 2,000): typing stops at the limit and the acknowledgement loads', async () => {
    const { store, user, loads } = setUp(<ChecksPanel />);
    await user.click(screen.getByRole('button', { name: /Checks/ }));
    await user.click(defined(screen.getAllByRole('button', { name: 'Acknowledge…' })[0]));
    const reason = screen.getByRole('textbox', { name: /Why this is acceptable/ }) as HTMLInputElement;
    await user.paste(letters(LIMITS.acknowledgementReason - 1));
    await user.type(reason, 'xyz');
    expect(reason.value).toHaveLength(LIMITS.acknowledgementReason);
    await user.click(screen.getByRole('button', { name: 'Acknowledge' }));
    expect(
      defined(defined(store.getState().doc.rules, 'store.getState().doc.rules').acknowledgements.at(-1), 'store.getState().doc.rules.acknowledgements.at(-1)')
        .reason,
    ).toHaveLength(LIMITS.acknowledgementReason);
    expect(loads()).toBe(true);
  });

  it('a list item (a responsibility, 500) and the number of items (500)', async () => {
    function Responsibilities() {
      const items = useEditor((s) => defined(s.doc.charts[0]).footnotes);
      const apply = useEditor((s) => s.apply);
      return (
        <ListEditor
          label="Responsibilities"
          items={items}
          onCommit={(footnotes) => apply((d) => ({ ...d, charts: d.charts.map((c, i) => (i ? c : { ...c, footnotes })) }))}
        />
      );
    }
    const { store, user } = setUp(<Responsibilities />);
    const before = defined(store.getState().doc.charts[0]).footnotes.length;
    await user.click(screen.getByRole('button', { name: 'Add responsibility' }));
    const item = screen.getByRole('textbox', { name: `Responsibility ${before + 1}` }) as HTMLInputElement;
    await user.click(item);
    await user.paste(letters(LIMITS.shortText + 10));
    expect(item.value).toHaveLength(LIMITS.shortText);
    expect(screen.getByText(`${LIMITS.shortText} of ${LIMITS.shortText} characters`)).toBeTruthy();
    // A full list offers no further item.
    act(() => {
      store.getState().apply((d) => ({
        ...d,
        charts: d.charts.map((c, i) => (i ? c : { ...c, footnotes: Array.from({ length: LIMITS.listItems }, (_, k) => `Note ${k}`) })),
      }));
    });
    expect((screen.getByRole('button', { name: 'Add responsibility' }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText(`${LIMITS.listItems} of ${LIMITS.listItems} responsibilities`)).toBeTruthy();
  });

  it('a cost input (an on-cost rate, at most 1): the range shows on the field; past it is refused with the loader’s message', async () => {
    const doc = herefordshireSample();
    const { store, user, loads } = setUp(<CostsPanel doc={doc} fromId="annex-5" toId="annex-1" />);
    const employer = defined(defined(doc.costs, 'doc.costs').employers[0]);
    const label = defined(
      doc.tags.find((t) => t.id === employer.tagId),
      'doc.tags.find((t) => t.id === employer.tagId)',
    ).label;
    const rate = screen.getByRole('spinbutton', { name: `${label} NI rate` }) as HTMLInputElement;
    expect(rate.max).toBe(String(LIMITS.rate));
    expect(rate.title).toBe(`0 to ${LIMITS.rate}`);
    await user.clear(rate);
    await user.type(rate, '15{Enter}');
    // What the loader says of a file with that rate.
    const file = JSON.parse(serializeDocument(doc));
    file.costs.employers[0].niRate = 15;
    const loaded = parseDocument(JSON.stringify(file));
    expect(loaded.ok).toBe(false);
    const loaderMessage = loaded.ok ? '' : defined(loaded.errors[0], 'loaded.errors[0]').message;
    expect(loaderMessage).toBe('is a fraction: 0.15 means 15%');
    expect(store.getState().notice?.text).toContain(loaderMessage);
    expect(defined(defined(store.getState().doc.costs, 'store.getState().doc.costs').employers[0]).niRate).toBe(employer.niRate);
    expect(loads()).toBe(true);
  });
});
