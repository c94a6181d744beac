// jsdom has no object URLs or canvas. These stand-ins record what the app hands
// to them, so tests can read the SVG behind an <img> and the size of a PNG.
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

/** A canvas that "draws" and returns a tiny PNG (or, with `fail`, none, as when out of memory); remembers the pixel size asked for. */
export function fakeCanvas({ fail = false } = {}) {
  const sizes: { width: number; height: number }[] = [];
  const context = { fillStyle: '', fillRect: vi.fn(), drawImage: vi.fn() };
  HTMLCanvasElement.prototype.getContext = vi.fn(() => context) as unknown as HTMLCanvasElement['getContext'];
  HTMLCanvasElement.prototype.toBlob = function (this: HTMLCanvasElement, callback: BlobCallback) {
    sizes.push({ width: this.width, height: this.height });
    callback(fail ? null : new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])], { type: 'image/png' }));
  };
  HTMLImageElement.prototype.decode = vi.fn(async () => {});
  return { sizes, context };
}
