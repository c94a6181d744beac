// Whether the Checks panel is open: view state, not document state, shared by
// the panel itself and the toolbar's counts that open it.
import { create } from 'zustand';

interface ChecksPanelState {
  open: boolean;
  setOpen: (open: boolean) => void;
}

export const useChecksPanel = create<ChecksPanelState>((set) => ({
  open: false,
  setOpen: (open) => set({ open }),
}));
