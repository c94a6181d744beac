// The Costs tab's "when each change takes effect": the ledger's date for every
// change that moves a figure, and what gave it (the transition's dated change
// or phase, the post's own ledger date, the ledger's change date).
import type { Ledger } from '../../shared/costs/ledger';
import { phasedPosts } from '../../shared/costs/report';

const CHANGE_WORDS = { removed: 'removed', added: 'added', kept: 'changed', slotted: 'holder slotted in' } as const;

export function PhasingTable({ ledger }: { ledger: Ledger }) {
  const posts = phasedPosts(ledger);
  if (!posts.length) return null;
  return (
    <table className="compare-table" aria-label="When each change takes effect">
      <caption>When each change takes effect{ledger.phasedBy ? ` (dates from ${ledger.phasedBy})` : ''}</caption>
      <thead>
        <tr>
          <th scope="col">Date</th>
          <th scope="col">Post</th>
          <th scope="col">Change</th>
          <th scope="col">Dated by</th>
        </tr>
      </thead>
      <tbody>
        {posts.map((p) => (
          <tr key={p.postId}>
            <td>{p.effectiveDate}</td>
            <th scope="row">{p.title}</th>
            <td>{CHANGE_WORDS[p.change]}</td>
            <td>{p.dateSource}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
