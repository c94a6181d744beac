// The right-click menu on a box, a line or the pane: the registry's commands
// that apply there now. The WAI-ARIA menu pattern: focus moves into the menu,
// arrow keys, Home and End move along it, Enter or Space runs an item, Escape
// and Tab close it and give the focus back to where it was.
import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { shortcutText } from '../../shared/commands/catalog';
import { useEditor } from '../store';
import { applies, command, CONTEXT_MENUS, currentLabel, pageShortcuts, PLATFORM, type Command, type CommandEnv, type MenuTarget } from './registry';

export interface MenuPlace {
  target: MenuTarget;
  /** Viewport coordinates of the menu's top-left corner. */
  x: number;
  y: number;
  /** Who the menu is about, for its accessible name ("Actions for Director of Finance"). */
  about: string;
}

/** The commands a right-click menu on `target` offers now. */
export function contextCommands(target: MenuTarget, env: CommandEnv): Command[] {
  const state = env.store.getState();
  return CONTEXT_MENUS[target].map((id) => command(id)).filter((cmd): cmd is Command => !!cmd && applies(cmd, state, env));
}

const ITEM_LABELS: Partial<Record<Command['id'], string>> = { 'add-post': 'Add Post Under' };

export function ContextMenu({ place, env, onClose }: { place: MenuPlace; env: CommandEnv; onClose: () => void }) {
  const ref = useRef<HTMLDivElement>(null);
  const state = useEditor((s) => s);
  // The commands are fixed when the menu opens: running one closes it.
  const [commands] = useState(() => contextCommands(place.target, env));
  const [returnFocus] = useState(() => (document.activeElement instanceof HTMLElement ? document.activeElement : null));
  const [position, setPosition] = useState({ left: place.x, top: place.y });

  // Kept inside the window.
  useLayoutEffect(() => {
    const rect = ref.current?.getBoundingClientRect();
    if (!rect) return;
    setPosition({
      left: Math.max(4, Math.min(place.x, window.innerWidth - rect.width - 4)),
      top: Math.max(4, Math.min(place.y, window.innerHeight - rect.height - 4)),
    });
  }, [place.x, place.y]);

  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    const outside = (e: MouseEvent) => {
      if (!ref.current?.contains(e.target as Node)) onClose();
    };
    window.addEventListener('mousedown', outside, true);
    return () => window.removeEventListener('mousedown', outside, true);
  }, [onClose]);

  const close = (refocus: boolean) => {
    onClose();
    if (refocus) returnFocus?.focus();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const items = [...(ref.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const at = items.indexOf(document.activeElement as HTMLElement);
    const focus = (i: number) => items[(i + items.length) % items.length]?.focus();
    if (e.key === 'ArrowDown') focus(at + 1);
    else if (e.key === 'ArrowUp') focus(at - 1);
    else if (e.key === 'Home') focus(0);
    else if (e.key === 'End') focus(items.length - 1);
    else if (e.key === 'Escape') close(true);
    else if (e.key === 'Tab') close(true);
    else return;
    e.preventDefault();
    e.stopPropagation();
  };

  const run = (cmd: Command) => {
    // Back to the canvas first: a dialog the command opens gives the focus back there when it closes.
    close(true);
    void cmd.run(env);
  };

  return (
    <div
      ref={ref}
      className="context-menu"
      role="menu"
      aria-label={`Actions for ${place.about}`}
      style={position}
      onKeyDown={onKeyDown}
      onContextMenu={(e) => e.preventDefault()}
    >
      {commands.length === 0 && (
        <div role="menuitem" aria-disabled="true" tabIndex={-1} className="context-menu-empty">
          Nothing to do here
        </div>
      )}
      {commands.map((cmd) => {
        const shortcut = pageShortcuts(cmd)[0];
        const keys = shortcut ? shortcutText(shortcut, PLATFORM) : '';
        return (
          <button key={cmd.id} type="button" role="menuitem" tabIndex={-1} onClick={() => run(cmd)}>
            <span>{ITEM_LABELS[cmd.id] ?? currentLabel(cmd, state)}</span>
            {keys && <kbd>{keys}</kbd>}
          </button>
        );
      })}
    </div>
  );
}
