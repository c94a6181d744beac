// Shows an SVG string as an <img> through a Blob URL: the markup is never put
// into the page, so nothing in a document can run or restyle the app.
import { useEffect, useState } from 'react';

export function useSvgUrl(svg: string): string | null {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    const made = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
    setUrl(made);
    return () => URL.revokeObjectURL(made);
  }, [svg]);
  return url;
}

export function SvgImage({ svg, label, className }: { svg: string; label: string; className?: string }) {
  const url = useSvgUrl(svg);
  if (!url) return null;
  return <img className={className} src={url} alt={label} draggable={false} />;
}
