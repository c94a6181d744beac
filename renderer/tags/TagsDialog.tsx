// The document's organisation tags: add, rename, recolour, delete (asking where
// the posts of a tag in use should go), and the statutory roles each must designate.
import { useState } from 'react';
import * as cmd from '../../shared/model/commands';
import { newId } from '../../shared/model/factory';
import type { OrgTag } from '../../shared/model/types';
import { Modal } from '../dialogs/Modal';
import { LIMITS } from '../../shared/model/limits';
import { TextInput } from '../inspector/fields';
import { RequiredRolesEditor } from './RequiredRolesEditor';
import { useEditor, useEditorStore } from '../store';

const PALETTE = ['#005eb8', '#00703c', '#7c2a90', '#b35900', '#a4003d', '#00626e', '#4c4c4c'];

export function TagsDialog({ onClose }: { onClose: () => void }) {
  const store = useEditorStore();
  const tags = useEditor((s) => s.doc.tags);
  const doc = useEditor((s) => s.doc);
  const [deleting, setDeleting] = useState<OrgTag | null>(null);
  const apply = store.getState().apply;
  const add = () => {
    const colour = PALETTE.find((c) => !tags.some((t) => t.colour === c)) ?? '#4c4c4c';
    apply((d) => cmd.addTag(d, { id: newId('tag'), name: 'New organisation', label: `Org ${tags.length + 1}`, colour }));
  };
  return (
    <Modal title="Organisation tags" onClose={onClose} wide>
      <p className="field-hint">Tags say which organisation employs a post. They belong to this document.</p>
      <ul className="tag-list">
        {tags.map((tag) => (
          <li key={tag.id} className="tag-row" aria-label={`Tag ${tag.label}`}>
            <TextInput label="Label" maxLength={LIMITS.tagLabel} value={tag.label} onCommit={(label) => apply((d) => cmd.updateTag(d, tag.id, { label }))} />
            <TextInput label="Full name" value={tag.name} onCommit={(name) => apply((d) => cmd.updateTag(d, tag.id, { name }))} />
            <label className="field">
              Colour
              <input
                type="color"
                value={tag.colour}
                aria-label={`Colour of ${tag.label}`}
                onChange={(e) => apply((d) => cmd.updateTag(d, tag.id, { colour: e.target.value }))}
              />
            </label>
            <span className="field-hint">{cmd.tagUsage(doc, tag.id)} in use</span>
            <button
              type="button"
              aria-label={`Delete tag ${tag.label}`}
              onClick={() => (cmd.tagUsage(doc, tag.id) ? setDeleting(tag) : apply((d) => cmd.deleteTag(d, tag.id, null)))}
            >
              Delete
            </button>
            <RequiredRolesEditor tag={tag} />
          </li>
        ))}
      </ul>
      <div className="dialog-buttons">
        <button type="button" onClick={add}>
          Add tag
        </button>
        <button type="button" onClick={onClose}>
          Done
        </button>
      </div>
      {deleting && <DeleteTagInUse tag={deleting} others={tags.filter((t) => t.id !== deleting.id)} onClose={() => setDeleting(null)} />}
    </Modal>
  );
}

function DeleteTagInUse({ tag, others, onClose }: { tag: OrgTag; others: OrgTag[]; onClose: () => void }) {
  const store = useEditorStore();
  const doc = useEditor((s) => s.doc);
  const [target, setTarget] = useState(others[0]?.id ?? '');
  return (
    <Modal title={`Delete tag ${tag.label}`} onClose={onClose}>
      <p>
        {cmd.tagUsage(doc, tag.id)} boxes are tagged {tag.label} or funded by it. Where should they go?
      </p>
      <label className="field">
        Move them to
        <select value={target} onChange={(e) => setTarget(e.target.value)}>
          {others.map((t) => (
            <option key={t.id} value={t.id}>
              {t.label} — {t.name}
            </option>
          ))}
          <option value="">Leave them untagged</option>
        </select>
      </label>
      <div className="dialog-buttons">
        <button type="button" onClick={onClose}>
          Cancel
        </button>
        <button
          type="button"
          onClick={() => {
            if (store.getState().apply((d) => cmd.deleteTag(d, tag.id, target || null))) onClose();
          }}
        >
          Delete tag
        </button>
      </div>
    </Modal>
  );
}
