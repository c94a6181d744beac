// The charts of the document as tabs (annex number and title), with the chart actions.
import { useEffect, useRef, useState } from 'react';
import * as cmd from '../../shared/model/commands';
import { makeChart, newId } from '../../shared/model/factory';
import { chartLabel } from '../../shared/model/query';
import { LIMITS } from '../../shared/model/limits';
import { Modal } from '../dialogs/Modal';
import { LimitedInput } from '../dialogs/LimitedInput';
import { useEditor, useEditorStore } from '../store';
import { must } from '../../shared/must';

export function ChartTabs() {
  const store = useEditorStore();
  const charts = useEditor((s) => s.doc.charts);
  const activeId = useEditor((s) => s.activeChartId);
  const [renaming, setRenaming] = useState(false);
  const active = charts.find((c) => c.id === activeId) ?? must(charts[0], "the document's first chart");
  const index = charts.indexOf(active);
  const apply = store.getState().apply;
  // The chosen tab is always in sight: a chart just added or duplicated lands at the end of a long row.
  const activeTab = useRef<HTMLButtonElement>(null);
  // Scrolled by hand: scrollIntoView also moved Chromium's Tab starting point to the tab, so the
  // first Tab on a fresh page skipped the skip links and the toolbar.
  useEffect(() => {
    const tab = activeTab.current;
    const list = tab?.parentElement;
    if (!tab || !list) return;
    const t = tab.getBoundingClientRect();
    const l = list.getBoundingClientRect();
    if (t.left < l.left) list.scrollLeft -= l.left - t.left;
    else if (t.right > l.right) list.scrollLeft += t.right - l.right;
  }, [active.id, charts.length]);

  const addChart = () => {
    const id = newId('chart');
    if (apply((doc) => cmd.addChart(doc, makeChart({ id, title: 'New structure' })))) store.getState().setActiveChart(id);
  };
  const duplicate = () => {
    let created = '';
    if (
      apply((doc) => {
        const result = cmd.duplicateChart(doc, active.id, { asNewModel: true, title: `${active.title} (copy)` });
        created = result.chartId;
        return result.doc;
      })
    )
      store.getState().setActiveChart(created);
  };
  const remove = () => {
    if (window.confirm(`Delete the chart "${chartLabel(active)}"? You can undo this.`)) apply((doc) => cmd.deleteChart(doc, active.id));
  };

  // One tab list, one Tab stop: the arrow keys, Home and End move to a tab and show its chart.
  const onTabKey = (event: React.KeyboardEvent) => {
    const step = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -1, ArrowDown: 1 }[event.key];
    const to = event.key === 'Home' ? 0 : event.key === 'End' ? charts.length - 1 : step !== undefined ? (index + step + charts.length) % charts.length : null;
    const target = to === null ? undefined : charts[to];
    if (!target) return;
    event.preventDefault();
    store.getState().setActiveChart(target.id);
    requestAnimationFrame(() => document.querySelector<HTMLElement>('#structura-chart-tabs [role="tab"][aria-selected="true"]')?.focus());
  };

  return (
    <nav className="chart-bar" aria-label="Charts and chart actions">
      <div role="tablist" aria-label="Charts" className="chart-tabs" id="structura-chart-tabs" onKeyDown={onTabKey}>
        {charts.map((chart) => (
          <button
            key={chart.id}
            ref={chart.id === active.id ? activeTab : undefined}
            role="tab"
            type="button"
            aria-selected={chart.id === active.id}
            aria-controls="structura-canvas"
            tabIndex={chart.id === active.id ? 0 : -1}
            className="chart-tab"
            title={chartLabel(chart)}
            onClick={() => store.getState().setActiveChart(chart.id)}
          >
            {chart.annex ? <span className="chart-tab-annex">Annex {chart.annex}</span> : null}
            <TabTitle title={chart.title} />
          </button>
        ))}
      </div>
      <div className="chart-actions" role="group" aria-label="Chart actions">
        <button type="button" onClick={addChart} aria-label="Add chart" title="Add chart">
          +
        </button>
        <button type="button" onClick={() => setRenaming(true)} aria-label="Rename chart" title="Rename chart">
          Rename
        </button>
        <button type="button" onClick={duplicate} aria-label="Duplicate as new model" title="Copy this chart keeping post ids, to model an alternative">
          Duplicate
        </button>
        <button
          type="button"
          onClick={() => apply((doc) => cmd.moveChart(doc, active.id, index - 1))}
          disabled={index === 0}
          aria-label="Move chart left"
          title="Move chart left"
        >
          ◀
        </button>
        <button
          type="button"
          onClick={() => apply((doc) => cmd.moveChart(doc, active.id, index + 1))}
          disabled={index === charts.length - 1}
          aria-label="Move chart right"
          title="Move chart right"
        >
          ▶
        </button>
        <button type="button" onClick={remove} disabled={charts.length === 1} aria-label="Delete chart" title="Delete chart">
          Delete
        </button>
      </div>
      {renaming && (
        <RenameChart
          initial={active.title}
          onClose={() => setRenaming(false)}
          onRename={(title) => apply((doc) => cmd.updateChart(doc, active.id, { title }))}
        />
      )}
    </nav>
  );
}

/** A title's closing "(copy)" or "(new model)" stays in sight when a long title is cut short. */
function TabTitle({ title }: { title: string }) {
  const suffix = /\s(\([^()]*\))$/.exec(title);
  if (!suffix) return <span className="chart-tab-title">{title}</span>;
  return (
    <span className="chart-tab-title-row">
      <span className="chart-tab-title">{title.slice(0, suffix.index)}</span>
      <span className="chart-tab-suffix">{suffix[1]}</span>
    </span>
  );
}

function RenameChart({ initial, onRename, onClose }: { initial: string; onRename: (title: string) => boolean; onClose: () => void }) {
  const [title, setTitle] = useState(initial);
  return (
    <Modal title="Rename chart" onClose={onClose}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (onRename(title)) onClose();
        }}
      >
        <label>
          Chart title
          <LimitedInput limit={LIMITS.shortText} value={title} onChange={(e) => setTitle(e.target.value)} />
        </label>
        <div className="dialog-buttons">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit">Rename</button>
        </div>
      </form>
    </Modal>
  );
}
