// The legend and the minimap sit over the bottom of the canvas; fitting and
// revealing a box leave room for them, measured as they are drawn now.

/** How far up from the bottom of the canvas the overlays reach, in screen pixels (0 when none is drawn). */
export function overlayHeight(): number {
  const pane = document.querySelector('.canvas .react-flow')?.getBoundingClientRect();
  if (!pane) return 0;
  const tops = [...document.querySelectorAll('.canvas .legend, .canvas .react-flow__minimap')]
    .map((e) => e.getBoundingClientRect().top)
    .filter((top) => top > pane.top);
  return tops.length ? Math.max(0, pane.bottom - Math.min(...tops)) : 0;
}

/** Fit padding that keeps the chart clear of the overlays. */
export function fitPadding() {
  return { top: '52px', left: '24px', right: '24px', bottom: `${Math.round(overlayHeight()) + 16}px` } as const;
}
