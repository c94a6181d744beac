// Keyboard shortcuts of the editor, inactive while the user types in a field.
import { useEffect } from 'react';
import type { Actions } from './actions';

function typing(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));
}

export function useShortcuts(actions: Actions, enabled: boolean, extra: { export: () => void; present: () => void }): void {
  useEffect(() => {
    if (!enabled) return;
    const onKey = (e: KeyboardEvent) => {
      const mod = e.ctrlKey || e.metaKey;
      const key = e.key.toLowerCase();
      if (mod && key === 's') {
        e.preventDefault();
        void (e.shiftKey ? actions.saveAs() : actions.save());
        return;
      }
      if (mod && key === 'o') {
        e.preventDefault();
        void actions.open();
        return;
      }
      if (typing(e.target) || document.querySelector('[role="dialog"]')) return;
      if (mod && key === 'z') {
        e.preventDefault();
        if (e.shiftKey) actions.redo();
        else actions.undo();
      } else if (mod && key === 'y') {
        e.preventDefault();
        actions.redo();
      } else if (mod && key === 'c') {
        actions.copy();
      } else if (mod && key === 'v') {
        e.preventDefault();
        actions.paste(e.shiftKey);
      } else if (mod && key === 'a') {
        e.preventDefault();
        actions.selectAll();
      } else if (mod && key === 'e') {
        e.preventDefault();
        extra.export();
      } else if (e.key === 'Delete' || e.key === 'Backspace') {
        actions.deleteSelection();
      } else if (!mod && !e.altKey && key === 'n') {
        actions.addPost();
      } else if (!mod && !e.altKey && key === 'b') {
        actions.addBody();
      } else if (!mod && !e.altKey && key === 'l') {
        actions.autoLayout();
      } else if (!mod && !e.altKey && key === 'f') {
        void actions.fit();
      } else if (e.key === 'F5') {
        e.preventDefault();
        extra.present();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [actions, enabled, extra]);
}
