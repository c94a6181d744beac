// Hardening of windows and sessions with fake webContents and session objects,
// the app:// file server, and the Content-Security-Policy.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { resolveAppPath, serveAppRequest } from '../../../electron/protocol';
import { CONTENT_SECURITY_POLICY, hardenSession, hardenWebContents, isAppUrl, isPermissionAllowed } from '../../../electron/security';
import { defined, present } from '../../support/defined';

type Listener = (...args: unknown[]) => void;

function fakeContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: ((details: { url: string }) => { action: string }) | undefined;
  hardenWebContents({ on: (name: string, l: Listener) => listeners.set(name, l), setWindowOpenHandler: (h: never) => (openHandler = h) } as never);
  /** True when the handler prevented the event. */
  const prevented = (name: string, ...args: unknown[]) => {
    const event = { preventDefault: vi.fn(), url: args[0] };
    defined(listeners.get(name), 'listeners.get(name)')(event, ...args);
    return event.preventDefault.mock.calls.length > 0;
  };
  return { prevented, openWindow: (url: string) => defined(openHandler, 'openHandler')({ url }) };
}

describe('windows', () => {
  it('stay on the app: navigation and redirects elsewhere are stopped, in the page and in frames', () => {
    const { prevented } = fakeContents();
    expect(prevented('will-navigate', 'https://evil.example/')).toBe(true);
    expect(prevented('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(prevented('will-navigate', 'app://structura.evil.example/')).toBe(true);
    expect(prevented('will-redirect', 'http://127.0.0.1:8080/')).toBe(true);
    expect(prevented('will-frame-navigate', 'javascript:alert(1)')).toBe(true);
    expect(prevented('will-navigate', 'app://structura/index.html')).toBe(false);
    expect(prevented('will-frame-navigate', 'app://structura/index.html#annex-2')).toBe(false);
  });

  it('open no new windows and attach no webviews', () => {
    const { prevented, openWindow } = fakeContents();
    expect(openWindow('https://www.gov.uk/')).toEqual({ action: 'deny' });
    expect(openWindow('app://structura/index.html')).toEqual({ action: 'deny' });
    expect(prevented('will-attach-webview', {}, {})).toBe(true);
  });
});

describe('sessions', () => {
  function fakeSession() {
    const handlers: Record<string, Listener> = {};
    const session = {
      setPermissionRequestHandler: (h: Listener) => (handlers.request = h),
      setPermissionCheckHandler: (h: Listener) => (handlers.check = h),
      setDevicePermissionHandler: (h: Listener) => (handlers.device = h),
      setDisplayMediaRequestHandler: (h: Listener) => (handlers.display = h),
      webRequest: { onBeforeRequest: (h: Listener) => (handlers.before = h) },
    };
    hardenSession(session as never);
    return handlers;
  }

  it('refuse every permission but full screen for the app page', () => {
    const h = fakeSession();
    const ask = (permission: string, requestingUrl: string) => {
      const callback = vi.fn();
      defined(h.request)(null, permission, callback, { requestingUrl });
      return defined(callback.mock.calls[0])[0];
    };
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'hid', 'midiSysex']) {
      expect(ask(permission, 'app://structura/index.html'), permission).toBe(false);
    }
    expect(ask('fullscreen', 'app://structura/index.html')).toBe(true);
    expect(ask('fullscreen', 'https://evil.example/')).toBe(false);
    expect(defined(h.check)(null, 'media', 'app://structura')).toBe(false);
    expect(defined(h.check)(null, 'fullscreen', 'app://structura')).toBe(true);
    expect(defined(h.device)({ deviceType: 'usb' })).toBe(false);
    const display = vi.fn();
    defined(h.display)({}, display);
    expect(display).toHaveBeenCalledWith(null);
  });

  it('cancel every request that is not the app’s own', async () => {
    const h = fakeSession();
    const cancelled = (url: string) => new Promise((resolve) => defined(h.before)({ url }, (r: { cancel: boolean }) => resolve(r.cancel)));
    expect(await cancelled('https://cdn.example/x.js')).toBe(true);
    expect(await cancelled('file:///home/hr/secret.structura')).toBe(true);
    expect(await cancelled('blob:https://evil.example/1234')).toBe(true);
    expect(await cancelled('app://structura/assets/index.js')).toBe(false);
    expect(await cancelled('data:image/png;base64,AAAA')).toBe(false);
    expect(await cancelled('blob:app://structura/5c9b')).toBe(false);
  });

  it('grants nothing through the pure rule either', () => {
    expect(isPermissionAllowed('fullscreen', 'app://structura/')).toBe(true);
    expect(isPermissionAllowed('pointerLock', 'app://structura/')).toBe(false);
    expect(isAppUrl('app://structura')).toBe(true);
    expect(isAppUrl('not a url')).toBe(false);
  });
});

describe('the app:// file server', () => {
  const parent = mkdtempSync(join(tmpdir(), 'structura-renderer-'));
  afterAll(() => rmSync(parent, { recursive: true, force: true }));
  const root = join(parent, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Structura</title>');
  writeFileSync(join(root, 'assets', 'index.js'), 'console.log(1)');
  writeFileSync(join(root, '..', 'outside-secret.txt'), 'secret');

  it('resolves only files inside the built renderer', () => {
    expect(resolveAppPath('app://structura/', root)).toBe(join(root, 'index.html'));
    expect(resolveAppPath('app://structura/assets/index.js', root)).toBe(join(root, 'assets/index.js'));
    // URL parsing folds ../ (plain or encoded) back inside the root.
    expect(resolveAppPath('app://structura/../../../etc/passwd', root)).toBe(join(root, 'etc/passwd'));
    expect(resolveAppPath('app://structura/%2e%2e/%2e%2e/etc/passwd', root)).toBe(join(root, 'etc/passwd'));
    // An encoded slash would climb out after decoding: refused.
    expect(resolveAppPath('app://structura/a%2f..%2f..%2foutside-secret.txt', root)).toBeNull();
    expect(resolveAppPath('app://structura/%5c..%5c..%5coutside-secret.txt', root)).not.toBe(join(root, '..', 'outside-secret.txt'));
    expect(resolveAppPath('app://structura/index.html%00.png', root)).toBeNull();
    expect(resolveAppPath('app://structura/%E0%A4%A', root)).toBeNull();
    expect(resolveAppPath('app://other/index.html', root)).toBeNull();
    expect(resolveAppPath('file:///etc/passwd', root)).toBeNull();
  });

  it('serves files with their type and the CSP header, and nothing from outside', async () => {
    const page = await serveAppRequest('app://structura/index.html', root);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await page.text()).toContain('<title>Structura</title>');
    expect((await serveAppRequest('app://structura/assets/index.js', root)).headers.get('content-type')).toMatch(/javascript/);
    expect((await serveAppRequest('app://structura/a%2f..%2f..%2foutside-secret.txt', root)).status).toBe(404);
    expect((await serveAppRequest('app://structura/missing.js', root)).status).toBe(404);
    expect((await serveAppRequest('app://structura/index.html', root, 'POST')).status).toBe(405);
  });

  it('does not follow a symbolic link out of the renderer folder', async () => {
    symlinkSync(join(root, '..', 'outside-secret.txt'), join(root, 'assets', 'leak.txt'));
    expect((await serveAppRequest('app://structura/assets/leak.txt', root)).status).toBe(404);
  });
});

describe('Content-Security-Policy', () => {
  const directives = (policy: string) =>
    new Map(
      policy
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .filter((d) => d[0])
        .map(([name, ...values]) => [name, values.sort().join(' ')]),
    );

  it('is strict: own scripts only, no plugins, no base or form targets, no framing', () => {
    const csp = directives(CONTENT_SECURITY_POLICY);
    expect(csp.get('default-src')).toBe("'self'");
    expect(csp.get('script-src')).toBe("'self'");
    expect(csp.get('object-src')).toBe("'none'");
    expect(csp.get('base-uri')).toBe("'none'");
    expect(csp.get('form-action')).toBe("'none'");
    expect(csp.get('frame-ancestors')).toBe("'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|\*|https?:/);
  });

  it('matches the meta tag of renderer/index.html (both apply, so they must agree)', () => {
    const html = readFileSync(join(process.cwd(), 'renderer/index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html);
    expect(meta, 'renderer/index.html has a CSP meta tag').not.toBeNull();
    const header = directives(CONTENT_SECURITY_POLICY);
    header.delete('frame-ancestors'); // ignored in a meta tag, so only in the header
    expect(Object.fromEntries(directives(defined(present(meta, 'meta')[1])))).toEqual(Object.fromEntries(header));
  });
});
