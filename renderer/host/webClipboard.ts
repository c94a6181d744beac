// The web build's clipboard: the async Clipboard API. A browser lets a page
// write to the clipboard only close to the user's click, and the image takes a
// moment to make, so the clipboard is handed a ClipboardItem holding the
// promise at once. PNG goes on as image/png; SVG as image/svg+xml where the
// browser takes it (with its markup as text beside it), else as text alone.
import type { ClipboardImageFormat, ClipboardOutcome } from '../../shared/bridge';

/** What of the browser this uses, so it is tested with stand-ins. */
export interface BrowserClipboard {
  clipboard: Pick<Clipboard, 'write' | 'writeText'> | undefined;
  ClipboardItem: ((new (items: Record<string, Promise<Blob> | Blob | string>) => ClipboardItem) & { supports?(type: string): boolean }) | undefined;
}

function browserClipboard(): BrowserClipboard {
  return {
    clipboard: typeof navigator !== 'undefined' ? navigator.clipboard : undefined,
    ClipboardItem: typeof ClipboardItem !== 'undefined' ? ClipboardItem : undefined,
  };
}

/** The clipboard's refusal, in words, with what to do instead. */
export function refusalMessage(error: unknown): string {
  const name = error instanceof Error || (typeof DOMException !== 'undefined' && error instanceof DOMException) ? (error as Error).name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError')
    return 'the browser refused access to the clipboard. Allow this site to use the clipboard (in the site’s settings), keep the window in front while copying, or use Export… to save the image as a file.';
  if (name === 'DataError' || name === 'NotSupportedError')
    return 'this browser’s clipboard does not take this kind of image. Use Export… to save it as a file.';
  return `the clipboard refused the image (${error instanceof Error ? error.message : String(error)}). Use Export… to save it as a file.`;
}

const NO_CLIPBOARD =
  'this browser gives the page no clipboard (it needs the app served from https:// or this computer). Use Export… to save the image as a file.';

export async function writeImageToClipboard(
  format: ClipboardImageFormat,
  data: Promise<Uint8Array | string>,
  browser: BrowserClipboard = browserClipboard(),
): Promise<ClipboardOutcome> {
  const { clipboard, ClipboardItem: Item } = browser;
  if (!clipboard) {
    data.catch(() => {});
    return { ok: false, message: NO_CLIPBOARD };
  }
  const blob = (type: string) => data.then((d) => new Blob([d as BlobPart], { type }));
  try {
    if (format === 'png') {
      if (!Item) throw Object.assign(new Error('no ClipboardItem'), { name: 'NotSupportedError' });
      await clipboard.write([new Item({ 'image/png': blob('image/png') })]);
      return { ok: true, as: 'image' };
    }
    if (Item?.supports?.('image/svg+xml')) {
      await clipboard.write([new Item({ 'image/svg+xml': blob('image/svg+xml'), 'text/plain': blob('text/plain') })]);
      return { ok: true, as: 'image' };
    }
    await clipboard.writeText(String(await data));
    return { ok: true, as: 'text' };
  } catch (error) {
    // A failure to make the image is the caller's to tell; only the clipboard's own refusals are worded here.
    await data;
    return { ok: false, message: refusalMessage(error) };
  }
}
