// Beside the lists: people at risk by employer with the s188 minimum
// consultation each needs, and the pools as N people for M posts, anyone in
// two pools flagged. The same figures as the consultation pack.
import { formatDate } from '../../../shared/format';
import { tagLabel } from '../../../shared/mapping/people';
import type { PersonInTwoPools, PoolSummary } from '../../../shared/mapping/pools';
import type { ConsultationDuty, RiskBreakdown } from '../../../shared/mapping/risk';
import { isPost } from '../../../shared/model/query';
import type { Chart, StructuraDocument } from '../../../shared/model/types';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function MappingFigures(props: {
  doc: StructuraDocument;
  risk: RiskBreakdown;
  duties: ConsultationDuty[];
  pools: PoolSummary[];
  twoPools: PersonInTwoPools[];
  option: Chart;
}) {
  const { doc, risk, duties, pools, twoPools } = props;
  const duty = (tagId: string) => duties.find((d) => (d.employerTagId ?? '') === tagId);
  const titleOf = (id: string) => {
    const n = props.option.nodes.find((x) => x.id === id);
    return n && isPost(n) ? n.title : id;
  };
  return (
    <div className="mapping-figures">
      <table className="compare-table">
        <caption>People at risk by employer</caption>
        <thead>
          <tr>
            <th scope="col">Employer</th>
            <th scope="col">Employed</th>
            <th scope="col">At risk</th>
            <th scope="col">s188 consultation</th>
          </tr>
        </thead>
        <tbody>
          {risk.byEmployer.map((g) => {
            const d = duty(g.key);
            return (
              <tr key={g.key}>
                <th scope="row">{tagLabel(doc, g.key || null)}</th>
                <td>{g.employed}</td>
                <td>{g.atRisk}</td>
                <td>
                  {!d || d.minimumDays === 0
                    ? 'No collective duty (under 20)'
                    : `${d.minimumDays} days minimum (${d.mostWithin90Days} within 90 days)${d.consultBy ? `, start by ${formatDate(d.consultBy)}` : ''}`}
                </td>
              </tr>
            );
          })}
          <tr className="total">
            <th scope="row">All</th>
            <td>{risk.totalEmployed}</td>
            <td>{risk.totalAtRisk}</td>
            <td />
          </tr>
        </tbody>
      </table>
      <h3>Ring-fenced pools</h3>
      {pools.length === 0 ? (
        <p className="field-hint">No pools.</p>
      ) : (
        <ul className="mapping-pools">
          {pools.map((p) => (
            <li key={p.pool.id}>
              <strong>{p.pool.name}</strong>: {plural(p.people, 'person', 'people')} for {plural(p.posts, 'post')} ({p.ratio})
              <span className="field-hint"> · competing for {p.pool.postIds.map(titleOf).join(', ')}</span>
            </li>
          ))}
        </ul>
      )}
      {twoPools.length > 0 && (
        <ul className="mapping-warnings" aria-label="People in two pools">
          {twoPools.map((p) => (
            <li key={p.who + p.postIds.join()}>
              ⚠ {p.who} is in {p.poolIds.length} pools ({p.poolIds.map((id) => pools.find((x) => x.pool.id === id)?.pool.name ?? id).join('; ')}): they must be
              told which, and cannot be selected out of both.
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
