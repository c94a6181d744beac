// Presentation mode for board meetings: full screen when the browser allows it,
// no editing chrome, one chart per screen in annex order, drawn from the same
// description as the exported annexes. Keyboard like a slide deck. A document
// with a dated transition also offers it step by step: the baseline today, the
// structure after each phase with that phase's changes marked, then the option.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { phaseSteps, presentableTransitions } from '../../shared/mapping/phaseSteps';
import { chartLabel, chartsInAnnexOrder } from '../../shared/model/query';
import { SvgImage } from '../export/SvgImage';
import { useEditor } from '../store';
import { PhasePanel } from './PhasePanel';
import { focusablePosts, phaseSlideSvg, slideSvg } from './slides';
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
  // The presentation opens on the chart being edited, not always on the first.
  const activeChartId = useEditor((s) => s.activeChartId);
  const [index, setIndex] = useState(() =>
    Math.max(
      0,
      charts.findIndex((c) => c.id === activeChartId),
    ),
  );
  const [highContrast, setHighContrast] = useState(false);
  const [focusPostId, setFocusPostId] = useState('');
  // '' steps through the charts; a transition's id steps through its phases.
  const [deckId, setDeckId] = useState('');
  const transitions = useMemo(() => presentableTransitions(doc), [doc]);
  const mapping = transitions.find((m) => m.id === deckId);
  const phased = useMemo(() => {
    if (!mapping) return null;
    try {
      return { steps: phaseSteps(doc, mapping), error: null };
    } catch (error) {
      return { steps: [], error: `The transition could not be shown: ${error instanceof Error ? error.message : String(error)}` };
    }
  }, [doc, mapping]);
  const chartNames = useMemo(() => new Map(doc.charts.map((c) => [c.id, c.annex ? `Annex ${c.annex}` : c.title])), [doc]);
  const root = useRef<HTMLElement>(null);
  const leaveRef = useRef(leave);
  leaveRef.current = leave;

  const steps = phased?.steps ?? null;
  const count = steps ? steps.length : charts.length;
  const step = steps ? steps[Math.min(index, count - 1)] : undefined;
  const chart = steps ? undefined : charts[Math.min(index, count - 1)];
  const posts = useMemo(() => (chart ? focusablePosts(chart) : []), [chart]);
  const focus = posts.some((p) => p.id === focusPostId) ? focusPostId : '';

  const slide = useMemo(() => {
    if (phased?.error) return { svg: null, error: phased.error };
    if (step) {
      try {
        // The panel beside the slide takes about a third of the width.
        const aspect = (window.innerWidth * 0.66) / Math.max(1, window.innerHeight - 130);
        return { svg: phaseSlideSvg(doc, step, { theme: highContrast ? 'high-contrast' : 'standard', aspect }), error: null };
      } catch (error) {
        return { svg: null, error: `This step could not be drawn: ${error instanceof Error ? error.message : String(error)}` };
      }
    }
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
  }, [doc, chart, step, phased, highContrast, focus]);

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

  const chooseDeck = (id: string) => {
    setDeckId(id);
    setIndex(0);
    setFocusPostId('');
  };

  const title = step ? step.title : chart ? chartLabel(chart) : null;
  if (title === null) {
    return (
      <main ref={root} className="presentation" aria-label="Presentation" tabIndex={-1}>
        <p className="presentation-empty">This document has no charts to present.</p>
        <button type="button" onClick={leave}>
          Exit presentation
        </button>
      </main>
    );
  }

  const focusTitle = posts.find((p) => p.id === focus)?.title;
  const unit = step ? 'Step' : 'Chart';
  const noun = unit.toLowerCase();
  return (
    // The whole screen is the page's one main landmark: the bar and the controls inside it are
    // plain groups, not a second banner and footer nested in it.
    <main ref={root} className={`presentation${highContrast ? ' presentation-contrast' : ''}`} tabIndex={-1} aria-label="Presentation">
      <div className="presentation-bar">
        <h1>{title}</h1>
        <span className="presentation-count" aria-label={`${unit} ${index + 1} of ${count}`}>
          {index + 1} / {count}
        </span>
      </div>
      <div className="presentation-announce" aria-live="polite" aria-atomic="true">
        {`${unit} ${index + 1} of ${count}: ${title}${step ? `, ${step.when}` : ''}${focusTitle ? `, focused on ${focusTitle}` : ''}${highContrast ? ', high contrast' : ''}`}
      </div>
      <div className={`presentation-stage${step ? ' presentation-stage-phases' : ''}`}>
        {slide.svg && <SvgImage className="presentation-slide" svg={slide.svg} label={focusTitle ? `${title}: ${focusTitle} and reports` : title} />}
        {step && steps && <PhasePanel step={step} total={steps.reduce((n, s) => (s.key === 'option' ? n : n + s.changes.length), 0)} />}
        {slide.error && (
          <p className="presentation-error" role="alert">
            {slide.error}
          </p>
        )}
      </div>
      <div className="presentation-controls" role="group" aria-label="Presentation controls">
        <button type="button" onClick={() => go(index - 1)} disabled={index === 0}>
          <span aria-hidden="true">◀ </span>Previous {noun}
        </button>
        <button type="button" onClick={() => go(index + 1)} disabled={index === count - 1}>
          Next {noun}
          <span aria-hidden="true"> ▶</span>
        </button>
        {transitions.length > 0 && (
          <label className="presentation-focus">
            Show
            <select aria-label="Show" value={deckId} onChange={(e) => chooseDeck(e.target.value)}>
              <option value="">Every chart, in annex order</option>
              {transitions.map((m) => (
                <option key={m.id} value={m.id}>
                  {`${chartNames.get(m.fromChartId)} → ${chartNames.get(m.toChartId)}, phase by phase`}
                </option>
              ))}
            </select>
          </label>
        )}
        {!step && posts.length > 0 && (
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
