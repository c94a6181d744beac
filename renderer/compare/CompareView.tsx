// The compare view: two structure charts side by side (or B over A's removed
// posts), changes marked on the boxes, a summary of headcount, FTE and cost by
// organisation, and every change listed; clicking one centres it on both sides.
// Live: it is recomputed from the document on every edit.
import type { ReactFlowInstance, Viewport } from '@xyflow/react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useFocusOnOpen } from '../a11y/viewFocus';
import { changeMarks, compareInDocument, type ChangeMark, type Comparison, type Figures } from '../../shared/compare/compare';
import { defaultComparisonPair } from '../../shared/compare/defaultPair';
import { whatTheTotalsCount } from '../../shared/compare/page';
import { CHANGE_MARK_ORDER } from '../../shared/compare/markStyle';
import { compareLayout, focusOn, followViewport, placeGhosts, READABLE_ZOOM } from '../../shared/compare/view';
import { changeRows, comparisonToCsv, describeChange } from '../../shared/compare/report';
import { safeFileName } from '../../shared/export/pipeline';
import { formatCount, formatFte, formatMoney, formatSigned } from '../../shared/format';
import type { ExportRequest, SaveOutcome } from '../../shared/bridge';
import { chartLabel } from '../../shared/model/query';
import type { BoxFlowNode, LineFlowEdge } from '../canvas/flowTypes';
import { tagColour } from '../canvas/theme';
import { ChartSelect } from '../charts/ChartSelect';
import { saveRequests, startExport } from '../export/exportClient';
import { getBridge } from '../host';
import { useEditor } from '../store';
import { MarkChip } from './ChangeMarks';
import { changedBoxes, ReadOnlyCanvas } from './ReadOnlyCanvas';
import { CostsPanel } from './CostsPanel';
import { MappingPanel } from './mapping/MappingPanel';
import { RuleComparison } from './RuleComparison';
import { shownBox } from './shownBox';
import { ALL_POSTS, chartFullCostByTag, type FullCostTotal } from '../../shared/costs/fullCost';
import { must } from '../../shared/must';

type Flow = ReactFlowInstance<BoxFlowNode, LineFlowEdge>;
/** Changes listed before "Show all": thousands of rows would make opening a large comparison slow, and no one reads them all at once. */
const LISTED_CHANGES = 200;
const NONE: Figures = { posts: 0, vacant: 0, fte: 0, juniorFte: 0, cost: 0, costIllustrative: false, costFromPayBand: false, unknownCost: 0 };

export function CompareView({ onClose }: { onClose: () => void }) {
  const doc = useEditor((s) => s.doc);
  const structures = doc.charts.filter((c) => c.kind === 'structure');
  const [initialPair] = useState(() => defaultComparisonPair(doc));
  const [fromId, setFromId] = useState(initialPair?.fromChartId ?? structures[0]?.id ?? '');
  const [toId, setToId] = useState(initialPair?.toChartId ?? structures[0]?.id ?? '');
  const [view, setView] = useState<'side' | 'before' | 'after' | 'changes' | 'overlay' | 'costs' | 'mapping'>('side');
  const [selected, setSelected] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [showAll, setShowAll] = useState(false);
  const flows = useRef<{ from?: Flow; to?: Flow }>({});
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusOnOpen(heading);
  // Each side's viewport as last set, so the other side can follow a pan or zoom by the same amount.
  const viewports = useRef<{ from?: Viewport; to?: Viewport }>({});

  const result = useMemo(() => {
    try {
      return { comparison: compareInDocument(doc, fromId, toId), error: null };
    } catch (error) {
      return { comparison: null, error: (error as Error).message };
    }
  }, [doc, fromId, toId]);
  const c = result.comparison;
  const fromChart = doc.charts.find((x) => x.id === fromId);
  const toChart = doc.charts.find((x) => x.id === toId);
  const fromMarks = useMemo(() => (c ? changeMarks(c, 'from') : new Map<string, ChangeMark[]>()), [c]);
  const toMarks = useMemo(() => (c ? changeMarks(c, 'to') : new Map<string, ChangeMark[]>()), [c]);
  const rows = useMemo(() => (c ? changeRows(c) : []), [c]);

  const fromFull = useMemo(() => (fromChart ? chartFullCostByTag(fromChart, doc) : new Map<string, FullCostTotal>()), [doc, fromChart]);
  const toFull = useMemo(() => (toChart ? chartFullCostByTag(toChart, doc) : new Map<string, FullCostTotal>()), [doc, toChart]);
  const withOnCosts = fromFull.get(ALL_POSTS)?.basis === 'with on-costs' || toFull.get(ALL_POSTS)?.basis === 'with on-costs';
  const fullDelta = (id: string) => (toFull.get(id)?.full ?? 0) - (fromFull.get(id)?.full ?? 0);

  const layoutCache = useEditor((s) => s.layoutCache);
  const fromLayout = useMemo(() => (fromChart ? compareLayout(doc, fromChart, layoutCache) : undefined), [doc, fromChart, layoutCache]);
  const toLayout = useMemo(() => (toChart ? compareLayout(doc, toChart, layoutCache) : undefined), [doc, toChart, layoutCache]);

  // A canvas that is not shown (Before, After, Overlay) must not steer the others.
  useEffect(() => {
    flows.current = {};
    viewports.current = {};
  }, [view, fromId, toId]);

  const linked = (side: 'from' | 'to') => (flow: Flow, opening: Viewport) => {
    flows.current[side] = flow;
    viewports.current[side] = opening;
  };

  // A pan or zoom on one side moves the other alike (same pan, same zoom about the same screen point).
  const follow = (side: 'from' | 'to') => (viewport: Viewport, byUser: boolean) => {
    const otherSide = side === 'from' ? 'to' : 'from';
    const before = viewports.current[side];
    viewports.current[side] = viewport;
    const other = flows.current[otherSide];
    if (!byUser || !before || !other) return;
    const next = followViewport(other.getViewport(), before, viewport);
    viewports.current[otherSide] = next;
    void other.setViewport(next);
  };

  const exportCsv = async () => {
    if (!c) return;
    const outcome = await getBridge().exportFile({
      suggestedName: safeFileName(`Changes ${fromChart?.title} to ${toChart?.title}`) + '.csv',
      mimeType: 'text/csv',
      data: comparisonToCsv(c),
    });
    setStatus(outcome.ok ? 'Exported the changes as CSV.' : outcome.cancelled ? null : outcome.message);
  };
  // One file per page, in order; a cancelled or failed save stops the rest and is what is reported.
  const exportEachPage = async (files: ExportRequest[]): Promise<SaveOutcome> => {
    let outcome: SaveOutcome | undefined;
    for (const file of files) {
      outcome = await getBridge().exportFile(file);
      if (!outcome.ok) return outcome;
    }
    // The export pipeline makes at least one file for every page it is given.
    return must(outcome, 'the first file of the comparison export');
  };
  const exportPage = async (format: 'pdf' | 'svg') => {
    try {
      const { files } = await startExport({
        doc,
        target: { kind: 'comparison', pair: { fromChartId: fromId, toChartId: toId } },
        format,
        options: { paper: 'a4', orientation: 'landscape' },
      }).result;
      const outcome = await exportEachPage(saveRequests({ files, warnings: [] }));
      setStatus(
        outcome.ok
          ? `Exported the comparison as ${format.toUpperCase()}${files.length > 1 ? `: ${files.length} pages, one file each` : ''}.`
          : outcome.cancelled
            ? null
            : outcome.message,
      );
    } catch (error) {
      setStatus(`The comparison could not be exported: ${(error as Error).message}`);
    }
  };

  const changed = useMemo(() => (view === 'changes' && c ? new Set(rows.map((r) => r.postId)) : null), [view, c, rows]);
  const ghosts = useMemo(
    () => (view === 'overlay' && c && fromChart && fromLayout && toLayout ? placeGhosts(fromChart, fromLayout, toLayout, c.removed) : undefined),
    [view, c, fromChart, fromLayout, toLayout],
  );
  // Centres a post on both sides, from the layouts (a side's React Flow holds only the boxes near its view).
  const locate = useCallback(
    (id: string) => {
      setSelected(id);
      const sides = [
        ['from', fromLayout, undefined],
        ['to', toLayout, ghosts],
      ] as const;
      for (const [side, layout, sideGhosts] of sides) {
        const flow = flows.current[side];
        const box = layout && shownBox(layout, changed, sideGhosts, id);
        if (!flow || !box) continue;
        void flow.setCenter(box.x + box.width / 2, box.y + box.height / 2, { zoom: Math.max(flow.getZoom(), READABLE_ZOOM), duration: 0 });
        viewports.current[side] = flow.getViewport();
      }
    },
    [fromLayout, toLayout, ghosts, changed],
  );

  // Both sides open at one zoom, worked out for the larger of their changed regions.
  const fitSize = useMemo(() => {
    if (!fromLayout || !toLayout) return undefined;
    const sides = [
      view === 'side' || view === 'before' || view === 'changes' ? focusOn(changedBoxes({ layout: fromLayout, marks: fromMarks, only: changed })) : undefined,
      view !== 'before' ? focusOn(changedBoxes({ layout: toLayout, marks: toMarks, only: changed, ghosts })) : undefined,
    ].flatMap((f) => (f ? [f.rect] : []));
    return { width: Math.max(1, ...sides.map((r) => r.width)), height: Math.max(1, ...sides.map((r) => r.height)) };
  }, [view, fromLayout, toLayout, fromMarks, toMarks, changed, ghosts]);
  const tags = c ? [...new Set([...Object.keys(c.from.byTag), ...Object.keys(c.to.byTag)])] : [];

  return (
    <main className="compare" aria-label="Compare structures">
      <header className="compare-header">
        <h1 ref={heading} tabIndex={-1}>
          Compare structures
        </h1>
        <ChartSelect caption="From (A)" value={fromId} charts={structures} onChange={setFromId} />
        <ChartSelect caption="To (B)" value={toId} charts={structures} onChange={setToId} />
        <div role="group" aria-label="View" className="tool-group">
          {(
            [
              ['side', 'Side by side'],
              ['before', 'Before'],
              ['after', 'After'],
              ['changes', 'Changes only'],
              ['overlay', 'Overlay'],
              ['costs', 'Costs'],
              ['mapping', 'Mapping'],
            ] as const
          ).map(([value, label]) => (
            <button key={value} type="button" aria-pressed={view === value} onClick={() => setView(value)}>
              {label}
            </button>
          ))}
        </div>
        <div className="tool-group">
          <button type="button" onClick={exportCsv} disabled={!c}>
            Export changes (CSV)
          </button>
          <button type="button" onClick={() => exportPage('pdf')} disabled={!c}>
            Export page (PDF)
          </button>
          <button type="button" onClick={() => exportPage('svg')} disabled={!c}>
            Export page (SVG)
          </button>
          <button type="button" onClick={onClose}>
            Back to editor
          </button>
        </div>
      </header>
      {status && (
        <div className="notice notice-info" role="status">
          {status}
        </div>
      )}
      {result.error && (
        <div className="notice notice-error" role="alert">
          {result.error}
        </div>
      )}
      {view === 'costs' && c && <CostsPanel doc={doc} fromId={fromId} toId={toId} />}
      {view === 'mapping' && c && <MappingPanel doc={doc} fromId={fromId} toId={toId} />}
      {view !== 'costs' && view !== 'mapping' && c && fromChart && toChart && fromLayout && toLayout && (
        <div className="compare-body">
          <div className={`compare-canvases compare-${view}`}>
            {(view === 'side' || view === 'before' || view === 'changes') && (
              <ReadOnlyCanvas
                key={`from:${view}:${fromId}:${toId}`}
                label={`Before (A): ${chartLabel(fromChart)}`}
                doc={doc}
                chart={fromChart}
                layout={fromLayout}
                marks={fromMarks}
                only={changed}
                fitSize={fitSize}
                selectedId={selected}
                onSelect={locate}
                onInit={linked('from')}
                onViewportChange={follow('from')}
              />
            )}
            {view !== 'before' && (
              <ReadOnlyCanvas
                key={`to:${view}:${fromId}:${toId}`}
                label={`After (B): ${chartLabel(toChart)}`}
                doc={doc}
                chart={toChart}
                layout={toLayout}
                marks={toMarks}
                only={changed}
                ghosts={ghosts}
                fitSize={fitSize}
                selectedId={selected}
                onSelect={locate}
                onInit={linked('to')}
                onViewportChange={follow('to')}
              />
            )}
            <ul className="compare-legend" aria-label="Change marks">
              {CHANGE_MARK_ORDER.map((mark) => (
                <li key={mark}>
                  <MarkChip mark={mark} />
                </li>
              ))}
            </ul>
          </div>
          <aside className="compare-summary" aria-label="Summary">
            <table className="compare-table">
              <caption>Headcount, FTE and annual cost by organisation{c.from.costIllustrative || c.to.costIllustrative ? ' (costs illustrative)' : ''}</caption>
              <thead>
                <tr>
                  <th scope="col">Organisation</th>
                  <th scope="col">Posts A → B</th>
                  <th scope="col">FTE A → B</th>
                  <th scope="col">Cost Δ pay only</th>
                  {withOnCosts && <th scope="col">Cost Δ with on-costs</th>}
                </tr>
              </thead>
              <tbody>
                {[
                  ...tags.map((id) => ({ id, label: c.tagLabels[id] ?? id, a: c.from.byTag[id] ?? NONE, b: c.to.byTag[id] ?? NONE })),
                  { id: 'all', label: 'All posts', a: c.from as Figures, b: c.to as Figures },
                ].map((row) => (
                  <tr key={row.id} className={row.id === 'all' ? 'total' : ''}>
                    <th scope="row">{row.label}</th>
                    <td>
                      {row.a.posts} → {row.b.posts}
                    </td>
                    <td>
                      {formatFte(row.a.fte)} → {formatFte(row.b.fte)}
                    </td>
                    <td>{formatSigned(Math.round(row.b.cost - row.a.cost), formatMoney)}</td>
                    {withOnCosts && <td>{formatSigned(Math.round(fullDelta(row.id)), formatMoney)}</td>}
                  </tr>
                ))}
              </tbody>
            </table>
            <ul className="compare-notes" aria-label="What the totals count">
              {whatTheTotalsCount(c).map((note) => (
                <li key={note}>{note}</li>
              ))}
            </ul>
            <FteBars c={c} tags={tags} colour={(id) => tagColour(doc.tags, id === 'untagged' ? null : id)} />
            <p className="field-hint">
              Layers {c.from.layers} → {c.to.layers}; widest span {c.from.maxSpan} → {c.to.maxSpan}; top posts {c.from.topPosts.length} → {c.to.topPosts.length}
              .
            </p>
            {fromChart && toChart && <RuleComparison doc={doc} from={fromChart} to={toChart} onLocate={locate} />}
            <h3>{rows.length} changes</h3>
            <ul className="change-list" aria-label="Changes">
              {(showAll ? rows : rows.slice(0, LISTED_CHANGES)).map((r, i) => (
                <li key={i}>
                  <button type="button" className={r.postId === selected ? 'current' : ''} onClick={() => locate(r.postId)} title="Show on both charts">
                    <span className="change-kind">{r.change}</span> {describeChange(r)}
                  </button>
                </li>
              ))}
            </ul>
            {!showAll && rows.length > LISTED_CHANGES && (
              <button type="button" className="change-list-more" onClick={() => setShowAll(true)}>
                Show all {formatCount(rows.length)} changes
              </button>
            )}
          </aside>
        </div>
      )}
    </main>
  );
}

function FteBars({ c, tags, colour }: { c: Comparison; tags: string[]; colour: (id: string) => string }) {
  const max = Math.max(1e-9, ...tags.flatMap((id) => [c.from.byTag[id]?.fte ?? 0, c.to.byTag[id]?.fte ?? 0]));
  const row = 30;
  return (
    <svg className="compare-bars" viewBox={`0 0 300 ${tags.length * row + 16}`} role="img" aria-label="FTE by organisation, A and B">
      {tags.map((id, i) => {
        const a = c.from.byTag[id]?.fte ?? 0;
        const b = c.to.byTag[id]?.fte ?? 0;
        const y = i * row + 4;
        return (
          <g key={id}>
            <text x="0" y={y + 15} fontSize="11">
              {c.tagLabels[id] ?? id}
            </text>
            <rect x="70" y={y} width={(a / max) * 180} height="11" fill="#fff" stroke={colour(id)} />
            <rect x="70" y={y + 13} width={(b / max) * 180} height="11" fill={colour(id)} />
            <text x={74 + (Math.max(a, b) / max) * 180} y={y + 10} fontSize="9">
              A {a}
            </text>
            <text x={74 + (Math.max(a, b) / max) * 180} y={y + 23} fontSize="9">
              B {b}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
