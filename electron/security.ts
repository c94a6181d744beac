// The Electron security checklist, applied to every web contents and session:
// no navigation away from the app, no new windows, no webviews, no permissions
// (but full screen for the app's own presentation mode), no remote requests.
import type { Session, WebContents } from 'electron';

export const APP_ORIGIN = 'app://structura';

/** True for the app's own pages and files, app://structura/... */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'app:' && parsed.host === 'structura';
  } catch {
    return false;
  }
}

type Preventable = { preventDefault(): void };
type ContentsLike = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

export function hardenWebContents(contents: ContentsLike): void {
  const blockNavigation = (event: Preventable, url: string) => {
    if (!isAppUrl(url)) event.preventDefault();
  };
  contents.on('will-navigate', blockNavigation);
  // Frames inside the page and server redirects too, not only the top page.
  contents.on('will-frame-navigate', (event) => blockNavigation(event, event.url));
  contents.on('will-redirect', blockNavigation);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  // No new windows of any kind (window.open, target=_blank, middle-click); links to
  // the web have nowhere to go in an offline tool, so none is handed to the browser.
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/**
 * The one permission granted: full screen, asked for by the app's own page for
 * Present. Everything else (camera, notifications, clipboard, geolocation, USB...)
 * is refused.
 */
export function isPermissionAllowed(permission: string, requestingUrl: string): boolean {
  return permission === 'fullscreen' && isAppUrl(requestingUrl);
}

type SessionLike = Pick<
  Session,
  'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler' | 'setDisplayMediaRequestHandler' | 'webRequest'
>;

export function hardenSession(session: SessionLike): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => callback(isPermissionAllowed(permission, details.requestingUrl)));
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) => isPermissionAllowed(permission, requestingOrigin));
  session.setDevicePermissionHandler(() => false);
  session.setDisplayMediaRequestHandler((_request, callback) => callback(null));
  // No remote content: only the app's own scheme, and data/blob URLs it makes itself.
  session.webRequest.onBeforeRequest((details, callback) => {
    const url = details.url;
    const allowed = isAppUrl(url) || url.startsWith('data:') || url.startsWith('blob:app://structura/') || url.startsWith('devtools:');
    callback({ cancel: !allowed });
  });
}

/**
 * Sent as a header with every app:// response. It matches the meta tag in
 * renderer/index.html (both apply; a page must satisfy both), plus
 * frame-ancestors, which only works as a header.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // React Flow positions nodes and edges with inline style attributes.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' blob:",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'self' blob:",
  "frame-ancestors 'none'",
].join('; ');
