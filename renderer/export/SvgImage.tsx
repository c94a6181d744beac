// Shows an SVG string as an <img> through a Blob URL: the markup is never put
// into the page, so nothing in a document can run or restyle the app.
import { useEffect, useMemo } from 'react';

/**
 * The URL is made during render so the <img> switches to the new picture in the
 * same commit that releases the old one (never showing a released URL). Not
 * StrictMode-safe: its simulated remount would release a URL still in use.
 */
export function useSvgUrl(svg: string): string {
  const url = useMemo(() => URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' })), [svg]);
  useEffect(() => () => URL.revokeObjectURL(url), [url]);
  return url;
}

export function SvgImage({ svg, label, className }: { svg: string; label: string; className?: string }) {
  const url = useSvgUrl(svg);
  return <img className={className} src={url} alt={label} draggable={false} />;
}
