// A searchable choice among a chart's boxes (the WAI-ARIA 1.2 combobox with a
// listbox popup). Charts run to tens of thousands of posts, so the choices are
// only gathered when the list opens, and the list draws only the rows in view:
// the page holds about twenty options whatever the size of the chart.
import { useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';

export interface ComboOption {
  /** null: the choice of none (e.g. no line manager). */
  value: string | null;
  label: string;
  /** Told in smaller type after the label, to tell apart posts of the same title. */
  detail?: string;
  /** Matched by the search as the label is (the detail is not), not shown. */
  keywords?: string;
}

const ROW_HEIGHT = 30;
const ROWS_SHOWN = 8;
/** Rows drawn above and below those in view, so a fast scroll shows no gap. */
const OVERSCAN = 4;

export interface NodeComboboxProps {
  label: string;
  /** The current choice's text, shown in the field while the list is closed. */
  valueLabel: string;
  /** The options, gathered when the list opens (never on a plain render). */
  options: () => ComboOption[];
  onPick: (value: string | null) => void;
  placeholder?: string;
}

/** Options whose label or keywords contain every word typed (in chart order). */
export function filterOptions(options: readonly ComboOption[], query: string): ComboOption[] {
  const words = query.toLocaleLowerCase('en-GB').split(/\s+/).filter(Boolean);
  if (words.length === 0) return options.slice();
  return options.filter((o) => {
    const text = `${o.label} ${o.keywords ?? ''}`.toLocaleLowerCase('en-GB');
    return words.every((w) => text.includes(w));
  });
}

export function NodeCombobox({ label, valueLabel, options, onPick, placeholder }: NodeComboboxProps) {
  const id = useId();
  const inputId = `${id}-input`;
  const labelId = `${id}-label`;
  const listId = `${id}-list`;
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState<string | null>(null);
  const [all, setAll] = useState<ComboOption[] | null>(null);
  const [active, setActive] = useState(0);
  const [scrollTop, setScrollTop] = useState(0);
  const listRef = useRef<HTMLDivElement>(null);

  const shown = useMemo(() => (open && all ? filterOptions(all, query ?? '') : []), [open, all, query]);

  const openList = () => {
    if (open) return;
    setAll(options());
    setOpen(true);
    setActive(0);
    setScrollTop(0);
  };
  const close = () => {
    setOpen(false);
    setQuery(null);
    setAll(null);
  };
  const pick = (option: ComboOption | undefined) => {
    if (!option) return;
    close();
    onPick(option.value);
  };
  const moveTo = (index: number) => {
    if (shown.length === 0) return;
    setActive(Math.max(0, Math.min(shown.length - 1, index)));
  };

  // Keep the active option in view (and so in the page: aria-activedescendant must name a drawn option).
  useLayoutEffect(() => {
    if (!open) return;
    const top = active * ROW_HEIGHT;
    let next = scrollTop;
    if (top < scrollTop) next = top;
    else if (top + ROW_HEIGHT > scrollTop + ROWS_SHOWN * ROW_HEIGHT) next = top + ROW_HEIGHT - ROWS_SHOWN * ROW_HEIGHT;
    if (next !== scrollTop) {
      setScrollTop(next);
      if (listRef.current) listRef.current.scrollTop = next;
    }
  }, [active, open]); // eslint-disable-line react-hooks/exhaustive-deps

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault();
        if (!open) openList();
        else if (!e.altKey) moveTo(active + 1);
        break;
      case 'ArrowUp':
        e.preventDefault();
        if (!open) openList();
        else moveTo(active - 1);
        break;
      case 'PageDown':
        if (open) {
          e.preventDefault();
          moveTo(active + ROWS_SHOWN);
        }
        break;
      case 'PageUp':
        if (open) {
          e.preventDefault();
          moveTo(active - ROWS_SHOWN);
        }
        break;
      case 'Enter':
        if (open) {
          e.preventDefault();
          pick(shown[active]);
        }
        break;
      case 'Escape':
        if (open || query !== null) {
          e.preventDefault();
          e.stopPropagation();
          close();
        }
        break;
    }
  };

  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(shown.length, Math.ceil((scrollTop + ROWS_SHOWN * ROW_HEIGHT) / ROW_HEIGHT) + OVERSCAN);
  const activeOption = open && active < shown.length ? `${id}-option-${active}` : undefined;

  return (
    <div className="field combobox">
      <label id={labelId} htmlFor={inputId}>
        {label}
      </label>
      <input
        id={inputId}
        role="combobox"
        type="text"
        autoComplete="off"
        spellCheck={false}
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={activeOption}
        placeholder={placeholder}
        value={query ?? valueLabel}
        onChange={(e) => {
          openList();
          setQuery(e.target.value);
          setActive(0);
          setScrollTop(0);
          if (listRef.current) listRef.current.scrollTop = 0;
        }}
        onFocus={(e) => e.currentTarget.select()}
        onClick={openList}
        onBlur={close}
        onKeyDown={onKeyDown}
      />
      <div
        ref={listRef}
        className="combobox-popup"
        hidden={!open}
        style={{ maxHeight: ROWS_SHOWN * ROW_HEIGHT }}
        onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
      >
        <div id={listId} role="listbox" aria-labelledby={labelId} style={{ height: shown.length * ROW_HEIGHT }}>
          {shown.slice(first, last).map((option, k) => {
            const index = first + k;
            return (
              <div
                key={`${index}:${option.value ?? ''}`}
                id={`${id}-option-${index}`}
                role="option"
                aria-selected={index === active}
                aria-setsize={shown.length}
                aria-posinset={index + 1}
                className={index === active ? 'combobox-option active' : 'combobox-option'}
                style={{ top: index * ROW_HEIGHT, height: ROW_HEIGHT }}
                // Pressing keeps the focus in the field, so the blur does not close the list before the click.
                onMouseDown={(e) => e.preventDefault()}
                onMouseMove={() => index !== active && setActive(index)}
                onClick={() => pick(option)}
              >
                <span className="combobox-label">{option.label}</span>
                {option.detail && <span className="combobox-detail">{option.detail}</span>}
              </div>
            );
          })}
        </div>
        {open && shown.length === 0 && <div className="combobox-empty">Nothing matches “{query}”</div>}
      </div>
    </div>
  );
}
