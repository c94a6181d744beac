// Work that says or shows something about an edit, but is not the edit itself
// (the screen-reader announcement, the rule-check counts), waits until the
// edited chart is painted: at 10,000 posts each costs about as much as drawing
// the change, and a drop that waits for them feels stuck.

/** Runs `work` after the next frame is painted (a timeout queued from the frame callback runs once it is on screen). */
export function afterPaint(work: () => void): void {
  requestAnimationFrame(() => setTimeout(work, 0));
}
