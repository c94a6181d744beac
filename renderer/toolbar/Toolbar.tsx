// The main toolbar: a rendering of command registry entries. Every button has
// an accessible name; tooltips show the shortcut, and Undo / Redo the step.
import type { CommandId } from '../../shared/commands/catalog';
import { applies, command, currentLabel, withShortcut, type CommandEnv } from '../commands/registry';
import { must } from '../../shared/must';
import { useEditor } from '../store';
import { CheckCounts } from '../checks/CheckCounts';

export type Panel = 'tags' | 'export' | 'compare' | 'present' | 'import-organogram' | 'import-csv';

/** A button: its accessible name, and the shorter text it shows when that differs. */
interface ToolSpec {
  id: CommandId;
  name: string;
  text?: string;
  icon?: string;
}

const GROUPS: readonly (readonly ToolSpec[])[] = [
  [
    { id: 'new', name: 'New document', text: 'New' },
    { id: 'open', name: 'Open…' },
    { id: 'save', name: 'Save' },
    { id: 'save-as', name: 'Save As…' },
  ],
  [
    { id: 'undo', name: 'Undo', icon: '↶' },
    { id: 'redo', name: 'Redo', icon: '↷' },
  ],
  [
    { id: 'add-post', name: 'Add post', icon: '+' },
    { id: 'add-body', name: 'Add body', icon: '+' },
    { id: 'delete', name: 'Delete selection', text: 'Delete' },
  ],
  [
    { id: 'auto-layout', name: 'Auto-layout' },
    { id: 'toggle-compact', name: 'Compact layout', text: 'Compact' },
    { id: 'fit', name: 'Fit to screen', text: 'Fit' },
    { id: 'toggle-minimap', name: 'Minimap' },
  ],
  [
    { id: 'tags', name: 'Organisation tags…', text: 'Tags…' },
    { id: 'import-organogram', name: 'Import organogram…' },
    { id: 'import-csv', name: 'Import CSV…' },
    { id: 'compare', name: 'Compare structures', text: 'Compare' },
    { id: 'export', name: 'Export…' },
    { id: 'present', name: 'Present' },
    { id: 'shortcuts', name: 'Keyboard shortcuts', text: 'Shortcuts' },
  ],
];

function Tool({ spec, env }: { spec: ToolSpec; env: CommandEnv }) {
  // Every toolbar id is a command the page runs (only the host's 'close' is not in the registry).
  const cmd = must(command(spec.id), `the command "${spec.id}"`);
  const state = useEditor((s) => s);
  const enabled = applies(cmd, state, env);
  const reason = enabled ? undefined : cmd.disabledReason?.(state, env);
  const label = currentLabel(cmd, state);
  // Undo and Redo keep their plain name: their tooltip says which step ("Undo Move Director of Finance").
  const title = reason ?? withShortcut(spec.id === 'undo' || spec.id === 'redo' ? label : spec.name, cmd);
  return (
    <button
      type="button"
      aria-label={spec.name}
      title={title}
      aria-description={reason ?? (label !== spec.name ? label : undefined)}
      onClick={() => void cmd.run(env)}
      disabled={!enabled}
      aria-pressed={cmd.pressed?.(state, env)}
    >
      {spec.icon && <span aria-hidden="true">{spec.icon} </span>}
      {spec.text ?? spec.name}
    </button>
  );
}

export function Toolbar({ env }: { env: CommandEnv }) {
  return (
    <div className="toolbar" role="toolbar" aria-label="Main toolbar">
      {GROUPS.map((group) => (
        <div className="tool-group" key={group.map((spec) => spec.id).join(' ')}>
          {group.map((spec) => (
            <Tool key={spec.id} spec={spec} env={env} />
          ))}
        </div>
      ))}
      <div className="tool-group">
        <CheckCounts />
      </div>
    </div>
  );
}
