// The compare view's Costs tab: the savings ledger between the two charts as a
// table and a waterfall per partner, with its inputs editable in place. Every
// edit is a command through the store, so it can be undone.
import { must } from '../../shared/must';
import { useMemo, useState } from 'react';
import { updateCostSettings, updateEmployerCosts, updatePostCostInputs } from '../../shared/costs/commands';
import { costSettingsOf } from '../../shared/costs/defaults';
import { YEAR_ROWS } from '../../shared/costs/report';
import { formatCount, formatMoney, formatShare } from '../../shared/format';
import { savingsReport } from '../../shared/costs/savings';
import { WATERFALL_COLOURS, waterfallBars } from '../../shared/costs/waterfall';
import type { Ledger } from '../../shared/costs/ledger';
import { LIMITS } from '../../shared/model/limits';
import type { StructuraDocument } from '../../shared/model/types';
import { useEditor } from '../store';
import { PhasingTable } from './PhasingTable';

/**
 * A number the cost commands check against the document's limits (shared/model/limits.ts): the range shows on
 * the field (its tooltip and the browser's own min/max) before it is reached; a value past it is refused by the
 * command with the loader's message, and the field goes back to the document's value.
 */
function NumberField({
  label,
  value,
  onCommit,
  step = 'any',
  width = 6,
  min = 0,
  max,
}: {
  label: string;
  value: number | null;
  onCommit: (v: number | null) => void;
  step?: string;
  width?: number;
  min?: number;
  max: number;
}) {
  const [draft, setDraft] = useState<string | null>(null);
  const commit = () => {
    if (draft === null) return;
    const text = draft.trim();
    setDraft(null);
    if (text === '') return onCommit(null);
    const v = Number(text);
    if (Number.isFinite(v)) onCommit(v);
  };
  return (
    <input
      aria-label={label}
      type="number"
      step={step}
      min={min}
      max={max}
      title={`${formatCount(min)} to ${formatCount(max)}`}
      style={{ width: `${width}em` }}
      value={draft ?? (value === null ? '' : String(value))}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => e.key === 'Enter' && commit()}
    />
  );
}

function DateField({ label, value, onCommit }: { label: string; value: string; onCommit: (v: string) => void }) {
  return <input aria-label={label} type="date" value={value} onChange={(e) => onCommit(e.target.value)} />;
}

function Waterfall({ ledger, id, label }: { ledger: Ledger; id: string; label: string }) {
  const w = id === 'total' ? ledger.waterfall.total : must(ledger.waterfall[id], `the waterfall of ${id}`);
  const bars = waterfallBars(w, 300, 110);
  return (
    <figure className="costs-waterfall">
      <figcaption>
        {label}: {formatMoney(w.baseline)} → {formatMoney(w.option)}
      </figcaption>
      <svg viewBox="0 -14 300 140" role="img" aria-label={`Waterfall of recurring cost, ${label}`}>
        {bars.map((b) => (
          <g key={b.label}>
            <rect x={b.x} y={b.y} width={b.width} height={b.height} fill={WATERFALL_COLOURS[b.kind]} />
            <text x={b.x + b.width / 2} y={b.y - 3} fontSize="8" textAnchor="middle">
              {b.kind === 'total' ? formatMoney(b.value) : `${b.value > 0 ? '+' : ''}${formatMoney(b.value)}`}
            </text>
            <text x={b.x + b.width / 2} y={122} fontSize="8" textAnchor="middle" fill="#4b5563">
              {b.label.replace(' posts', '')}
            </text>
          </g>
        ))}
        <line x1="0" x2="300" y1="110" y2="110" stroke="#9ca3af" strokeWidth="0.5" />
      </svg>
    </figure>
  );
}

export function CostsPanel({ doc, fromId, toId }: { doc: StructuraDocument; fromId: string; toId: string }) {
  const apply = useEditor((s) => s.apply);
  const result = useMemo(() => {
    try {
      return { report: savingsReport(doc, fromId, toId), error: null };
    } catch (error) {
      return { report: null, error: (error as Error).message };
    }
  }, [doc, fromId, toId]);
  if (!result.report)
    return (
      <div className="notice notice-error" role="alert">
        {result.error}
      </div>
    );
  const { withOnCosts: l, payOnly } = result.report;
  const settings = costSettingsOf(doc);
  const partners = [...l.partners, { tagId: 'total', label: 'Total' }];
  const get = (r: Record<string, number> & { total: number }, id: string) => (id === 'total' ? r.total : (r[id] ?? 0));
  const tagLabel = (id: string) => doc.tags.find((t) => t.id === id)?.label ?? id;
  const [splitFirst, splitSecond, ...splitMore] = settings.defaultSplit;
  const removed = l.posts.filter((p) => p.change === 'removed');
  const input = (postId: string) => settings.posts.find((p) => p.postId === postId);

  return (
    <div className="costs-panel" role="region" aria-label="Costs">
      <h3>
        Savings: {l.fromTitle} → {l.toTitle} {l.illustrative && <span className="badge">illustrative</span>}
      </h3>
      <table className="compare-table" aria-label="Recurring cost by who pays">
        <caption>Full-year recurring cost by who pays, with on-costs (pay only beside)</caption>
        <thead>
          <tr>
            <th scope="col">Who pays</th>
            <th scope="col">Baseline</th>
            <th scope="col">Option</th>
            <th scope="col">Saving a year</th>
            <th scope="col">Pay only</th>
            <th scope="col">Agreed split</th>
            <th scope="col">Payback</th>
          </tr>
        </thead>
        <tbody>
          {partners.map((p) => {
            const payback = p.tagId === 'total' ? l.paybackYear : l.paybackYearByPartner[p.tagId];
            return (
              <tr key={p.tagId} className={p.tagId === 'total' ? 'total' : ''}>
                <th scope="row">{p.label}</th>
                <td>{formatMoney(get(l.baseline, p.tagId))}</td>
                <td>{formatMoney(get(l.option, p.tagId))}</td>
                <td>{formatMoney(get(l.baseline, p.tagId) - get(l.option, p.tagId))}</td>
                <td>{formatMoney(get(payOnly.baseline, p.tagId) - get(payOnly.option, p.tagId))}</td>
                <td>{formatMoney(p.tagId === 'total' ? l.baseline.total - l.option.total : (l.savingByAgreedSplit[p.tagId] ?? 0))}</td>
                <td>{payback ? `year ${payback}` : 'none'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div className="costs-waterfalls">
        {partners.map((p) => (
          <Waterfall key={p.tagId} ledger={l} id={p.tagId} label={p.label} />
        ))}
      </div>
      <table className="compare-table" aria-label="Ledger by year">
        <caption>Ledger by year, all partners (with on-costs)</caption>
        <thead>
          <tr>
            <th scope="col" />
            {l.years.map((y) => (
              <th scope="col" key={y.start}>
                {y.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {YEAR_ROWS.map((r) => (
            <tr key={r.key} className={r.key === 'cumulative' ? 'total' : ''}>
              <th scope="row">{r.label}</th>
              {l.years.map((y) => (
                <td key={y.start}>{formatMoney(y.total[r.key])}</td>
              ))}
            </tr>
          ))}
          {l.partners.map((p) => (
            <tr key={p.tagId}>
              <th scope="row">{p.label}: cumulative</th>
              {l.years.map((y) => (
                <td key={y.start}>{formatMoney(y.byPartner[p.tagId]?.cumulative ?? 0)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>

      <PhasingTable ledger={l} />

      <h3>Inputs</h3>
      <div className="costs-inputs">
        <label>
          Start <DateField label="Ledger start date" value={settings.startDate} onCommit={(v) => apply((d) => updateCostSettings(d, { startDate: v }))} />
        </label>{' '}
        <label>
          Years{' '}
          <NumberField
            label="Years"
            step="1"
            width={4}
            min={1}
            max={LIMITS.ledgerYears}
            value={settings.years}
            onCommit={(v) => v !== null && apply((d) => updateCostSettings(d, { years: v }))}
          />
        </label>{' '}
        <label>
          {l.phasedBy ? 'Changes the transition does not date take effect' : 'Changes take effect'}{' '}
          <DateField label="Change date" value={settings.changeDate} onCommit={(v) => apply((d) => updateCostSettings(d, { changeDate: v }))} />
        </label>
        {splitFirst && splitSecond && !splitMore.length && (
          <label>
            {' '}
            Default split: {tagLabel(splitFirst.tagId)} %{' '}
            <NumberField
              label={`Default split, ${tagLabel(splitFirst.tagId)} per cent`}
              width={4}
              max={100}
              value={splitFirst.percent}
              onCommit={(v) =>
                v !== null &&
                apply((d) =>
                  updateCostSettings(d, {
                    defaultSplit: [
                      { tagId: splitFirst.tagId, percent: v },
                      { tagId: splitSecond.tagId, percent: 100 - v },
                    ],
                  }),
                )
              }
            />{' '}
            / {tagLabel(splitSecond.tagId)} {formatShare(100 - splitFirst.percent)}
          </label>
        )}
      </div>
      <table className="compare-table" aria-label="Employer on-costs">
        <caption>Employer on-costs and policies (fractions: 0.15 = 15 %)</caption>
        <thead>
          <tr>
            <th scope="col">Employer</th>
            <th scope="col">NI rate</th>
            <th scope="col">NI threshold £</th>
            <th scope="col">Pension</th>
            <th scope="col">Levy</th>
            <th scope="col">Protection (years)</th>
            <th scope="col">Rates from</th>
          </tr>
        </thead>
        <tbody>
          {settings.employers.map((e) => {
            const set = (patch: Parameters<typeof updateEmployerCosts>[2]) => apply((d) => updateEmployerCosts(d, e.tagId, patch));
            const label = tagLabel(e.tagId);
            return (
              <tr key={e.tagId}>
                <th scope="row" title={e.source}>
                  {label}
                  {e.illustrative ? ' (illustrative)' : ''}
                </th>
                <td>
                  <NumberField label={`${label} NI rate`} max={LIMITS.rate} value={e.niRate} onCommit={(v) => v !== null && set({ niRate: v })} />
                </td>
                <td>
                  <NumberField
                    label={`${label} NI threshold`}
                    max={LIMITS.money}
                    value={e.niThreshold}
                    onCommit={(v) => v !== null && set({ niThreshold: v })}
                  />
                </td>
                <td>
                  <NumberField
                    label={`${label} pension rate`}
                    max={LIMITS.rate}
                    value={e.pensionRate}
                    onCommit={(v) => v !== null && set({ pensionRate: v })}
                  />
                </td>
                <td>
                  <NumberField label={`${label} levy`} max={LIMITS.rate} value={e.levyRate} onCommit={(v) => v !== null && set({ levyRate: v })} />
                </td>
                <td>
                  <NumberField
                    label={`${label} protection years`}
                    max={LIMITS.protectionYears}
                    width={4}
                    value={e.protectionYears}
                    onCommit={(v) => v !== null && set({ protectionYears: v })}
                  />
                </td>
                <td>
                  <DateField label={`${label} rates date`} value={e.ratesDate} onCommit={(v) => set({ ratesDate: v })} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {removed.length > 0 && (
        <table className="compare-table" aria-label="Exit inputs">
          <caption>Removed posts: exit inputs (estimates unless from HR records)</caption>
          <thead>
            <tr>
              <th scope="col">Post</th>
              <th scope="col">Age</th>
              <th scope="col">Years of service</th>
              <th scope="col">Leaves on</th>
              <th scope="col">Redundancy</th>
              <th scope="col">Pension strain</th>
            </tr>
          </thead>
          <tbody>
            {removed.map((p) => {
              const i = input(p.postId);
              const set = (patch: Parameters<typeof updatePostCostInputs>[2]) => apply((d) => updatePostCostInputs(d, p.postId, patch));
              return (
                <tr key={p.postId}>
                  <th scope="row">
                    {p.title}
                    {p.ruleSet ? ` (${p.ruleSet})` : ''}
                  </th>
                  <td>
                    <NumberField
                      label={`${p.title} age`}
                      min={LIMITS.minAge}
                      max={LIMITS.maxAge}
                      width={4}
                      value={i?.age ?? null}
                      onCommit={(v) => set({ age: v })}
                    />
                  </td>
                  <td>
                    <NumberField
                      label={`${p.title} years of service`}
                      max={LIMITS.yearsOfService}
                      width={4}
                      value={i?.yearsOfService ?? null}
                      onCommit={(v) => set({ yearsOfService: v })}
                    />
                  </td>
                  <td>
                    <DateField label={`${p.title} leaves on`} value={i?.effectiveDate ?? ''} onCommit={(v) => set({ effectiveDate: v })} />
                  </td>
                  <td>
                    {formatMoney(p.redundancy)}
                    {p.estimate ? ' (estimate)' : ''}
                  </td>
                  <td>{formatMoney(p.pensionStrain)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {l.notes.length > 0 && (
        <ul className="field-hint">
          {l.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
