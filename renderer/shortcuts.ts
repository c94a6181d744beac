// Keyboard shortcuts of the editor, from the command registry. Inactive while
// the user types in a field (except Save and Open) or a dialog is open.
import { useEffect } from 'react';
import { applies, commandForKey, type CommandEnv } from './commands/registry';

function typing(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));
}

export function useShortcuts(env: CommandEnv, enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented) return;
      const cmd = commandForKey(e);
      if (!cmd) return;
      if (!cmd.whileTyping && (typing(e.target) || document.querySelector('[role="dialog"], [role="menu"]'))) return;
      // Copy leaves the browser's own copy alone (nothing else is selected on the page); every other key is ours.
      if (cmd.id !== 'copy') e.preventDefault();
      if (applies(cmd, env.store.getState(), env)) void cmd.run(env);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [env, enabled]);
}
