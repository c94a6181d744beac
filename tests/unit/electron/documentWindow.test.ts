// The close question: Save / Don't Save / Cancel, with fake dialog and timers.
import { describe, expect, it, vi } from 'vitest';
import { CLEAN_AFTER_SAVE_TIMEOUT_MS, DocumentWindowState, SAVE_START_TIMEOUT_MS, windowTitle, type CloseAnswer } from '../../../electron/documentWindow';

function setup(answer: CloseAnswer) {
  const timers: { run: () => void; ms: number; cancelled: boolean }[] = [];
  const effects = {
    ask: vi.fn(async (_title: string) => answer),
    requestSave: vi.fn(),
    discard: vi.fn(async () => undefined),
    close: vi.fn(),
    closeAbandoned: vi.fn(),
    setTimer: (run: () => void, ms: number) => {
      const timer = { run, ms, cancelled: false };
      timers.push(timer);
      return () => (timer.cancelled = true);
    },
  };
  const state = new DocumentWindowState(effects);
  // The window's close handler: Electron calls it again when effects.close() closes the window.
  const attempts: boolean[] = [];
  effects.close.mockImplementation(() => attempts.push(state.onCloseAttempt()));
  const fire = (ms: number) => timers.filter((t) => t.ms === ms && !t.cancelled).forEach((t) => t.run());
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
  return { state, effects, attempts, fire, settle };
}

describe('closing a window', () => {
  it('closes at once when there is nothing unsaved', () => {
    const { state, effects } = setup('cancel');
    state.setState({ title: 'plan.structura', dirty: false });
    expect(state.onCloseAttempt()).toBe(true);
    expect(effects.ask).not.toHaveBeenCalled();
  });

  it('asks about unsaved changes by name; Cancel keeps the window (and stops a quit)', async () => {
    const { state, effects, settle } = setup('cancel');
    state.setState({ title: 'plan.structura', dirty: true });
    expect(state.onCloseAttempt()).toBe(false);
    await settle();
    expect(effects.ask).toHaveBeenCalledWith('plan.structura');
    expect(effects.close).not.toHaveBeenCalled();
    expect(effects.closeAbandoned).toHaveBeenCalled();
    // Asking again later works.
    expect(state.onCloseAttempt()).toBe(false);
    await settle();
    expect(effects.ask).toHaveBeenCalledTimes(2);
  });

  it("Don't Save throws the recovery snapshot away and closes", async () => {
    const { state, effects, attempts, settle } = setup('discard');
    state.setState({ title: 'plan.structura', dirty: true });
    state.onCloseAttempt();
    await settle();
    expect(effects.discard).toHaveBeenCalled();
    expect(effects.close).toHaveBeenCalledTimes(1);
    expect(attempts).toEqual([true]);
  });

  it('Save asks the renderer to save and closes only once the document is clean', async () => {
    const { state, effects, attempts, settle } = setup('save');
    state.setState({ title: 'plan.structura', dirty: true });
    state.onCloseAttempt();
    await settle();
    expect(effects.requestSave).toHaveBeenCalledTimes(1);
    expect(effects.close).not.toHaveBeenCalled();
    state.saveStarted();
    state.saveFinished(true);
    expect(effects.close).not.toHaveBeenCalled();
    state.setState({ title: 'plan.structura', dirty: false });
    expect(attempts).toEqual([true]);
  });

  it('a save that fails (disk full) or is cancelled keeps the window open', async () => {
    const { state, effects, settle } = setup('save');
    state.setState({ title: 'Untitled', dirty: true });
    state.onCloseAttempt();
    await settle();
    state.saveStarted();
    state.saveFinished(false);
    expect(effects.closeAbandoned).toHaveBeenCalled();
    // A later, unrelated save does not close the window by surprise.
    state.saveStarted();
    state.saveFinished(true);
    state.setState({ title: 'plan.structura', dirty: false });
    expect(effects.close).not.toHaveBeenCalled();
  });

  it('gives up waiting if the renderer never starts saving, or never reports clean', async () => {
    const first = setup('save');
    first.state.setState({ title: 'plan.structura', dirty: true });
    first.state.onCloseAttempt();
    await first.settle();
    first.fire(SAVE_START_TIMEOUT_MS);
    expect(first.effects.closeAbandoned).toHaveBeenCalled();
    first.state.setState({ title: 'plan.structura', dirty: false });
    expect(first.effects.close).not.toHaveBeenCalled();

    const second = setup('save');
    second.state.setState({ title: 'plan.structura', dirty: true });
    second.state.onCloseAttempt();
    await second.settle();
    second.state.saveStarted();
    second.fire(SAVE_START_TIMEOUT_MS); // cancelled once the save started: the Save dialog may stay open
    expect(second.effects.closeAbandoned).not.toHaveBeenCalled();
    second.state.saveFinished(true);
    second.fire(CLEAN_AFTER_SAVE_TIMEOUT_MS);
    expect(second.effects.closeAbandoned).toHaveBeenCalled();
  });

  it('asks once however many times close is pressed while the question is open', async () => {
    const { state, effects, settle } = setup('cancel');
    state.setState({ title: 'plan.structura', dirty: true });
    state.onCloseAttempt();
    state.onCloseAttempt();
    await settle();
    expect(effects.ask).toHaveBeenCalledTimes(1);
  });
});

describe('window title', () => {
  it('names the document and marks unsaved changes', () => {
    expect(windowTitle('plan.structura', false)).toBe('plan.structura — Structura');
    expect(windowTitle('plan.structura', true)).toBe('● plan.structura — Structura');
    expect(windowTitle('', true)).toBe('● Untitled — Structura');
  });

  it('strips control and direction-override characters a hostile file name could carry', () => {
    expect(windowTitle('evil\u202Eerutcurts.exe\n', false)).toBe('evilerutcurts.exe — Structura');
  });
});
