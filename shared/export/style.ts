// The visual vocabulary of a chart, shared by the canvas and the exports so a
// chart looks the same in the app, the SVG and the PDF.
import type { LineKind, OrgTag } from '../model/types';

export const NEUTRAL = {
  text: '#1f2937',
  muted: '#6b7280',
  outline: '#9ca3af',
  bodyOutline: '#374151',
  paper: '#ffffff',
  boxFill: '#ffffff',
  bodyFill: '#f3f4f6',
  inferredLine: '#9ca3af',
} as const;

export const UNTAGGED_COLOUR = '#6b7280';

export const LINE_STYLE: Record<LineKind, { label: string; description: string; dash: number[]; arrow: boolean; colour: string; width: number }> = {
  management: { label: 'Line management', description: 'solid', dash: [], arrow: false, colour: '#374151', width: 1.4 },
  accountability: { label: 'Accountability / professional line', description: 'dashed', dash: [6, 4], arrow: false, colour: '#374151', width: 1.2 },
  commissions: { label: 'Commissions', description: 'arrowed', dash: [], arrow: true, colour: '#374151', width: 1.3 },
};

export function tagColour(tags: readonly OrgTag[], tagId: string | null): string {
  return (tagId && tags.find((t) => t.id === tagId)?.colour) || UNTAGGED_COLOUR;
}

/** Dark text on light colours, white on dark ones (WCAG relative luminance). */
export function textOnColour(hex: string): string {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
  return luminance > 0.35 ? '#111827' : '#ffffff';
}
