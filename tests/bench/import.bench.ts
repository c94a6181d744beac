// Import plus layout of a generated organogram of the largest published size
// (650 senior posts, 12,700 junior rows) and of a 10,000-post senior file.
import { importOrganogram } from '../../shared/io/organogram';

function organogram(senior: number, junior: number): { senior: string; junior: string } {
  const s = [
    'Post Unique Reference,Name,Grade (or equivalent),Job Title,Organisation,Unit,Reports to Senior Post,FTE,Actual Pay Floor (£),Actual Pay Ceiling (£)',
  ];
  for (let i = 0; i < senior; i++)
    s.push(`P${i},Person ${i},SCS1,"Deputy Director, Team ${i}",Department,Unit ${i % 40},${i === 0 ? 'XX' : `P${Math.floor((i - 1) / 6)}`},1,70000,89999`);
  const j = [
    'Parent Department,Organisation,Unit,Reporting Senior Post,Grade,Payscale Minimum (£),Payscale Maximum (£),Generic Job Title,Number of Posts in FTE,Professional/Occupational Group',
  ];
  for (let i = 0; i < junior; i++) j.push(`Dept,Department,Unit ${i % 40},P${i % senior},G7,50000,60000,Policy Adviser,${(1 + (i % 30)).toFixed(1)},Policy`);
  return { senior: s.join('\r\n'), junior: j.join('\r\n') };
}

export default async function () {
  const large = organogram(650, 12_700);
  let start = performance.now();
  const result = importOrganogram({ senior: { name: 's.csv', text: large.senior }, junior: { name: 'j.csv', text: large.junior } });
  console.log(
    `import + layout, 650 senior posts and 12,700 junior rows (${result.report.juniorFte.toLocaleString('en-GB')} FTE): ${(performance.now() - start).toFixed(0)} ms (target < 1 s)`,
  );
  const huge = organogram(10_000, 0);
  start = performance.now();
  importOrganogram({ senior: { name: 's.csv', text: huge.senior } });
  console.log(`import + layout, 10,000 senior posts: ${(performance.now() - start).toFixed(0)} ms (target < 2 s)`);
}
