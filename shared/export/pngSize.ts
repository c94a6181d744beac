// A PNG's size in pixels, read from its header (the IHDR chunk that must come
// first): for the message after copying an image, and to check a PNG handed to
// the clipboard is one.
const SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10];

/** Width and height of a PNG, or null when the bytes do not start as a PNG does. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
  if (bytes.length < 24) return null;
  for (let i = 0; i < SIGNATURE.length; i++) if (bytes[i] !== SIGNATURE[i]) return null;
  // Chunk length (4 bytes), then the type, which must be IHDR.
  if (String.fromCharCode(...bytes.subarray(12, 16)) !== 'IHDR') return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const width = view.getUint32(16);
  const height = view.getUint32(20);
  return width > 0 && height > 0 ? { width, height } : null;
}
