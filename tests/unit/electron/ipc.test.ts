// The IPC handlers with fake events and dialogs, on the real file system: the
// sender check, payload validation, handles instead of paths, and the outcomes
// the renderer sees.
import { mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { OpenedFile, SaveOutcome } from '../../../shared/bridge';
import { CHANNEL } from '../../../electron/channels';
import { HandleRegistry } from '../../../electron/handles';
import { IpcRefused, isTrustedSender, registerIpc, type IpcDeps, type SenderEvent } from '../../../electron/ipc';
import { RecoveryStore } from '../../../electron/recovery';
import { describeMenu, type MenuDescription } from '../../../shared/commands/catalog';
import { defined } from '../../support/defined';

const dir = mkdtempSync(join(tmpdir(), 'structura-ipc-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

function event(url = 'app://structura/index.html', inMainFrame = true): SenderEvent {
  const frame = { url };
  return { senderFrame: frame, sender: { mainFrame: inMainFrame ? frame : { url } } };
}

function setup(overrides: Partial<IpcDeps> = {}) {
  const handlers = new Map<string, (event: SenderEvent, ...args: unknown[]) => unknown>();
  const ipc = { handle: (c: string, l: never) => handlers.set(c, l), on: (c: string, l: never) => handlers.set(c, l) };
  const chosen = join(dir, `chosen-${++n}.structura`);
  const deps = {
    dialogs: { open: vi.fn(async () => [] as string[]), save: vi.fn(async () => chosen as string | null) },
    handles: new HandleRegistry(),
    recoveryFor: () => recovery,
    rememberDocument: vi.fn(),
    setDocumentState: vi.fn(),
    saveStarted: vi.fn(),
    saveFinished: vi.fn(),
    print: vi.fn(async () => undefined),
    setMenu: vi.fn(),
    textEdit: vi.fn(),
    copyImage: vi.fn(async () => ({ ok: true as const, as: 'image' as const })),
    ...overrides,
  } satisfies IpcDeps;
  const recovery = new RecoveryStore(join(dir, `recovery-${n}`), 'w');
  registerIpc(ipc as never, deps);
  const call = async (channel: string, from: SenderEvent, ...args: unknown[]) => defined(handlers.get(channel), 'handlers.get(channel)')(from, ...args);
  return { deps, call, chosen };
}

const saveRequest = (over: object = {}) => ({
  text: '{}',
  handle: null,
  suggestedName: 'plan.structura',
  saveAs: false,
  expectedModifiedAt: null,
  overwrite: false,
  ...over,
});

describe('who may call', () => {
  it('trusts only the app page in its main frame', () => {
    expect(isTrustedSender(event())).toBe(true);
    expect(isTrustedSender(event('https://evil.example/'))).toBe(false);
    expect(isTrustedSender(event('file:///etc/passwd'))).toBe(false);
    expect(isTrustedSender(event('app://structura.evil/index.html'))).toBe(false);
    expect(isTrustedSender(event('app://other/index.html'))).toBe(false);
    expect(isTrustedSender(event('app://structura/index.html', false))).toBe(false);
    expect(isTrustedSender({ senderFrame: null, sender: { mainFrame: null } })).toBe(false);
  });

  it('refuses every request from a foreign frame before doing anything', async () => {
    const { deps, call } = setup();
    const foreign = event('https://evil.example/');
    await expect(call(CHANNEL.saveDocument, foreign, saveRequest())).rejects.toThrow(IpcRefused);
    await expect(call(CHANNEL.openDocument, foreign)).rejects.toThrow(/untrusted frame/);
    await expect(call(CHANNEL.readRecovery, foreign)).rejects.toThrow(/untrusted frame/);
    await expect(call(CHANNEL.print, event('app://structura/index.html', false), new Uint8Array(1))).rejects.toThrow(/untrusted frame/);
    await call(CHANNEL.setDocumentState, foreign, { title: 'x', dirty: true });
    await call(CHANNEL.setMenu, foreign, describeMenu('other'));
    await call(CHANNEL.textEdit, foreign, 'paste');
    expect(deps.dialogs.save).not.toHaveBeenCalled();
    expect(deps.dialogs.open).not.toHaveBeenCalled();
    expect(deps.setDocumentState).not.toHaveBeenCalled();
    expect(deps.setMenu).not.toHaveBeenCalled();
    expect(deps.textEdit).not.toHaveBeenCalled();
    expect(deps.print).not.toHaveBeenCalled();
  });
});

describe('what may be sent', () => {
  it('refuses malformed payloads, naming the place that is wrong', async () => {
    const { deps, call } = setup();
    await expect(call(CHANNEL.saveDocument, event(), saveRequest({ suggestedName: '../../etc/passwd' }))).rejects.toThrow(
      /invalid payload at 0\.suggestedName/,
    );
    await expect(call(CHANNEL.saveDocument, event(), saveRequest({ suggestedName: '..' }))).rejects.toThrow(/0\.suggestedName/);
    await expect(call(CHANNEL.saveDocument, event(), { ...saveRequest(), path: '/etc/passwd' })).rejects.toThrow(/invalid payload/);
    await expect(call(CHANNEL.saveDocument, event(), saveRequest({ text: 42 }))).rejects.toThrow(/0\.text/);
    await expect(call(CHANNEL.saveDocument, event())).rejects.toThrow(/invalid payload/);
    await expect(call(CHANNEL.exportFile, event(), { suggestedName: 'a.exe', mimeType: 'application/x-msdownload', data: 'x' })).rejects.toThrow(/0\.mimeType/);
    await expect(call(CHANNEL.openTextFiles, event(), ['csv'], false)).rejects.toThrow(/must be an extension like \.csv/);
    await expect(call(CHANNEL.print, event(), 'not a pdf')).rejects.toThrow(/invalid payload at 0/);
    await expect(call(CHANNEL.writeRecovery, event(), { text: 'x', name: 'a', handle: null, savedAt: Number.NaN })).rejects.toThrow(/0\.savedAt/);
    await expect(call(CHANNEL.openDocument, event(), 'extra')).rejects.toThrow(/invalid payload/);
    await call(CHANNEL.textEdit, event(), 'rm -rf');
    await call(CHANNEL.setDocumentState, event(), { title: 'x' });
    expect(deps.textEdit).not.toHaveBeenCalled();
    expect(deps.setDocumentState).not.toHaveBeenCalled();
    expect(deps.dialogs.save).not.toHaveBeenCalled();
  });

  it('takes the page’s menu only when every entry is a known command with a plain label and a real accelerator', async () => {
    const { deps, call } = setup();
    const good = describeMenu('other', { enabled: { undo: false }, labels: { undo: 'Undo Move Director of Finance' } });
    await call(CHANNEL.setMenu, event(), good);
    expect(deps.setMenu).toHaveBeenCalledTimes(1);
    expect(defined(vi.mocked(deps.setMenu).mock.calls[0], 'vi.mocked(deps.setMenu).mock.calls[0]')[1]).toEqual(good);
    const firstCommand = (menu: MenuDescription) =>
      defined(
        defined(menu.menus[0], 'menu.menus[0]').entries.find((e) => e.type === 'command'),
        "menu.menus[0].entries.find((e) => e.type === 'command')",
      ) as Record<string, unknown>;
    const spoilt = (spoil: (entry: Record<string, unknown>, menu: MenuDescription) => void) => {
      const menu = structuredClone(good);
      spoil(firstCommand(menu), menu);
      return menu;
    };
    const bad = [
      spoilt((e) => (e.command = 'rm-rf')),
      spoilt((e) => (e.label = 'New\nline')),
      spoilt((e) => (e.label = 'x'.repeat(500))),
      spoilt((e) => (e.accelerator = 'CmdOrCtrl+Shift+Alt+Q; rm')),
      spoilt((e) => (e.click = 'javascript:alert(1)')),
      spoilt((e) => (e.enabled = 'yes')),
      spoilt((_e, m) => (defined(m.menus[0], 'm.menus[0]').label = '<script>')),
      spoilt((_e, m) => (m.menus = [])),
    ];
    for (const menu of bad) await call(CHANNEL.setMenu, event(), menu);
    await call(CHANNEL.setMenu, event());
    expect(deps.setMenu).toHaveBeenCalledTimes(1);
  });

  it('saves only to files the user chose: a made-up handle is refused and nothing is written', async () => {
    const { deps, call } = setup();
    await expect(call(CHANNEL.saveDocument, event(), saveRequest({ handle: '/etc/passwd' }))).rejects.toThrow(/unknown file handle/);
    await expect(call(CHANNEL.saveDocument, event(), saveRequest({ handle: '5f1e0a2c-0000-4000-8000-000000000000' }))).rejects.toThrow(/unknown file handle/);
    expect(deps.dialogs.save).not.toHaveBeenCalled();
  });

  it('gives no handle for an imported CSV, so the page cannot save over it', async () => {
    const csv = join(dir, 'people.csv');
    writeFileSync(csv, 'Post Unique Reference,Name\n1,Chief Executive\n');
    const { call } = setup({ dialogs: { open: vi.fn(async () => [csv]), save: vi.fn(async () => null) } });
    const [file] = (await call(CHANNEL.openTextFiles, event(), ['.csv'], false)) as OpenedFile[];
    expect(file).toMatchObject({ name: 'people.csv', handle: null, text: expect.stringContaining('Chief Executive') });
  });
});

describe('opening and saving', () => {
  it('opens a document with an opaque handle, not its path, and saves back to it keeping a backup', async () => {
    const path = join(dir, 'opened.structura');
    writeFileSync(path, '{"v":1}');
    const { deps, call } = setup({ dialogs: { open: vi.fn(async () => [path]), save: vi.fn(async () => null) } });
    const opened = (await call(CHANNEL.openDocument, event())) as OpenedFile;
    expect(opened).toMatchObject({ name: 'opened.structura', text: '{"v":1}' });
    expect(opened.handle).not.toContain('/');
    expect(deps.rememberDocument).toHaveBeenCalledWith(path);
    const saved = (await call(
      CHANNEL.saveDocument,
      event(),
      saveRequest({ text: '{"v":2}', handle: opened.handle, expectedModifiedAt: opened.modifiedAt }),
    )) as SaveOutcome;
    expect(saved).toMatchObject({ ok: true, name: 'opened.structura', handle: opened.handle });
    expect(readFileSync(path, 'utf8')).toBe('{"v":2}');
    expect(readFileSync(`${path}.bak`, 'utf8')).toBe('{"v":1}');
    expect(deps.dialogs.save).not.toHaveBeenCalled();
  });

  it('answers a file it cannot read with the reason, not a failure', async () => {
    const { call } = setup({ dialogs: { open: vi.fn(async () => [join(dir, 'vanished.structura')]), save: vi.fn(async () => null) } });
    expect(await call(CHANNEL.openDocument, event())).toMatchObject({
      name: 'vanished.structura',
      handle: null,
      text: '',
      error: expect.stringMatching(/no longer exists/),
    });
  });

  it('warns when the file changed on disk since it was opened, and overwrites only when asked', async () => {
    const path = join(dir, 'contested.structura');
    writeFileSync(path, '{"mine":true}');
    const { call } = setup({ dialogs: { open: vi.fn(async () => [path]), save: vi.fn(async () => null) } });
    const opened = (await call(CHANNEL.openDocument, event())) as OpenedFile;
    writeFileSync(path, '{"theirs":true, "longer": 1}');
    utimesSync(path, new Date(), new Date(Date.now() + 10_000));
    const request = saveRequest({ text: '{"mine":2}', handle: opened.handle, expectedModifiedAt: opened.modifiedAt });
    expect(await call(CHANNEL.saveDocument, event(), request)).toMatchObject({ ok: false, code: 'changed-on-disk' });
    expect(readFileSync(path, 'utf8')).toContain('theirs');
    expect(await call(CHANNEL.saveDocument, event(), { ...request, overwrite: true })).toMatchObject({ ok: true });
    expect(readFileSync(path, 'utf8')).toBe('{"mine":2}');
  });

  it('saves a new document through the Save dialog; a cancelled dialog writes nothing', async () => {
    const { deps, call, chosen } = setup();
    const outcome = (await call(CHANNEL.saveDocument, event(), saveRequest({ text: '{"a":1}' }))) as SaveOutcome;
    expect(outcome).toMatchObject({ ok: true });
    expect(readFileSync(chosen, 'utf8')).toBe('{"a":1}');
    expect(deps.dialogs.save).toHaveBeenCalledWith(
      expect.anything(),
      expect.objectContaining({ defaultName: 'plan.structura', filters: [{ name: 'Structura document', extensions: ['structura'] }] }),
    );
    expect(deps.saveStarted).toHaveBeenCalledTimes(1);
    expect(deps.saveFinished).toHaveBeenLastCalledWith(expect.anything(), true);
    vi.mocked(deps.dialogs.save).mockResolvedValueOnce(null);
    expect(await call(CHANNEL.saveDocument, event(), saveRequest({ saveAs: true }))).toEqual({ ok: false, cancelled: true });
    expect(deps.saveFinished).toHaveBeenLastCalledWith(expect.anything(), false);
  });

  it('exports with the dialog filter of the file type, and hands back no handle', async () => {
    const { deps, call } = setup();
    vi.mocked(deps.dialogs.save).mockResolvedValueOnce(join(dir, 'annex.pdf'));
    const outcome = await call(CHANNEL.exportFile, event(), {
      suggestedName: 'annex.pdf',
      mimeType: 'application/pdf',
      data: new Uint8Array([37, 80, 68, 70]),
    });
    expect(outcome).toMatchObject({ ok: true, name: 'annex.pdf', handle: null });
    expect(readFileSync(join(dir, 'annex.pdf'), 'latin1')).toBe('%PDF');
    expect(deps.dialogs.save).toHaveBeenCalledWith(expect.anything(), expect.objectContaining({ filters: [{ name: 'PDF document', extensions: ['pdf'] }] }));
  });

  it('passes window state and text-field edits on to the window', async () => {
    const { deps, call } = setup();
    await call(CHANNEL.setDocumentState, event(), { title: 'plan.structura', dirty: true });
    await call(CHANNEL.textEdit, event(), 'paste');
    expect(deps.setDocumentState).toHaveBeenCalledWith(expect.anything(), { title: 'plan.structura', dirty: true });
    expect(deps.textEdit).toHaveBeenCalledWith(expect.anything(), 'paste');
  });
});

describe('recovery through IPC', () => {
  it('keeps snapshots until cleared, and gives the file back a handle that saves after a restart', async () => {
    const path = join(dir, 'recovered.structura');
    writeFileSync(path, '{"v":1}');
    const first = setup({ dialogs: { open: vi.fn(async () => [path]), save: vi.fn(async () => null) } });
    const opened = (await first.call(CHANNEL.openDocument, event())) as OpenedFile;
    await first.call(CHANNEL.writeRecovery, event(), {
      text: '{"v":"unsaved"}',
      name: 'recovered.structura',
      handle: opened.handle,
      savedAt: 1_700_000_000_000,
    });
    const folder = join(dir, `recovery-${n}`);

    // The next run: a new process, new handles.
    const handles = new HandleRegistry();
    const recovery = new RecoveryStore(folder, 'next');
    const second = setup({ handles, recoveryFor: () => recovery });
    const [offered, ...others] = (await second.call(CHANNEL.readRecovery, event())) as { id: string; handle: string; text: string; savedAt: number }[];
    expect(others).toEqual([]);
    expect(offered).toMatchObject({ text: '{"v":"unsaved"}', savedAt: 1_700_000_000_000, mine: false });
    expect(defined(offered).handle).not.toBe(opened.handle);
    expect(await second.call(CHANNEL.saveDocument, event(), saveRequest({ text: defined(offered).text, handle: defined(offered).handle }))).toMatchObject({
      ok: true,
    });
    expect(readFileSync(path, 'utf8')).toBe('{"v":"unsaved"}');
    await second.call(CHANNEL.discardRecovery, event(), defined(offered).id);
    expect(await second.call(CHANNEL.readRecovery, event())).toEqual([]);
    await expect(second.call(CHANNEL.discardRecovery, event(), '../escape')).rejects.toThrow(/must be a recovery key/);
  });
});
