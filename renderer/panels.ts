// Panels that open over the editor. Each takes `onClose`.
import type { ComponentType } from 'react';

export type PanelName = 'export' | 'compare' | 'present' | 'import-organogram' | 'import-csv';

export const PANELS: Record<PanelName, ComponentType<{ onClose: () => void }> | undefined> = {
  export: undefined,
  compare: undefined,
  present: undefined,
  'import-organogram': undefined,
  'import-csv': undefined,
};
