import { configure } from '@testing-library/react';

// React Flow needs browser APIs jsdom lacks: without these stand-ins nodes are
// never measured and edges never render.
class ResizeObserverStandIn {
  constructor(private readonly callback: ResizeObserverCallback) {}
  observe(target: Element) {
    this.callback([{ target, contentRect: target.getBoundingClientRect() } as ResizeObserverEntry], this as unknown as ResizeObserver);
  }
  unobserve() {}
  disconnect() {}
}

class DOMMatrixReadOnlyStandIn {
  m22: number;
  constructor(transform?: string) {
    const scale = transform?.match(/scale\(([1-9.])\)/)?.[1];
    this.m22 = scale !== undefined ? Number(scale) : 1;
  }
}

globalThis.ResizeObserver = ResizeObserverStandIn as unknown as typeof ResizeObserver;
globalThis.DOMMatrixReadOnly = DOMMatrixReadOnlyStandIn as unknown as typeof DOMMatrixReadOnly;

// Configurable, so a test can give the canvas a window-sized pane.
Object.defineProperties(globalThis.HTMLElement.prototype, {
  offsetHeight: {
    configurable: true,
    get() {
      return parseFloat(this.style.height) || 100;
    },
  },
  offsetWidth: {
    configurable: true,
    get() {
      return parseFloat(this.style.width) || 200;
    },
  },
});
(globalThis.SVGElement.prototype as unknown as { getBBox: () => DOMRect }).getBBox = () => ({ x: 0, y: 0, width: 0, height: 0 }) as DOMRect;
globalThis.URL.createObjectURL ??= () => 'blob:stand-in';
globalThis.URL.revokeObjectURL ??= () => {};

// waitFor and findBy* wait for real work (a PDF written, a preview drawn) whose
// time depends on how busy the machine is; a passing check returns at once, so a
// long ceiling only spares a loaded CI from failing what is not wrong.
configure({ asyncUtilTimeout: 15_000 });
