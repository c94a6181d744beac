// Presentation mode for board meetings: full screen, no editing chrome, one
// chart per screen in annex order, drawn by the same code as the exports.
import { useEffect, useMemo, useRef, useState } from 'react';
import { drawChartPages } from '../../shared/export/chartPages';
import { writeSvg } from '../../shared/export/svg';
import { chartLabel, chartsInAnnexOrder } from '../../shared/model/query';
import { SvgPreview } from '../export/files';
import { useEditor } from '../store';

export function Presentation({ onClose }: { onClose: () => void }) {
  const doc = useEditor((s) => s.doc);
  const charts = useMemo(() => chartsInAnnexOrder(doc), [doc]);
  const [index, setIndex] = useState(0);
  const [highContrast, setHighContrast] = useState(false);
  const [focus, setFocus] = useState('');
  const root = useRef<HTMLDivElement>(null);
  const chart = charts[Math.min(index, charts.length - 1)];

  useEffect(() => {
    const el = root.current;
    el?.focus();
    if (el?.requestFullscreen && !document.fullscreenElement) el.requestFullscreen().catch(() => undefined);
    return () => {
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    };
  }, []);

  useEffect(() => setFocus(''), [index]);

  const svg = useMemo(() => {
    const { pages } = drawChartPages(doc, chart.id, { paper: 'a3', orientation: 'landscape', allowSplit: false, theme: highContrast ? 'high-contrast' : 'standard', focusPostId: focus || undefined });
    return writeSvg(pages[0]);
  }, [doc, chart, highContrast, focus]);

  const go = (next: number) => setIndex(Math.max(0, Math.min(charts.length - 1, next)));
  const onKey = (e: React.KeyboardEvent) => {
    if (['ArrowRight', 'ArrowDown', 'PageDown', ' '].includes(e.key)) go(index + 1);
    else if (['ArrowLeft', 'ArrowUp', 'PageUp'].includes(e.key)) go(index - 1);
    else if (e.key === 'Home') go(0);
    else if (e.key === 'End') go(charts.length - 1);
    else if (e.key === 'Escape') onClose();
    else return;
    e.preventDefault();
  };
  const posts = chart.nodes.filter((n) => n.kind === 'post');
  return (
    <div ref={root} className={`presentation${highContrast ? ' presentation-contrast' : ''}`} tabIndex={-1} onKeyDown={onKey} role="region" aria-label="Presentation">
      <header className="presentation-bar">
        <h1 aria-live="polite">{chartLabel(chart)}</h1>
        <span className="presentation-count">
          {index + 1} / {charts.length}
        </span>
      </header>
      <main className="presentation-stage">
        <SvgPreview key={svg.length + chart.id + focus + String(highContrast)} svg={svg} label={chartLabel(chart)} />
      </main>
      <footer className="presentation-controls">
        <button type="button" onClick={() => go(index - 1)} disabled={index === 0} aria-label="Previous chart">
          ◀ Previous
        </button>
        <button type="button" onClick={() => go(index + 1)} disabled={index === charts.length - 1} aria-label="Next chart">
          Next ▶
        </button>
        {posts.length > 0 && (
          <label>
            Focus on post{' '}
            <select aria-label="Focus on post" value={focus} onChange={(e) => setFocus(e.target.value)}>
              <option value="">Whole chart</option>
              {posts.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.kind === 'post' ? p.title : ''}
                </option>
              ))}
            </select>
          </label>
        )}
        <label className="checkbox">
          <input type="checkbox" checked={highContrast} onChange={(e) => setHighContrast(e.target.checked)} /> High contrast
        </label>
        <button type="button" onClick={onClose} aria-label="Exit presentation">
          Exit (Esc)
        </button>
      </footer>
    </div>
  );
}
