// Panels that open over the editor. Each takes `onClose`.
import type { ComponentType } from 'react';
import { CompareView } from './compare/CompareView';
import { ExportDialog } from './export/ExportDialog';
import { CsvImportDialog } from './import/CsvImportDialog';
import { ImportDialog } from './import/ImportDialog';
import { Presentation } from './present/Presentation';

export type PanelName = 'export' | 'compare' | 'present' | 'import-organogram' | 'import-csv';

export const PANELS: Record<PanelName, ComponentType<{ onClose: () => void }> | undefined> = {
  export: ExportDialog,
  compare: CompareView,
  present: Presentation,
  'import-organogram': ImportDialog,
  'import-csv': CsvImportDialog,
};
