// Keyboard of the WAI-ARIA listbox pattern, focus kept on the listbox and the
// current option named by aria-activedescendant: arrows, Home, End, Page Up and
// Page Down move; Space or Enter acts on the current option (the option post
// list toggles a target with it). Pure of React so it is tested on its own.

/** Options moved by Page Up / Page Down: about a screen of 46 px rows. */
export const PAGE_STEP = 10;

/** The index the key moves to from `current` among `count` options, or null when the key is not a move. */
export function moveIndex(key: string, current: number, count: number): number | null {
  if (count === 0) return null;
  const from = current < 0 ? -1 : current;
  switch (key) {
    case 'ArrowDown':
      return Math.min(count - 1, from + 1);
    case 'ArrowUp':
      return from < 0 ? 0 : Math.max(0, from - 1);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    case 'PageDown':
      return Math.min(count - 1, Math.max(0, from) + PAGE_STEP);
    case 'PageUp':
      return Math.max(0, from - PAGE_STEP);
    default:
      return null;
  }
}

/** Keeps the current option in sight inside its scrolling list (jsdom has no scrollIntoView). */
export function revealOption(id: string): void {
  const el = document.getElementById(id);
  if (el && typeof el.scrollIntoView === 'function') el.scrollIntoView({ block: 'nearest' });
}
