// Find (Ctrl+F): boxes of the chart by title, holder, grade, unit or id. The
// results are a list under the field; the arrow keys choose one, Enter selects
// it and centres it (opening the collapsed posts above it), Enter again and
// Shift+Enter go to the next and previous. Escape closes and returns to the chart.
// A bar above the canvas, not over it, so it never hides the box it found.
import { useReactFlow } from '@xyflow/react';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { toggleCollapsed } from '../../shared/model/commands';
import { managementLineByReport } from '../../shared/model/query';
import { prepareSearch, searchChart, type SearchHit } from '../../shared/search/postSearch';
import { motion } from '../a11y/motion';
import { displayLayoutOf } from '../canvas/displayLayout';
import { focusCanvas } from '../canvas/keyboardNavigation';
import { useActiveChart, useEditorStore } from '../store';
import './search.css';

/** Other controls (the view controls' Find button) open the search with this event. */
export const OPEN_SEARCH_EVENT = 'structura:open-search';
const SHOWN = 50;

const FIELD_LABEL: Record<SearchHit['field'], string> = { title: 'title', holder: 'holder', grade: 'grade', unit: 'unit', id: 'id' };

/** The collapsed posts above a box, nearest first: what must open for it to be drawn. */
function collapsedAbove(chart: ReturnType<typeof useActiveChart>, id: string): string[] {
  const managers = managementLineByReport(chart);
  const byId = new Map(chart.nodes.map((n) => [n.id, n]));
  const found: string[] = [];
  const seen = new Set([id]);
  for (let m = managers.get(id)?.from; m !== undefined && !seen.has(m); m = managers.get(m)?.from) {
    seen.add(m);
    const node = byId.get(m);
    if (node?.kind === 'post' && node.collapsed) found.push(m);
  }
  return found;
}

export function SearchBar() {
  const store = useEditorStore();
  const flow = useReactFlow();
  const chart = useActiveChart();
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [shown, setShown] = useState<number | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const listId = useId();

  useEffect(() => {
    const openSearch = () => {
      setOpen(true);
      requestAnimationFrame(() => {
        input.current?.focus();
        input.current?.select();
      });
    };
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 'f' && !document.querySelector('[role="dialog"]')) {
        e.preventDefault();
        openSearch();
      }
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener(OPEN_SEARCH_EVENT, openSearch);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener(OPEN_SEARCH_EVENT, openSearch);
    };
  }, []);

  // The index is built when the search opens (and per chart version), not on the first keystroke.
  useEffect(() => {
    if (open) prepareSearch(chart);
  }, [open, chart]);

  const result = useMemo(() => (open ? searchChart(chart, query, SHOWN) : { hits: [], total: 0 }), [open, chart, query]);
  const hits = result.hits;
  useEffect(() => {
    if (open) document.getElementById(`${listId}-${active}`)?.scrollIntoView?.({ block: 'nearest' });
  }, [open, active, listId]);

  const show = (index: number) => {
    const hit = hits[index];
    if (!hit) return;
    setActive(index);
    setShown(index);
    const state = store.getState();
    const chartId = state.activeChartId;
    const closed = collapsedAbove(chart, hit.id);
    if (closed.length) state.apply((d) => closed.reduce((doc, id) => toggleCollapsed(doc, chartId, id), d));
    store.getState().select({ nodes: [hit.id] });
    requestAnimationFrame(() => {
      // With the editor's layout cache: laying the chart out afresh here measured every box (the slowest keystroke at 10,000 posts).
      const box = displayLayoutOf(store.getState(), chartId)?.boxes.get(hit.id);
      if (box) void flow.setCenter(box.x + box.width / 2, box.y + box.height / 2, { zoom: Math.max(flow.getZoom(), 0.6), duration: motion(200) });
    });
  };

  const step = (by: number) => {
    if (!hits.length) return;
    const from = shown ?? (by > 0 ? -1 : 0);
    show((from + by + hits.length) % hits.length);
  };

  const close = () => {
    setOpen(false);
    setShown(null);
    requestAnimationFrame(() => focusCanvas());
  };

  if (!open) return null;
  const optionId = (i: number) => `${listId}-${i}`;
  return (
    <div className="search-bar" role="search" aria-label="Find posts">
      <div className="search-row">
        <label className="search-label">
          Find
          <input
            ref={input}
            type="search"
            role="combobox"
            aria-expanded={hits.length > 0}
            aria-controls={listId}
            aria-autocomplete="list"
            aria-activedescendant={hits.length ? optionId(active) : undefined}
            aria-describedby={`${listId}-count`}
            placeholder="Title, holder, grade, unit or id"
            value={query}
            onChange={(e) => {
              setQuery(e.target.value);
              setActive(0);
              setShown(null);
            }}
            onKeyDown={(e) => {
              if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
                e.preventDefault();
                if (hits.length) setActive((a) => (a + (e.key === 'ArrowDown' ? 1 : -1) + hits.length) % hits.length);
              } else if (e.key === 'Enter') {
                e.preventDefault();
                if (e.shiftKey) step(-1);
                else if (shown === active) step(1);
                else show(active);
              } else if (e.key === 'Escape') {
                e.preventDefault();
                e.stopPropagation();
                close();
              }
            }}
          />
        </label>
        <span className="search-count" id={`${listId}-count`}>
          {query.trim()
            ? `${result.total} found${result.total > SHOWN ? `, first ${SHOWN} listed` : ''}${shown !== null ? `; showing ${shown + 1}` : ''}`
            : 'Type to find'}
        </span>
        <button type="button" onClick={() => step(-1)} disabled={!hits.length}>
          Previous
        </button>
        <button type="button" onClick={() => step(1)} disabled={!hits.length}>
          Next
        </button>
        <button type="button" onClick={close}>
          Close
        </button>
      </div>
      {hits.length > 0 && (
        <ul className="search-results" role="listbox" id={listId} aria-label="Results">
          {hits.map((hit, i) => (
            <li
              key={hit.id}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              className={`search-result${i === active ? ' current' : ''}`}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => show(i)}
            >
              <span className="search-result-title">{hit.title || '(untitled)'}</span>
              {hit.field !== 'title' && (
                <span className="search-result-detail">
                  {FIELD_LABEL[hit.field]}: {hit.matched}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
