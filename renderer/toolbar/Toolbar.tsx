// The main toolbar. Every button has an accessible name; tooltips show the shortcut.
import { CheckCounts } from '../checks/CheckCounts';
import type { Actions } from '../actions';
import { isLargeChart, MINIMAP_OFF_REASON } from '../canvas/largeChart';
import { useActiveChart, useEditor } from '../store';

export type Panel = 'tags' | 'export' | 'compare' | 'present' | 'import-organogram' | 'import-csv';

interface ToolbarProps {
  actions: Actions;
  showMinimap: boolean;
  onToggleMinimap: () => void;
  onOpenPanel: (panel: Panel) => void;
  available: Partial<Record<Panel, boolean>>;
}

const mod = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform) ? '⌘' : 'Ctrl+';

function Tool({ label, shortcut, onClick, disabled, pressed, title, children }: { label: string; shortcut?: string; onClick: () => void; disabled?: boolean; pressed?: boolean; title?: string; children?: React.ReactNode }) {
  return (
    <button type="button" aria-label={label} title={title ?? (shortcut ? `${label} (${shortcut})` : label)} aria-description={title} onClick={onClick} disabled={disabled} aria-pressed={pressed}>
      {children ?? label}
    </button>
  );
}

export function Toolbar({ actions, showMinimap, onToggleMinimap, onOpenPanel, available }: ToolbarProps) {
  const canUndo = useEditor((s) => s.past.length > 0);
  const canRedo = useEditor((s) => s.future.length > 0);
  const chart = useActiveChart();
  const large = isLargeChart(chart);
  return (
    <div className="toolbar" role="toolbar" aria-label="Main toolbar">
      <div className="tool-group">
        <Tool label="New document" onClick={actions.newDocument}>New</Tool>
        <Tool label="Open…" shortcut={`${mod}O`} onClick={actions.open} />
        <Tool label="Save" shortcut={`${mod}S`} onClick={actions.save} />
        <Tool label="Save As…" shortcut={`${mod}Shift+S`} onClick={actions.saveAs} />
      </div>
      <div className="tool-group">
        <Tool label="Undo" shortcut={`${mod}Z`} onClick={actions.undo} disabled={!canUndo}><span aria-hidden="true">↶ </span>Undo</Tool>
        <Tool label="Redo" shortcut={`${mod}Shift+Z`} onClick={actions.redo} disabled={!canRedo}><span aria-hidden="true">↷ </span>Redo</Tool>
      </div>
      <div className="tool-group">
        <Tool label="Add post" shortcut="N" onClick={actions.addPost} disabled={chart.kind === 'diagram'}><span aria-hidden="true">+ </span>Add post</Tool>
        <Tool label="Add body" shortcut="B" onClick={actions.addBody}><span aria-hidden="true">+ </span>Add body</Tool>
        <Tool label="Delete selection" shortcut="Delete" onClick={actions.deleteSelection}>Delete</Tool>
      </div>
      <div className="tool-group">
        <Tool label="Auto-layout" shortcut="L" onClick={actions.autoLayout} />
        <Tool label="Compact layout" onClick={actions.toggleCompact} pressed={chart.layout.compact}>Compact</Tool>
        <Tool label="Fit to screen" shortcut="F" onClick={actions.fit}>Fit</Tool>
        <Tool label="Minimap" onClick={onToggleMinimap} pressed={showMinimap && !large} disabled={large} title={large ? MINIMAP_OFF_REASON : undefined}>Minimap</Tool>
      </div>
      <div className="tool-group">
        <Tool label="Organisation tags…" onClick={() => onOpenPanel('tags')}>Tags…</Tool>
        <Tool label="Import organogram…" onClick={() => onOpenPanel('import-organogram')} disabled={!available['import-organogram']}>Import organogram…</Tool>
        <Tool label="Import CSV…" onClick={() => onOpenPanel('import-csv')} disabled={!available['import-csv']}>Import CSV…</Tool>
        <Tool label="Compare structures" onClick={() => onOpenPanel('compare')} disabled={!available.compare}>Compare</Tool>
        <Tool label="Export…" shortcut={`${mod}E`} onClick={() => onOpenPanel('export')} disabled={!available.export} />
        <Tool label="Present" shortcut="F5" onClick={() => onOpenPanel('present')} disabled={!available.present} />
      </div>
      <div className="tool-group">
        <CheckCounts />
      </div>
    </div>
  );
}
