// The app is served from a privileged custom scheme (app://structura/) rather
// than file://, so its origin is its own and the CSP applies as a header (see
// main.ts for why). Only files under the built renderer folder can be served:
// no path climbing out, no symbolic link leading out, GET and HEAD only.
import { readFile, realpath } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY } from './security';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
};

/** The file under `root` that an app:// URL names, or null for anything outside it. */
export function resolveAppPath(url: string, root: string): string | null {
  let pathname: string;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'app:' || parsed.host !== 'structura') return null;
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0')) return null;
  const relative = pathname === '/' || pathname === '' ? 'index.html' : pathname.replace(/^\/+/, '');
  const full = normalize(join(root, relative));
  const base = normalize(root.endsWith(sep) ? root : root + sep);
  return full.startsWith(base) ? full : null;
}

export async function serveAppRequest(url: string, root: string, method = 'GET'): Promise<Response> {
  if (method !== 'GET' && method !== 'HEAD') return new Response('Method not allowed', { status: 405 });
  const path = resolveAppPath(url, root);
  if (!path) return new Response('Not found', { status: 404 });
  try {
    // A symbolic link inside the folder must not lead out of it.
    const [realFile, realRoot] = await Promise.all([realpath(path), realpath(root)]);
    if (!realFile.startsWith(realRoot.endsWith(sep) ? realRoot : realRoot + sep)) return new Response('Not found', { status: 404 });
    const body = await readFile(path);
    return new Response(method === 'HEAD' ? null : body, {
      status: 200,
      headers: {
        'content-type': MIME[extname(path)] ?? 'application/octet-stream',
        'content-security-policy': CONTENT_SECURITY_POLICY,
        'x-content-type-options': 'nosniff',
      },
    });
  } catch {
    return new Response('Not found', { status: 404 });
  }
}
