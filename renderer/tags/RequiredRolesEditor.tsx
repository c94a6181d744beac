// Which statutory roles an organisation must designate, chosen in the Tags
// dialog: a preset (an English council's set, an NHS body's set, none) or a
// custom pick of the document's roles. Each choice is one undoable command
// (setRequiredRoles) through the store, so the Checks panel follows at once.
import { useState } from 'react';
import { setRequiredRoles } from '../../shared/model/ruleCommands';
import type { OrgTag } from '../../shared/model/types';
import { defaultRuleSettings, LOCAL_GOVERNMENT_ROLES, NHS_BODY_ROLES } from '../../shared/rules/defaults';
import { useEditor, useEditorStore } from '../store';
import './tags.css';

type Preset = 'none' | 'local-government' | 'nhs-body' | 'custom';

const PRESET_ROLES: Record<Exclude<Preset, 'custom'>, readonly string[]> = {
  none: [],
  'local-government': LOCAL_GOVERNMENT_ROLES,
  'nhs-body': NHS_BODY_ROLES,
};

const PRESET_LABEL: Record<Preset, string> = {
  none: 'None',
  'local-government': 'Local government set (council)',
  'nhs-body': 'NHS body set (PCT, trust)',
  custom: 'Custom',
};

const sameRoles = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((id) => b.includes(id));

export function RequiredRolesEditor({ tag }: { tag: OrgTag }) {
  const store = useEditorStore();
  const rules = useEditor((s) => s.doc.rules) ?? defaultRuleSettings();
  const required = rules.organisations.find((o) => o.tagId === tag.id)?.requiredRoles ?? [];
  const known = new Set(rules.roles.map((r) => r.id));
  // A preset names only the roles this document knows (a document may have removed one).
  const presetRoles = (preset: Exclude<Preset, 'custom'>) => PRESET_ROLES[preset].filter((id) => known.has(id));
  const matched = (['none', 'local-government', 'nhs-body'] as const).find((p) => sameRoles(presetRoles(p), required));
  const [customOpen, setCustomOpen] = useState(false);
  const preset: Preset = customOpen ? 'custom' : (matched ?? 'custom');
  const set = (roleIds: readonly string[]) => store.getState().apply((doc) => setRequiredRoles(doc, tag.id, roleIds));
  const choose = (next: Preset) => {
    if (next === 'custom') return setCustomOpen(true);
    setCustomOpen(false);
    set(presetRoles(next));
  };
  const names = required.map((id) => rules.roles.find((r) => r.id === id)?.name ?? id);
  return (
    <fieldset className="required-roles" aria-label={`Statutory roles ${tag.label} must designate`}>
      <legend>Statutory roles {tag.label} must designate</legend>
      <label className="field">
        Set
        <select aria-label={`Required roles of ${tag.label}`} value={preset} onChange={(e) => choose(e.target.value as Preset)}>
          {(Object.keys(PRESET_LABEL) as Preset[]).map((p) => (
            <option key={p} value={p}>
              {PRESET_LABEL[p]}
            </option>
          ))}
        </select>
      </label>
      {preset === 'custom' ? (
        <ul className="required-roles-pick">
          {rules.roles.map((role) => (
            <li key={role.id}>
              <label className="checkbox" title={role.source}>
                <input
                  type="checkbox"
                  checked={required.includes(role.id)}
                  onChange={(e) => set(e.target.checked ? [...required, role.id] : required.filter((id) => id !== role.id))}
                />{' '}
                {role.name}
              </label>
            </li>
          ))}
        </ul>
      ) : (
        <p className="field-hint">{names.length ? names.join('; ') : `${tag.label} need designate no statutory role.`}</p>
      )}
    </fieldset>
  );
}
