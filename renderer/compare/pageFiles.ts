// The files a multi-page export writes, one per page, named as the CLI names
// them: NAME.svg for page 1, then NAME-2.svg, NAME-3.svg… beside it.
import type { ExportRequest } from '../../shared/bridge';

const MIME: Record<'svg', string> = { svg: 'image/svg+xml' };

export function pageFiles(name: string, ext: 'svg', pages: readonly string[]): ExportRequest[] {
  return pages.map((data, i) => ({ suggestedName: i === 0 ? `${name}.${ext}` : `${name}-${i + 1}.${ext}`, mimeType: MIME[ext], data }));
}
