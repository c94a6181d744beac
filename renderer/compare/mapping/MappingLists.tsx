// The two lists of the mapping view with the links between them. Rows have one
// height and both lists scroll together, so each link is drawn from row
// positions alone (no measuring), and stays readable at hundreds of posts:
// the selected post's links are drawn strong, the rest faint.
import { formatShare } from '../../../shared/format';
import { useState } from 'react';
import { FILL_LABELS, METHOD_LABELS, type MatrixRow, type NewPostFill } from '../../../shared/mapping/assimilation';
import { holderText, tagLabel } from '../../../shared/mapping/people';
import type { PoolSummary } from '../../../shared/mapping/pools';
import type { MappingMethod } from '../../../shared/model/transitionTypes';
import type { Chart, StructuraDocument } from '../../../shared/model/types';
import { tagColour } from '../../canvas/theme';
import { TAKES_TARGETS, type Draft } from './draft';
import { moveIndex, revealOption } from './listbox';

export const ROW_HEIGHT = 46;
const LINK_WIDTH = 120;
/** "Annex 5" where the chart has an annex number: the full title is in the panel's heading. */
const shortName = (chart: Chart) => (chart.annex ? `Annex ${chart.annex}` : chart.title);

/** Told apart by dash as well as colour, for print and for colour blindness. */
export const METHOD_STROKE: Record<MappingMethod, { colour: string; dash: string }> = {
  unchanged: { colour: '#4b5563', dash: '' },
  'slot-in': { colour: '#15803d', dash: '' },
  'ring-fence': { colour: '#b45309', dash: '6 3' },
  'open-competition': { colour: '#1d4ed8', dash: '2 3' },
  deleted: { colour: '#b91c1c', dash: '' },
  'moved-out': { colour: '#6d28d9', dash: '' },
};

/** What a row says of its mapping, in words (the visible text is also the option's accessible name). */
export function mappingSummary(row: MatrixRow): string {
  if (!row.method) return 'Unmapped';
  const where =
    row.method === 'ring-fence'
      ? row.pools.map((p) => p.name).join('; ')
      : row.method === 'moved-out'
        ? row.destination
        : row.method === 'unchanged'
          ? ''
          : row.targets.map((t) => t.title).join(', ');
  const match = row.match && row.match.toPostId === (row.targets[0]?.id ?? row.pools[0]?.postIds[0]) ? ` · ${formatShare(row.match.percent)}` : '';
  return `${row.source === 'suggested' ? 'Suggested: ' : ''}${METHOD_LABELS[row.method]}${where ? ` → ${where}` : ''}${match}`;
}

/** The option posts a row's links go to: its targets, or its pools' posts. */
function linkedPosts(row: MatrixRow): string[] {
  return row.method === 'ring-fence' ? [...new Set(row.pools.flatMap((p) => p.postIds))] : row.targets.map((t) => t.id);
}

export function MappingLists(props: {
  doc: StructuraDocument;
  from: Chart;
  to: Chart;
  rows: MatrixRow[];
  total: number;
  fills: NewPostFill[];
  pools: PoolSummary[];
  twoPoolPostIds: ReadonlySet<string>;
  selectedId: string | null;
  draft: Draft | null;
  onSelect: (postId: string) => void;
  onToggleTarget: (postId: string) => void;
}) {
  const { doc, rows, fills, selectedId, draft } = props;
  const [activeTarget, setActiveTarget] = useState<string | null>(null);
  const selectedIndex = rows.findIndex((r) => r.post.id === selectedId);
  const targetIndex = fills.findIndex((f) => f.post.id === activeTarget);
  const optionRow = new Map(fills.map((f, i) => [f.post.id, i]));
  const takes = draft?.method ? TAKES_TARGETS[draft.method] : 'none';
  const picked = new Set(draft ? (draft.method === 'unchanged' ? [draft.postId] : draft.targets) : []);
  const height = Math.max(rows.length, fills.length, 1) * ROW_HEIGHT;
  const fromId = (i: number) => `mapping-from-${i}`;
  const toId = (i: number) => `mapping-to-${i}`;

  const onFromKey = (event: React.KeyboardEvent) => {
    const next = moveIndex(event.key, selectedIndex, rows.length);
    const row = next === null ? undefined : rows[next];
    if (next === null || !row) return;
    event.preventDefault();
    props.onSelect(row.post.id);
    revealOption(fromId(next));
  };
  const onToKey = (event: React.KeyboardEvent) => {
    if ((event.key === ' ' || event.key === 'Enter') && activeTarget) {
      event.preventDefault();
      props.onToggleTarget(activeTarget);
      return;
    }
    const next = moveIndex(event.key, targetIndex, fills.length);
    const fill = next === null ? undefined : fills[next];
    if (next === null || !fill) return;
    event.preventDefault();
    setActiveTarget(fill.post.id);
    revealOption(toId(next));
  };

  const links = rows.flatMap((row, i) => {
    const { method } = row;
    if (!method) return [];
    return linkedPosts(row).flatMap((target) => {
      const j = optionRow.get(target);
      return j === undefined
        ? []
        : [{ key: `${row.post.id}>${target}`, i, j, method, suggested: row.source === 'suggested', strong: row.post.id === selectedId }];
    });
  });
  // The selected post's links as the draft has them (what Save would write), drawn over the rest.
  const draftMethod = draft?.method;
  const draftLinks =
    draftMethod && selectedIndex >= 0
      ? [...picked].flatMap((target) => {
          const j = optionRow.get(target);
          return j === undefined ? [] : [{ key: `draft>${target}`, i: selectedIndex, j, method: draftMethod }];
        })
      : [];
  const [firstRow] = rows;
  const [firstFill] = fills;
  const y = (index: number) => index * ROW_HEIGHT + ROW_HEIGHT / 2;
  const path = (i: number, j: number) => `M0 ${y(i)} C${LINK_WIDTH / 2} ${y(i)} ${LINK_WIDTH / 2} ${y(j)} ${LINK_WIDTH} ${y(j)}`;

  return (
    <div className="mapping-lists">
      <div className="mapping-heads">
        <h3 id="mapping-from-head">
          Baseline posts, {shortName(props.from)} ({rows.length === props.total ? rows.length : `${rows.length} of ${props.total}`})
        </h3>
        <span aria-hidden="true" />
        <h3 id="mapping-to-head">
          Option posts, {shortName(props.to)} ({fills.length})
        </h3>
      </div>
      <div className="mapping-scroll">
        <div className="mapping-grid" style={{ gridTemplateColumns: `minmax(0, 1fr) ${LINK_WIDTH}px minmax(0, 1fr)` }}>
          <div
            role="listbox"
            tabIndex={0}
            aria-labelledby="mapping-from-head"
            aria-activedescendant={selectedIndex >= 0 ? fromId(selectedIndex) : undefined}
            className="mapping-listbox"
            onKeyDown={onFromKey}
            onFocus={() => selectedIndex < 0 && firstRow && props.onSelect(firstRow.post.id)}
          >
            {rows.length === 0 && <div className="mapping-empty">No baseline post matches the filters.</div>}
            {rows.map((row, i) => (
              <div
                key={row.post.id}
                id={fromId(i)}
                role="option"
                aria-selected={row.post.id === selectedId}
                className={`mapping-option source-${row.source}${row.post.id === selectedId ? ' current' : ''}`}
                style={{ height: ROW_HEIGHT, borderLeftColor: tagColour(doc.tags, row.employerTagId) }}
                onClick={() => props.onSelect(row.post.id)}
              >
                <span className="mapping-line1">
                  <span className="mapping-post">{row.post.title}</span>
                  <span className="mapping-tag">{tagLabel(doc, row.employerTagId)}</span>
                </span>
                <span className="mapping-line2">
                  {holderText(row.post)} · <span className={`mapping-method method-${row.method ?? 'none'}`}>{mappingSummary(row)}</span>
                  {props.twoPoolPostIds.has(row.post.id) && <span className="mapping-flag"> · in two pools</span>}
                </span>
              </div>
            ))}
          </div>
          <svg className="mapping-links" width={LINK_WIDTH} height={height} aria-hidden="true">
            {links.map((l) => (
              <path
                key={l.key}
                d={path(l.i, l.j)}
                fill="none"
                stroke={METHOD_STROKE[l.method].colour}
                strokeDasharray={l.suggested ? '1 3' : METHOD_STROKE[l.method].dash}
                strokeWidth={l.strong ? 2.5 : 1.2}
                opacity={selectedId === null || l.strong ? 0.9 : 0.45}
              />
            ))}
            {draftLinks.map((l) => (
              <path key={l.key} d={path(l.i, l.j)} fill="none" stroke="#111827" strokeWidth={3} strokeDasharray={METHOD_STROKE[l.method].dash} />
            ))}
          </svg>
          <div
            role="listbox"
            tabIndex={0}
            aria-labelledby="mapping-to-head"
            aria-multiselectable={takes === 'many' ? true : undefined}
            aria-disabled={takes === 'none' ? true : undefined}
            aria-describedby="mapping-to-hint"
            aria-activedescendant={targetIndex >= 0 ? toId(targetIndex) : undefined}
            className="mapping-listbox"
            onKeyDown={onToKey}
            onFocus={() => targetIndex < 0 && firstFill && setActiveTarget(firstFill.post.id)}
          >
            {fills.map((fill, i) => (
              <div
                key={fill.post.id}
                id={toId(i)}
                role="option"
                aria-selected={picked.has(fill.post.id)}
                className={`mapping-option${fill.post.id === activeTarget ? ' current' : ''}${picked.has(fill.post.id) ? ' picked' : ''}`}
                style={{ height: ROW_HEIGHT, borderLeftColor: tagColour(doc.tags, fill.post.tagId) }}
                onClick={() => {
                  setActiveTarget(fill.post.id);
                  props.onToggleTarget(fill.post.id);
                }}
              >
                <span className="mapping-line1">
                  <span className="mapping-post">{fill.post.title}</span>
                  <span className="mapping-tag">{tagLabel(doc, fill.post.tagId)}</span>
                </span>
                <span className="mapping-line2">
                  {FILL_LABELS[fill.fill]}
                  {fill.fromPostIds.length > 0 && ` · from ${fill.fromPostIds.length} post${fill.fromPostIds.length === 1 ? '' : 's'}`}
                </span>
              </div>
            ))}
          </div>
        </div>
      </div>
      <p id="mapping-to-hint" className="field-hint mapping-hint">
        {!draft
          ? 'Pick a baseline post first; its new post(s) are then picked here with Space or a click.'
          : takes === 'none'
            ? `${draft.method ? METHOD_LABELS[draft.method] : 'This method'} names no new post to pick.`
            : takes === 'one'
              ? 'Space or a click picks the one post it is slotted into.'
              : 'Space or a click picks or unpicks each post competed for.'}
      </p>
    </div>
  );
}
