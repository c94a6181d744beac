// Skip links: the first Tab stops of the window, shown when focused, to the
// chart canvas, the inspector and the chart tabs.
import { focusCanvas } from '../canvas/keyboardNavigation';
import './a11y.css';

function go(event: React.MouseEvent, focus: () => boolean) {
  event.preventDefault();
  focus();
}

const focusSelector = (selector: string) => () => {
  const target = document.querySelector<HTMLElement>(selector);
  target?.focus();
  return !!target;
};

export function SkipLinks() {
  return (
    <nav className="skip-links" aria-label="Skip links">
      <a href="#structura-canvas" onClick={(e) => go(e, () => focusCanvas() || focusSelector('#structura-canvas')())}>
        Skip to the chart
      </a>
      <a href="#structura-inspector" onClick={(e) => go(e, focusSelector('#structura-inspector'))}>
        Skip to the inspector
      </a>
      <a href="#structura-chart-tabs" onClick={(e) => go(e, focusSelector('#structura-chart-tabs [role="tab"][aria-selected="true"]'))}>
        Skip to the chart tabs
      </a>
    </nav>
  );
}
