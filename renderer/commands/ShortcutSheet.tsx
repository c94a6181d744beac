// The keyboard shortcut help sheet (`?`, Help > Keyboard Shortcuts): every
// command of the registry with its shortcuts, grouped as the menus are.
import { COMMANDS, shortcutText, type CommandGroup } from '../../shared/commands/catalog';
import { Modal } from '../dialogs/Modal';
import { getBridge } from '../host';
import { PLATFORM } from './registry';

const GROUP_ORDER: readonly CommandGroup[] = ['File', 'Edit', 'Chart', 'View', 'Help'];

export function ShortcutSheet({ onClose }: { onClose: () => void }) {
  // In a browser the keys of the native menu alone (zoom, new window, print) stay the browser's.
  const desktop = getBridge().kind === 'electron';
  return (
    <Modal title="Keyboard shortcuts" onClose={onClose} wide>
      <p className="field-hint">
        Inside a text field the keys type; Save and Open work everywhere. Right-click, Shift+F10 or the Menu key opens the actions for the selection.
      </p>
      <div className="shortcut-sheet">
        {GROUP_ORDER.map((group) => (
          <table key={group}>
            <caption>{group}</caption>
            <thead>
              <tr>
                <th scope="col">Command</th>
                <th scope="col">Shortcut</th>
              </tr>
            </thead>
            <tbody>
              {Object.values(COMMANDS)
                .filter((cmd) => cmd.group === group && (desktop || !cmd.host))
                .map((cmd) => {
                  const keys = cmd.shortcuts.filter((s) => desktop || !s.menuOnly);
                  return (
                    <tr key={cmd.id}>
                      <th scope="row">{cmd.label}</th>
                      <td>
                        {keys.length ? (
                          keys.map((s, i) => (
                            <span key={i}>
                              {i > 0 && ' or '}
                              <kbd>{shortcutText(s, PLATFORM)}</kbd>
                            </span>
                          ))
                        ) : (
                          <span className="field-hint">no shortcut</span>
                        )}
                      </td>
                    </tr>
                  );
                })}
            </tbody>
          </table>
        ))}
      </div>
      <div className="dialog-buttons">
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
    </Modal>
  );
}
