// Keeps the host in step with the document: window title and unsaved mark,
// autosave for crash recovery, menu commands and files opened by the OS. (The
// Save / Don't Save / Cancel question on close is the host's: electron/documentWindow.ts.)
import { useEffect, useState } from 'react';
import type { MenuCommand, RecoveryOffer } from '../shared/bridge';
import { startAutosave } from './autosave';
import { openText, type Actions } from './actions';
import { getBridge } from './host';
import { isDirty, type EditorStore } from './store/editorStore';

const errorText = (error: unknown) => {
  const text = error instanceof Error ? error.message : String(error);
  return /[.!?]$/.test(text) ? text : `${text}.`;
};

export function useHostSync(store: EditorStore, actions: Actions, onMenu: (command: MenuCommand) => boolean) {
  const [recoveries, setRecoveries] = useState<RecoveryOffer[]>([]);

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
      (error) =>
        store.getState().notify({
          kind: 'error',
          text: `Your latest changes could not be kept for recovery after a crash: ${errorText(error)} Save the document to keep them.`,
        }),
    );
    return () => autosave.dispose();
  }, [store]);

  // Offer work left unsaved by a crash.
  useEffect(() => {
    void getBridge()
      .readRecovery()
      .then((offers) => setRecoveries(offers))
      .catch(() => undefined);
  }, []);

  useEffect(() => {
    const bridge = getBridge();
    const offMenu = bridge.onMenuCommand((command) => {
      onMenu(command);
    });
    const offOpen = bridge.onOpenFile((file) => openText(store, file.text, file));
    return () => {
      offMenu();
      offOpen();
    };
  }, [store, actions, onMenu]);

  return {
    /** Each snapshot offered, named by its document and time; never another open window's. */
    recoveries,
    async restoreRecovery(offer: RecoveryOffer) {
      if (!openText(store, offer.text, { name: offer.name, handle: offer.handle, modifiedAt: null })) return;
      // Restored work is unsaved until the user saves it.
      store.setState({ savedDoc: null });
      setRecoveries((all) => all.filter((o) => o.id !== offer.id));
      if (offer.mine) return;
      // The work becomes this window's: its own snapshot is written before the orphan's goes, so a crash in between loses nothing.
      try {
        await getBridge().writeRecovery({ text: offer.text, name: offer.name, handle: offer.handle, savedAt: Date.now() });
        await getBridge().discardRecovery(offer.id);
      } catch (error) {
        store.getState().notify({ kind: 'error', text: `The restored work could not be kept for recovery: ${errorText(error)} Save it to a file.` });
      }
    },
    async discardRecovery(offer: RecoveryOffer) {
      setRecoveries((all) => all.filter((o) => o.id !== offer.id));
      try {
        await (offer.mine ? getBridge().clearRecovery() : getBridge().discardRecovery(offer.id));
      } catch (error) {
        store.getState().notify({ kind: 'error', text: `That unsaved work was not discarded: ${errorText(error)}` });
      }
    },
  };
}
