// The statutory roles a post holds, in the inspector: each role is held for
// one organisation (the joint Chief Executive is the Council's Head of Paid
// Service and the PCT's Accountable Officer). Each change is one undo step.
import { useState } from 'react';
import { designateRole, removeDesignation } from '../../shared/model/ruleCommands';
import type { PostNode } from '../../shared/model/types';
import { defaultRuleSettings } from '../../shared/rules/defaults';
import { useEditor, useEditorStore } from '../store';

export function RolesEditor({ post }: { post: PostNode }) {
  const store = useEditorStore();
  const rules = useEditor((s) => s.doc.rules) ?? defaultRuleSettings();
  const tags = useEditor((s) => s.doc.tags);
  const held = rules.designations.filter((d) => d.postId === post.id);
  const [roleId, setRoleId] = useState(rules.roles[0]?.id ?? '');
  const [tagId, setTagId] = useState(post.tagId ?? tags[0]?.id ?? '');
  const roleName = (id: string) => rules.roles.find((r) => r.id === id)?.name ?? id;
  const tagLabel = (id: string) => tags.find((t) => t.id === id)?.label ?? id;
  return (
    <fieldset className="roles-editor">
      <legend>Statutory roles</legend>
      {held.length === 0 && <p className="field-hint">This post holds no statutory role.</p>}
      <ul className="roles-held">
        {held.map((d) => (
          <li key={`${d.roleId}-${d.tagId}`}>
            {roleName(d.roleId)} for {tagLabel(d.tagId)}
            {d.inferred && <span className="field-hint"> (inferred)</span>}{' '}
            <button
              type="button"
              aria-label={`Remove ${roleName(d.roleId)} for ${tagLabel(d.tagId)}`}
              onClick={() => store.getState().apply((doc) => removeDesignation(doc, d))}
            >
              Remove
            </button>
          </li>
        ))}
      </ul>
      <div className="roles-add">
        <label>
          Role
          <select value={roleId} onChange={(e) => setRoleId(e.target.value)}>
            {rules.roles.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          For
          <select value={tagId} onChange={(e) => setTagId(e.target.value)}>
            {tags.map((t) => (
              <option key={t.id} value={t.id}>
                {t.label}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          disabled={!roleId || !tagId}
          onClick={() => store.getState().apply((doc) => designateRole(doc, { postId: post.id, roleId, tagId, chartId: null, inferred: null }))}
        >
          Add role
        </button>
      </div>
    </fieldset>
  );
}
