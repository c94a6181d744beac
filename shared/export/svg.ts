// Writes a page of the drawing description as standalone SVG: real text,
// vector shapes, every string escaped. Looks the same as the PDF.
import type { StructuraDocument } from '../model/types';
import { FONT_FAMILY_CSS } from '../text/measure';
import { DEFAULT_EXPORT, drawChartPages, numberPages, type ExportOptions } from './chartPages';
import type { Page, Shape, TagPattern } from './drawing';
import { must } from '../must';

const XML_ESCAPES: Partial<Record<string, string>> = { '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&#39;' };

export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => must(XML_ESCAPES[c], `the XML escape for ${c}`)).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
}

const n = (v: number) => (Math.round(v * 100) / 100).toString();

function patternDef(id: string, pattern: TagPattern, colour: string): string {
  const stroke = `stroke="${escapeXml(colour)}" stroke-width="0.8"`;
  const body: Record<Exclude<TagPattern, 'none'>, string> = {
    hatch: `<path d="M0,6 L6,0" ${stroke}/>`,
    backhatch: `<path d="M0,0 L6,6" ${stroke}/>`,
    cross: `<path d="M0,6 L6,0 M0,0 L6,6" ${stroke}/>`,
    grid: `<path d="M0,3 L6,3 M3,0 L3,6" ${stroke}/>`,
    dots: `<circle cx="3" cy="3" r="1.1" fill="${escapeXml(colour)}"/>`,
  };
  return `<pattern id="${id}" width="6" height="6" patternUnits="userSpaceOnUse">${body[pattern as Exclude<TagPattern, 'none'>]}</pattern>`;
}

export function writeSvg(page: Page, title = page.label): string {
  const defs = new Map<string, string>();
  const out: string[] = [];
  const walk = (shapes: Shape[], indent: string) => {
    for (const s of shapes) {
      switch (s.type) {
        case 'group': {
          const label = s.label ? ` aria-label="${escapeXml(s.label)}"` : '';
          out.push(`${indent}<g class="${s.role}"${label}>`);
          walk(s.children, indent + '  ');
          out.push(`${indent}</g>`);
          break;
        }
        case 'rect': {
          const common = `x="${n(s.x)}" y="${n(s.y)}" width="${n(s.width)}" height="${n(s.height)}"${s.radius ? ` rx="${n(s.radius)}"` : ''}`;
          const stroke = s.stroke
            ? ` stroke="${escapeXml(s.stroke)}" stroke-width="${n(s.strokeWidth ?? 1)}"${s.dash ? ` stroke-dasharray="${s.dash.map(n).join(' ')}"` : ''}`
            : '';
          out.push(`${indent}<rect ${common} fill="${escapeXml(s.fill ?? 'none')}"${stroke}/>`);
          if (s.pattern && s.pattern !== 'none') {
            const colour = s.patternColour ?? '#000000';
            const id = `p-${s.pattern}-${colour.replace('#', '')}`;
            if (!defs.has(id)) defs.set(id, patternDef(id, s.pattern, colour));
            out.push(`${indent}<rect ${common} fill="url(#${id})"/>`);
          }
          break;
        }
        case 'path': {
          const d = s.points.map((p, i) => `${i ? 'L' : 'M'}${n(p.x)},${n(p.y)}`).join(' ') + (s.closed ? ' Z' : '');
          const marker = s.arrowEnd ? `arrow-${s.stroke.replace(/[^0-9a-zA-Z]/g, '')}` : '';
          if (marker && !defs.has(marker))
            defs.set(
              marker,
              `<marker id="${marker}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${escapeXml(s.stroke)}"/></marker>`,
            );
          out.push(
            `${indent}<path d="${d}" fill="${escapeXml(s.fill ?? 'none')}" stroke="${escapeXml(s.stroke)}" stroke-width="${n(s.strokeWidth)}"${s.dash ? ` stroke-dasharray="${s.dash.map(n).join(' ')}"` : ''}${marker ? ` marker-end="url(#${marker})"` : ''}/>`,
          );
          break;
        }
        case 'text': {
          const anchor = s.anchor && s.anchor !== 'start' ? ` text-anchor="${s.anchor}"` : '';
          const weight = s.bold ? ' font-weight="bold"' : '';
          const rotate = s.rotate ? ` transform="rotate(${n(-s.rotate)} ${n(s.x)} ${n(s.y)})"` : '';
          const opacity = s.opacity !== undefined ? ` fill-opacity="${n(s.opacity)}"` : '';
          out.push(
            `${indent}<text x="${n(s.x)}" y="${n(s.y)}" font-size="${n(s.size)}"${weight}${anchor}${rotate}${opacity} fill="${escapeXml(s.colour ?? '#000000')}">${escapeXml(s.text)}</text>`,
          );
          break;
        }
      }
    }
  };
  walk(page.shapes, '  ');
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${n(page.width)}pt" height="${n(page.height)}pt" viewBox="0 0 ${n(page.width)} ${n(page.height)}" font-family="${escapeXml(FONT_FAMILY_CSS)}" role="img" aria-label="${escapeXml(title)}">`,
    `  <title>${escapeXml(title)}</title>`,
    defs.size ? `  <defs>${[...defs.values()].join('')}</defs>` : '',
    `  <rect x="0" y="0" width="${n(page.width)}" height="${n(page.height)}" fill="#ffffff"/>`,
    ...out,
    '</svg>',
    '',
  ]
    .filter(Boolean)
    .join('\n');
}

/**
 * One chart as a single SVG: its first page, with footer. A chart split over
 * several pages gives page 1 (which marks where the rest continues); use
 * drawChartPages and writeSvg per page for all of them, or allowSplit: false
 * for one page holding the whole chart.
 */
export function chartToSvg(
  doc: StructuraDocument,
  chartId: string,
  options: ExportOptions = DEFAULT_EXPORT,
): { svg: string; pageCount: number; warnings: string[] } {
  const { pages, warnings } = drawChartPages(doc, chartId, options);
  const numbered = numberPages(pages, doc, options.date);
  return { svg: writeSvg(must(numbered[0], 'the first page')), pageCount: pages.length, warnings };
}
