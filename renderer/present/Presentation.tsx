// Presentation mode for board meetings: full screen when the browser allows it,
// no editing chrome, one chart per screen in annex order, drawn from the same
// description as the exported annexes. Keyboard like a slide deck.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { chartLabel, chartsInAnnexOrder } from '../../shared/model/query';
import { SvgImage } from '../export/SvgImage';
import { useEditor } from '../store';
import { focusablePosts, slideSvg } from './slides';
import './presentation.css';

const NEXT_KEYS = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Spacebar']);
const PREVIOUS_KEYS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp']);

/** Keys typed into a form control work the control, not the slides. */
function isFormControl(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement && (target.tagName === 'SELECT' || target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.isContentEditable)
  );
}

/** `onExit` leaves the presentation; `onClose` is the same, for the panel registry. */
export function Presentation({ onExit, onClose }: { onExit?: () => void; onClose?: () => void }) {
  const leave = onExit ?? onClose ?? (() => undefined);
  const doc = useEditor((s) => s.doc);
  const charts = useMemo(() => chartsInAnnexOrder(doc), [doc]);
  const [index, setIndex] = useState(0);
  const [highContrast, setHighContrast] = useState(false);
  const [focusPostId, setFocusPostId] = useState('');
  const root = useRef<HTMLElement>(null);
  const leaveRef = useRef(leave);
  leaveRef.current = leave;

  const count = charts.length;
  const chart = charts[Math.min(index, count - 1)];
  const posts = useMemo(() => (chart ? focusablePosts(chart) : []), [chart]);
  const focus = posts.some((p) => p.id === focusPostId) ? focusPostId : '';

  const slide = useMemo(() => {
    if (!chart) return { svg: null, error: null };
    try {
      return {
        svg: slideSvg(doc, chart, {
          theme: highContrast ? 'high-contrast' : 'standard',
          focusPostId: focus || undefined,
          aspect: window.innerWidth / Math.max(1, window.innerHeight - 130),
        }),
        error: null,
      };
    } catch (error) {
      return { svg: null, error: `This chart could not be drawn: ${error instanceof Error ? error.message : String(error)}` };
    }
  }, [doc, chart, highContrast, focus]);

  const go = useCallback(
    (next: number) => {
      const clamped = Math.max(0, Math.min(count - 1, next));
      if (clamped === index) return;
      setIndex(clamped);
      setFocusPostId(''); // the same post id can be on the next chart too
    },
    [count, index],
  );

  // Full screen when allowed (it needs a user gesture, which the Present button is); fine without.
  useEffect(() => {
    const el = root.current;
    el?.focus();
    let entered = false;
    const onFullscreenChange = () => {
      if (document.fullscreenElement === el) entered = true;
      // The browser's own Esc leaves full screen without a key event reaching the page: leave with it.
      else if (entered && !document.fullscreenElement) leaveRef.current();
    };
    document.addEventListener('fullscreenchange', onFullscreenChange);
    if (el && typeof el.requestFullscreen === 'function' && !document.fullscreenElement) el.requestFullscreen().catch(() => undefined);
    return () => {
      document.removeEventListener('fullscreenchange', onFullscreenChange);
      if (document.fullscreenElement && typeof document.exitFullscreen === 'function') void document.exitFullscreen().catch(() => undefined);
    };
  }, []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
      if (e.key === 'Escape') leaveRef.current();
      else if (isFormControl(e.target)) return;
      // Space or Enter on a focused button presses that button, not "next" as well.
      else if ((e.key === ' ' || e.key === 'Enter') && e.target instanceof HTMLButtonElement) return;
      else if (NEXT_KEYS.has(e.key)) go(index + 1);
      else if (PREVIOUS_KEYS.has(e.key)) go(index - 1);
      else if (e.key === 'Home') go(0);
      else if (e.key === 'End') go(count - 1);
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [go, index, count]);

  if (!chart) {
    return (
      <main ref={root} className="presentation" aria-label="Presentation" tabIndex={-1}>
        <p className="presentation-empty">This document has no charts to present.</p>
        <button type="button" onClick={leave}>
          Exit presentation
        </button>
      </main>
    );
  }

  const title = chartLabel(chart);
  const focusTitle = posts.find((p) => p.id === focus)?.title;
  return (
    // The whole screen is the page's one main landmark: the bar and the controls inside it are
    // plain groups, not a second banner and footer nested in it.
    <main ref={root} className={`presentation${highContrast ? ' presentation-contrast' : ''}`} tabIndex={-1} aria-label="Presentation">
      <div className="presentation-bar">
        <h1>{title}</h1>
        <span className="presentation-count" aria-label={`Chart ${index + 1} of ${count}`}>
          {index + 1} / {count}
        </span>
      </div>
      <div className="presentation-announce" aria-live="polite" aria-atomic="true">
        {`Chart ${index + 1} of ${count}: ${title}${focusTitle ? `, focused on ${focusTitle}` : ''}${highContrast ? ', high contrast' : ''}`}
      </div>
      <div className="presentation-stage">
        {slide.svg && <SvgImage className="presentation-slide" svg={slide.svg} label={focusTitle ? `${title}: ${focusTitle} and reports` : title} />}
        {slide.error && (
          <p className="presentation-error" role="alert">
            {slide.error}
          </p>
        )}
      </div>
      <div className="presentation-controls" role="group" aria-label="Presentation controls">
        <button type="button" onClick={() => go(index - 1)} disabled={index === 0}>
          <span aria-hidden="true">◀ </span>Previous chart
        </button>
        <button type="button" onClick={() => go(index + 1)} disabled={index === count - 1}>
          Next chart<span aria-hidden="true"> ▶</span>
        </button>
        {posts.length > 0 && (
          <label className="presentation-focus">
            Focus on post
            <select aria-label="Focus on post" value={focus} onChange={(e) => setFocusPostId(e.target.value)}>
              <option value="">Whole chart</option>
              {posts.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.title}
                </option>
              ))}
            </select>
          </label>
        )}
        <label className="checkbox presentation-toggle">
          <input type="checkbox" checked={highContrast} onChange={(e) => setHighContrast(e.target.checked)} /> High contrast
        </label>
        <button type="button" onClick={leave} aria-keyshortcuts="Escape">
          Exit presentation<span aria-hidden="true"> (Esc)</span>
        </button>
      </div>
    </main>
  );
}
