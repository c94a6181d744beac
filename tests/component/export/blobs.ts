// jsdom has no object URLs. This stand-in records what the app hands to it,
// so tests can read the SVG behind an <img>.
import { vi } from 'vitest';

export function recordBlobUrls() {
  const blobs = new Map<string, Blob>();
  let next = 0;
  URL.createObjectURL = vi.fn((blob: Blob) => {
    const url = `blob:test/${++next}`;
    blobs.set(url, blob);
    return url;
  }) as typeof URL.createObjectURL;
  URL.revokeObjectURL = vi.fn((url: string) => void blobs.delete(url));
  return {
    /** The text of the blob an element's `src` points at. */
    async textOf(img: Element): Promise<string> {
      const blob = blobs.get(img.getAttribute('src') ?? '');
      if (!blob) throw new Error(`no live blob behind ${img.getAttribute('src')}`);
      return blob.text();
    },
    live: () => blobs.size,
  };
}
