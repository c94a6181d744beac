// Windows-1252, as Excel on Windows saves "CSV (comma delimited)". No
// dependencies, so the Electron main process can use it as well.
import { at } from '../must';

// Bytes 0x80–0x9F of Windows-1252 (the WHATWG table; the five unassigned bytes
// map to the C1 controls of the same value). Node's TextDecoder without full
// ICU treats "windows-1252" as Latin-1 and turns these, curly quotes, dashes
// and "€" included, into invisible control characters.
const WINDOWS_1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d, 0x017d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c,
  0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178,
];

/** Windows-1252 bytes to text, with the table above: the same result in every host. */
export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const chunk = 8192;
  for (let start = 0; start < bytes.length; start += chunk) {
    // 0x80–0x9f are the table's 32 entries; every other byte is its own code point.
    const codes = Array.from(bytes.subarray(start, start + chunk), (byte) =>
      byte >= 0x80 && byte <= 0x9f ? at(WINDOWS_1252_HIGH, byte - 0x80, 'code point') : byte,
    );
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}
