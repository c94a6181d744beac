// `structura savings` on the sample (Annex 5 → Annex 1) and on bad arguments.
import { describe, expect, it } from 'vitest';
import { runCli } from '../../support/cliHarness';

describe('structura savings', () => {
  it('JSON gives per partner and per post pay-only and with-on-costs figures side by side, summing to the totals', async () => {
    const run = await runCli(['savings', 'sample', '--from', '5', '--to', '1', '--years', '3', '--format', 'json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json.years).toBe(3);
    expect(json.illustrative).toBe(true);
    const byId = Object.fromEntries(json.partners.map((p: { tagId: string }) => [p.tagId, p]));
    expect(Object.keys(byId)).toEqual(['pct', 'council', 'total']);
    for (const basis of ['payOnly', 'withOnCosts'] as const) {
      expect(byId.pct[basis].baseline + byId.council[basis].baseline).toBeCloseTo(byId.total[basis].baseline, 1);
      expect(byId.pct[basis].years).toHaveLength(3);
    }
    expect(byId.total.withOnCosts.baseline).toBeGreaterThan(byId.total.payOnly.baseline);
    // The joint Chief Executive (45 % PCT / 55 % Council, £170,000) is new in Annex 1.
    const ceo = json.posts.find((p: { postId: string }) => p.postId === 'ceo');
    expect(ceo.change).toBe('added');
    expect(ceo.payOnly.optionByPartner).toEqual({ pct: 76_500, council: 93_500 });
    expect(ceo.withOnCosts.optionByPartner.pct).toBeGreaterThan(76_500);
    const councilCeo = json.posts.find((p: { postId: string }) => p.postId === 'council-ceo');
    expect(councilCeo.change).toBe('removed');
    expect(councilCeo.redundancy).toBeGreaterThan(0);
    expect(councilCeo.pensionStrain).toBeGreaterThan(0);
  });

  it('text names the recurring saving by partner and the payback year; CSV has both bases', async () => {
    const text = await runCli(['savings', 'sample', '--from', 'annex-5', '--to', 'annex-1']);
    expect(text.stdout).toMatch(/Full-year recurring cost by who pays/);
    expect(text.stdout).toMatch(/PCT .* saving/);
    expect(text.stdout).toMatch(/Payback: year \d/);
    expect(text.stdout).toMatch(/Chief Executive: PCT £0 → £[\d,]+; Council £0 → £[\d,]+/);
    const csv = await runCli(['savings', 'sample', '--from', '5', '--to', '1', '--format', 'csv']);
    expect(csv.stdout.split('\r\n')[0]).toBe('partner,year,start,figure,pay_only,with_on_costs');
  });

  it('bad arguments get a clear message', async () => {
    expect((await runCli(['savings', 'sample', '--from', '5'])).stderr).toMatch(/name both charts/);
    expect((await runCli(['savings', 'sample', '--from', '5', '--to', '1', '--years', '0'])).stderr).toMatch(/--years must be a whole number/);
    expect((await runCli(['savings', 'sample', '--from', '5', '--to', '2'])).stderr).toMatch(/is a diagram/);
    expect((await runCli(['savings', 'sample', '--from', '9', '--to', '1'])).stderr).toMatch(/no chart "9"/);
  });
});
