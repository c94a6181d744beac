// Keeps the host in step with the document: window title and unsaved mark,
// autosave for crash recovery, menu commands, files opened by the OS, and the
// Save / Don't Save / Cancel question on close.
import { useEffect, useState } from 'react';
import type { MenuCommand, RecoverySnapshot } from '../shared/bridge';
import { startAutosave } from './autosave';
import { openText, saveDocument, type Actions } from './actions';
import { getBridge } from './host';
import { isDirty, type EditorStore } from './store/editorStore';

const errorText = (error: unknown) => {
  const text = error instanceof Error ? error.message : String(error);
  return /[.!?]$/.test(text) ? text : `${text}.`;
};

export function useHostSync(store: EditorStore, actions: Actions, onMenu: (command: MenuCommand) => boolean) {
  const [recovery, setRecovery] = useState<RecoverySnapshot | null>(null);
  const [closing, setClosing] = useState(false);

  // Title and unsaved mark.
  useEffect(() => {
    const bridge = getBridge();
    const publish = () => {
      const s = store.getState();
      bridge.setDocumentState({ title: s.file.name, dirty: isDirty(s) });
    };
    publish();
    return store.subscribe(publish);
  }, [store]);

  // Autosave unsaved work a moment after each change; whatever unmounts the editor flushes it first.
  useEffect(() => {
    const autosave = startAutosave(
      store,
      (snapshot) => getBridge().writeRecovery(snapshot),
      (error) => store.getState().notify({ kind: 'error', text: `Your latest changes could not be kept for recovery after a crash: ${errorText(error)} Save the document to keep them.` }),
    );
    return () => autosave.dispose();
  }, [store]);

  // Offer work left unsaved by a crash.
  useEffect(() => {
    void getBridge()
      .readRecovery()
      .then((snapshot) => snapshot && setRecovery(snapshot));
  }, []);

  useEffect(() => {
    const bridge = getBridge();
    const offMenu = bridge.onMenuCommand((command) => {
      onMenu(command);
    });
    const offOpen = bridge.onOpenFile((file) => openText(store, file.text, file));
    const offClose = bridge.onCloseRequested(() => {
      if (isDirty(store.getState())) setClosing(true);
      else bridge.confirmClose();
    });
    return () => {
      offMenu();
      offOpen();
      offClose();
    };
  }, [store, actions, onMenu]);

  return {
    recovery,
    restoreRecovery() {
      if (!recovery) return;
      if (openText(store, recovery.text, { name: recovery.name, handle: recovery.handle, modifiedAt: null })) {
        // Restored work is unsaved until the user saves it.
        store.setState({ savedDoc: null });
      }
      setRecovery(null);
    },
    async discardRecovery() {
      await getBridge().clearRecovery();
      setRecovery(null);
    },
    closing,
    async answerClose(answer: 'save' | 'discard' | 'cancel') {
      setClosing(false);
      if (answer === 'cancel') return;
      if (answer === 'save' && !(await saveDocument(store))) return;
      await getBridge().clearRecovery();
      getBridge().confirmClose();
    },
  };
}
