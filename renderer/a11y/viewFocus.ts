// Focus across the full-window views (compare, presentation). Opening one
// replaces the editor, so the element that had the focus is gone and the focus
// would fall to the page itself, where a keyboard user sees nothing and must
// Tab from the top again. The new view puts the focus on its heading; closing
// it puts the focus back on the control (or box) that opened it, found anew.
import { useEffect, type RefObject } from 'react';

/** What had the focus, named so it can be found again in the editor drawn anew. */
type Opener = { box: string } | { control: string } | null;

let opener: Opener = null;

function controlName(el: Element): string {
  return (el.getAttribute('aria-label') ?? el.textContent ?? '').trim();
}

/** Called as a full-window view opens. */
export function rememberOpener(): void {
  const el = document.activeElement;
  const box = el?.closest('.canvas .react-flow__node')?.getAttribute('data-id');
  if (box) opener = { box };
  else if (el?.matches('.app-top button')) opener = { control: controlName(el) };
  // A shortcut, or a menu item (gone with its menu): back to the canvas.
  else opener = { control: '' };
}

function findOpener(target: Opener): HTMLElement | null {
  if (!target) return null;
  if ('box' in target) {
    return [...document.querySelectorAll<HTMLElement>('.canvas .react-flow__node')].find((n) => n.getAttribute('data-id') === target.box) ?? null;
  }
  return [...document.querySelectorAll<HTMLElement>('.app-top button')].find((b) => controlName(b) === target.control) ?? null;
}

/** The canvas's one Tab stop: where the focus goes when the opener is gone. */
function canvasStop(): HTMLElement | null {
  return document.querySelector<HTMLElement>('.canvas .react-flow__node[tabindex="0"]');
}

/**
 * In the editor: once it is shown again after a view closed, the focus goes
 * back to what opened the view, else to the canvas. The canvas draws its boxes
 * a frame or more after mounting, so this looks for a few frames.
 */
export function useReturnFocus(editorShown: boolean): void {
  useEffect(() => {
    const target = opener;
    if (!editorShown || !target) return;
    opener = null;
    let frames = 60;
    let handle = 0;
    const attempt = () => {
      const el = findOpener(target) ?? (frames < 40 ? canvasStop() : null);
      // The user has already moved the focus somewhere: leave it there.
      if (document.activeElement && document.activeElement !== document.body) return;
      if (el) return el.focus({ preventScroll: 'box' in target });
      if (frames-- > 0) handle = requestAnimationFrame(attempt);
    };
    handle = requestAnimationFrame(attempt);
    return () => cancelAnimationFrame(handle);
  }, [editorShown]);
}

/**
 * After a dialog closes: the focus goes back to `opener` if it is still on the
 * page, else to the canvas, unless the dialog's own action already put it
 * somewhere (Move to… focuses the box it moved).
 */
export function returnFocusTo(opener: Element | null): void {
  requestAnimationFrame(() => {
    if (document.activeElement && document.activeElement !== document.body) return;
    const target = opener instanceof HTMLElement && opener.isConnected && opener !== document.body ? opener : canvasStop();
    target?.focus({ preventScroll: true });
  });
}

/** In a view just opened: its heading (tabindex -1) takes the focus, so the view is announced and Tab starts there. */
export function useFocusOnOpen(ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    if (!document.activeElement || document.activeElement === document.body || !document.activeElement.isConnected) ref.current?.focus();
  }, [ref]);
}
