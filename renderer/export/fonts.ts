// The bundled Liberation Sans, fetched once through Vite's asset URLs: the PDF
// the app writes embeds the same fonts as the CLI's.
import boldUrl from '../../shared/fonts/LiberationSans-Bold.ttf?url';
import regularUrl from '../../shared/fonts/LiberationSans-Regular.ttf?url';
import type { FontBytes } from '../../shared/export/pdf';

let cached: Promise<FontBytes> | null = null;

async function fetchBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`the bundled font ${url.split('/').pop()} could not be loaded (${response.status})`);
  return new Uint8Array(await response.arrayBuffer());
}

export function loadFonts(): Promise<FontBytes> {
  cached ??= Promise.all([fetchBytes(regularUrl), fetchBytes(boldUrl)]).then(
    ([regular, bold]) => ({ regular, bold }),
    (error: unknown) => {
      cached = null; // a later attempt may succeed
      throw error;
    },
  );
  return cached;
}
