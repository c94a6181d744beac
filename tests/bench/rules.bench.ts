// The rule checks run on every edit, so they must keep up with typing at the
// size of a real department: all rules on a 10,000-post chart after an edit.
import { updateNode } from '../../shared/model/commands';
import { checkChart } from '../../shared/rules/check';
import { defaultRuleSettings, LOCAL_GOVERNMENT_ROLES, NHS_BODY_ROLES, ROLE } from '../../shared/rules/defaults';
import { generateDocument, median, warmUp } from './generate';
import { defined } from '../support/defined';

export default async function () {
  for (const posts of [1_000, 10_000]) {
    const base = generateDocument(posts);
    const doc = {
      ...base,
      rules: {
        ...defaultRuleSettings(),
        organisations: [
          { tagId: 'a', requiredRoles: [...LOCAL_GOVERNMENT_ROLES] },
          { tagId: 'b', requiredRoles: [...NHS_BODY_ROLES] },
        ],
        designations: [
          { postId: 'p0', roleId: ROLE.headOfPaidService, tagId: 'a', chartId: null, inferred: null },
          { postId: 'p3', roleId: ROLE.chiefFinanceOfficer, tagId: 'a', chartId: null, inferred: null },
          { postId: 'p1', roleId: ROLE.accountableOfficer, tagId: 'b', chartId: null, inferred: null },
        ],
      },
    };
    const chartId = defined(doc.charts[0], 'doc.charts[0]').id;
    // Each run checks a document one edit newer, as the Checks panel does.
    const edited = Array.from({ length: 40 }, (_, k) => updateNode(doc, chartId, `p${(k * 37) % posts}`, { title: `Edited title ${k}` }));
    warmUp((k) =>
      checkChart(
        defined(edited[k % edited.length], 'edited[k % edited.length]'),
        defined(defined(edited[k % edited.length], 'edited[k % edited.length]').charts[0], 'edited[k % edited.length].charts[0]'),
      ),
    );
    const times: number[] = [];
    let findings = 0;
    for (let k = 0; k < 25; k++) {
      const d = defined(edited[k % edited.length], 'edited[k % edited.length]');
      const start = performance.now();
      findings = checkChart(d, defined(d.charts[0], 'd.charts[0]')).findings.length;
      times.push(performance.now() - start);
    }
    console.log(
      `rule checks, ${posts.toLocaleString('en-GB')} posts after an edit: median ${median(times).toFixed(1)} ms, range ${Math.min(...times).toFixed(1)}–${Math.max(...times).toFixed(1)} ms, ${findings} findings${posts === 10_000 ? ' (target < 20 ms)' : ''}`,
    );
  }
}
