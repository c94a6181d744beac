// PNG for slides: the SVG rasterised by resvg with the bundled fonts, at a chosen resolution.
import { Resvg } from '@resvg/resvg-js';
import { FONT_FILES } from './fonts.node';

/** dpi 96 draws one point as 1.33 pixels; 300 dpi suits print. */
export function svgToPng(svg: string, dpi = 150): Uint8Array {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: dpi / 72 },
    font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: 'Liberation Sans' },
    background: '#ffffff',
  });
  return new Uint8Array(resvg.render().asPng());
}
