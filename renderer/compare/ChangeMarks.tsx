// A box's change marks in the compare view: an outline in the first mark's
// colour and shape round the box, and a chip per mark with its symbol and name,
// all from CHANGE_MARK_STYLE (so what the tests check is what is drawn).
import type { ChangeMark } from '../../shared/compare/compare';
import { CHANGE_MARK_ORDER, CHANGE_MARK_STYLE, MARK_TEXT } from '../../shared/compare/markStyle';

const isMark = (m: string): m is ChangeMark => m in CHANGE_MARK_STYLE;

export function ChangeMarks({ marks }: { marks: readonly string[] }) {
  const shown = CHANGE_MARK_ORDER.filter((m) => marks.includes(m));
  const [firstMark] = shown;
  if (!firstMark) return null;
  const first = CHANGE_MARK_STYLE[firstMark];
  return (
    <>
      <span className="mark-outline" aria-hidden="true" style={{ borderStyle: first.outline, borderColor: first.colour }} />
      <span className="box-marks" aria-label={`Changes: ${shown.join(', ')}`}>
        {shown.map((m) => (
          <MarkChip key={m} mark={m} short />
        ))}
      </span>
    </>
  );
}

/** One mark's chip: its symbol and name on its colour; `short` drops the explanation in brackets. */
export function MarkChip({ mark, short = false }: { mark: string; short?: boolean }) {
  if (!isMark(mark)) return null;
  const style = CHANGE_MARK_STYLE[mark];
  return (
    <span className={`mark-chip mark-chip-${mark}`} style={{ background: style.colour, color: MARK_TEXT, borderStyle: style.outline }}>
      <span aria-hidden="true">{style.symbol}</span> {short ? style.label.replace(/ \(.*\)$/, '') : style.label}
    </span>
  );
}
