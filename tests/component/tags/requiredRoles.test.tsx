// @vitest-environment jsdom
// Required statutory roles per organisation, set in the Tags dialog as users
// do (a preset, or a custom pick), each choice one undo step, and the Checks
// panel following at once.
import '../jsdom-setup';
import { ReactFlowProvider } from '@xyflow/react';
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { ChecksPanel } from '../../../renderer/checks/ChecksPanel';
import { EditorContext } from '../../../renderer/store';
import { createEditorState } from '../../../renderer/store/editorStore';
import { TagsDialog } from '../../../renderer/tags/TagsDialog';
import { herefordshireSample } from '../../../shared/sample/herefordshire';
import { LOCAL_GOVERNMENT_ROLES, NHS_BODY_ROLES, ROLE } from '../../../shared/rules/defaults';

afterEach(cleanup);

function setUp() {
  const store = createEditorState(herefordshireSample());
  render(
    <EditorContext.Provider value={store}>
      <ReactFlowProvider>
        <TagsDialog onClose={() => undefined} />
        <ChecksPanel />
      </ReactFlowProvider>
    </EditorContext.Provider>,
  );
  const user = userEvent.setup();
  const required = (tagId: string) => store.getState().doc.rules?.organisations.find((o) => o.tagId === tagId)?.requiredRoles ?? [];
  const findings = () =>
    within(screen.getByRole('region', { name: 'Checks' }))
      .queryAllByRole('listitem')
      .map((li) => li.textContent ?? '');
  return { store, user, required, findings };
}

describe('required roles per organisation, in the Tags dialog', () => {
  it('a preset sets the organisation’s roles in one undo step, and the Checks panel follows', async () => {
    const { store, user, required, findings } = setUp();
    await user.click(screen.getByRole('button', { name: /Checks/ }));
    const council = screen.getByRole('combobox', { name: 'Required roles of Council' });
    expect((council as HTMLSelectElement).value).toBe('local-government');
    // Annex 1 names no Monitoring Officer for the Council.
    expect(findings().some((f) => f.includes("Council's Monitoring Officer"))).toBe(true);
    const depth = store.getState().past.length;

    await user.selectOptions(council, 'nhs-body');
    expect(required('council')).toEqual([...NHS_BODY_ROLES]);
    expect(store.getState().past.length).toBe(depth + 1);
    expect(findings().some((f) => f.includes("Council's Monitoring Officer"))).toBe(false);
    expect(findings().some((f) => f.includes("No post in this structure is the Council's NHS Director of Finance"))).toBe(true);

    await user.selectOptions(council, 'none');
    expect(required('council')).toEqual([]);
    expect(findings().some((f) => /the Council's/.test(f) && f.includes('must designate'))).toBe(false);
    expect(screen.getByRole('group', { name: 'Statutory roles Council must designate' }).textContent).toContain('need designate no statutory role');

    act(() => store.getState().undo());
    expect(required('council')).toEqual([...NHS_BODY_ROLES]);
    act(() => store.getState().undo());
    expect(required('council')).toEqual([...LOCAL_GOVERNMENT_ROLES]);
    expect((screen.getByRole('combobox', { name: 'Required roles of Council' }) as HTMLSelectElement).value).toBe('local-government');
    expect(findings().some((f) => f.includes("Council's Monitoring Officer"))).toBe(true);
  });

  it('a custom pick adds and removes single roles, each an undo step, for a tag that had none', async () => {
    const { store, user, required, findings } = setUp();
    await user.click(screen.getByRole('button', { name: /Checks/ }));
    const joint = screen.getByRole('combobox', { name: 'Required roles of Joint' });
    expect((joint as HTMLSelectElement).value).toBe('none');
    const depth = store.getState().past.length;
    await user.selectOptions(joint, 'custom');
    // Choosing "Custom" changes nothing yet: it opens the pick.
    expect(store.getState().past.length).toBe(depth);
    const group = screen.getByRole('group', { name: 'Statutory roles Joint must designate' });
    await user.click(within(group).getByRole('checkbox', { name: 'Director of Public Health' }));
    await user.click(within(group).getByRole('checkbox', { name: 'Monitoring Officer' }));
    // Kept in the order of the document's role list, whatever order they were ticked in.
    expect(required('joint')).toEqual([ROLE.monitoringOfficer, ROLE.directorPublicHealth]);
    expect(store.getState().past.length).toBe(depth + 2);
    expect(findings().some((f) => f.includes("No post in this structure is the Joint's Monitoring Officer"))).toBe(true);
    await user.click(within(group).getByRole('checkbox', { name: 'Monitoring Officer' }));
    expect(required('joint')).toEqual([ROLE.directorPublicHealth]);
    expect(findings().some((f) => f.includes("Joint's Monitoring Officer"))).toBe(false);
    act(() => store.getState().undo());
    expect(required('joint')).toEqual([ROLE.monitoringOfficer, ROLE.directorPublicHealth]);
  });
});
