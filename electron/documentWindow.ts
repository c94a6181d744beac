// What the main process knows about the document in a window: its title, whether
// it has unsaved changes, and the close question. Pure logic: main.ts supplies the
// native dialog, the menu command and the window, tests supply fakes.
//
// Closing or quitting with unsaved changes asks Save / Don't Save / Cancel.
// Save sends the renderer the menu command 'save' (the same path as File > Save,
// including Save As for a new document) and closes only once the renderer reports
// the document clean; a save that fails or is cancelled keeps the window open.

export type CloseAnswer = 'save' | 'discard' | 'cancel';

export interface CloseEffects {
  /** The native Save / Don't Save / Cancel question about `title`. */
  ask(title: string): Promise<CloseAnswer>;
  /** Ask the renderer to save (menu command 'save'). */
  requestSave(): void;
  /** Throw away the unsaved work for good (its recovery snapshot). */
  discard(): Promise<void>;
  /** Close the window; the guard lets this close through. */
  close(): void;
  /** The close did not happen (a quit in progress stops). */
  closeAbandoned(): void;
  setTimer(run: () => void, ms: number): () => void;
}

/** How long the renderer has to start saving, and to report the document clean after saving. */
export const SAVE_START_TIMEOUT_MS = 10_000;
export const CLEAN_AFTER_SAVE_TIMEOUT_MS = 10_000;

type Phase = 'open' | 'asking' | 'saving' | 'closing';

const UNSAVED_MARK = '● ';

/** "● plan.structura — Structura" (the mark only with unsaved changes); control characters removed. */
export function windowTitle(name: string, dirty: boolean): string {
  const clean =
    name
      .replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '')
      .trim()
      .slice(0, 200) || 'Untitled';
  return `${dirty ? UNSAVED_MARK : ''}${clean} — Structura`;
}

export class DocumentWindowState {
  title = 'Untitled';
  dirty = false;
  private phase: Phase = 'open';
  private cancelTimer: (() => void) | null = null;

  constructor(private readonly effects: CloseEffects) {}

  /** The renderer's setDocumentState. */
  setState(state: { title: string; dirty: boolean }): void {
    this.title = state.title;
    this.dirty = state.dirty;
    if (this.phase === 'saving' && !state.dirty) this.closeNow();
  }

  /** The window's 'close' event: true lets it close, false means it was prevented (a question may follow). */
  onCloseAttempt(): boolean {
    if (this.phase === 'closing' || !this.dirty) {
      this.phase = 'closing';
      return true;
    }
    if (this.phase === 'open') void this.askAndAct();
    return false;
  }

  /** The renderer has started a save (its saveDocument reached the main process). */
  saveStarted(): void {
    if (this.phase !== 'saving') return;
    this.clearTimer(); // the save dialog may stay open as long as the user likes
  }

  /** A save finished: a failed or cancelled one keeps the window open. */
  saveFinished(ok: boolean): void {
    if (this.phase !== 'saving') return;
    if (!ok) return this.abandon();
    if (!this.dirty) return this.closeNow();
    this.startTimer(CLEAN_AFTER_SAVE_TIMEOUT_MS);
  }

  /** The page was reloaded or its process replaced: whatever it said before no longer holds. */
  reset(): void {
    this.clearTimer();
    if (this.phase !== 'closing') this.phase = 'open';
    this.dirty = false;
  }

  private async askAndAct(): Promise<void> {
    this.phase = 'asking';
    let answer: CloseAnswer;
    try {
      answer = await this.effects.ask(this.title);
    } catch {
      answer = 'cancel';
    }
    if (this.phase !== 'asking') return;
    if (answer === 'cancel') return this.abandon();
    if (answer === 'discard') {
      await this.effects.discard().catch(() => undefined);
      return this.closeNow();
    }
    this.phase = 'saving';
    this.startTimer(SAVE_START_TIMEOUT_MS);
    this.effects.requestSave();
  }

  private closeNow(): void {
    this.clearTimer();
    this.phase = 'closing';
    this.effects.close();
  }

  private abandon(): void {
    this.clearTimer();
    this.phase = 'open';
    this.effects.closeAbandoned();
  }

  private startTimer(ms: number): void {
    this.clearTimer();
    this.cancelTimer = this.effects.setTimer(() => {
      this.cancelTimer = null;
      if (this.phase === 'saving') this.abandon();
    }, ms);
  }

  private clearTimer(): void {
    this.cancelTimer?.();
    this.cancelTimer = null;
  }
}
