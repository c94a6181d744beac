// The system's reduced-motion setting: fit, zoom and reveal jump instead of animating.

export function prefersReducedMotion(): boolean {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** An animation length, or 0 when the user asked the system for less motion. */
export function motion(duration: number): number {
  return prefersReducedMotion() ? 0 : duration;
}
