// setRequiredRoles, the command the Tags dialog uses: what it refuses, that
// the result always loads (randomized picks), that a repeated choice is no
// change, and that the required-roles rule follows it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CommandError } from '../../../shared/model/commands';
import { parseDocument, serializeDocument } from '../../../shared/model/load';
import { setRequiredRoles } from '../../../shared/model/ruleCommands';
import { checkChart } from '../../../shared/rules/check';
import { DEFAULT_ROLES, LOCAL_GOVERNMENT_ROLES, ROLE } from '../../../shared/rules/defaults';
import { chartDoc } from './helpers';
import { defined } from '../../support/defined';

const ROLE_IDS = DEFAULT_ROLES.map((r) => r.id);
const base = () => chartDoc([{ id: 'ceo' }, { id: 'cfo', manager: 'ceo' }], {}, [['ceo', ROLE.headOfPaidService, 'council']]);
const requiredOf = (doc: ReturnType<typeof base>, tagId: string) => doc.rules?.organisations.find((o) => o.tagId === tagId)?.requiredRoles;
const missing = (doc: ReturnType<typeof base>) =>
  checkChart(doc, defined(doc.charts[0]))
    .findings.filter((f) => f.message.startsWith('No post in this structure is the'))
    .map((f) => f.message);

describe('setRequiredRoles', () => {
  it('refuses a tag or a role the document does not have, naming it', () => {
    expect(() => setRequiredRoles(base(), 'nowhere', [ROLE.monitoringOfficer])).toThrow(new CommandError('There is no organisation tag "nowhere".'));
    expect(() => setRequiredRoles(base(), 'council', [ROLE.monitoringOfficer, 'chief-wizard'])).toThrow(
      new CommandError('There is no statutory role "chief-wizard".'),
    );
  });

  it('sets, replaces in place and clears; choosing the same roles again is no change', () => {
    let doc = setRequiredRoles(base(), 'pct', [ROLE.accountableOfficer]);
    doc = setRequiredRoles(doc, 'council', LOCAL_GOVERNMENT_ROLES);
    expect(defined(doc.rules, 'doc.rules').organisations.map((o) => o.tagId)).toEqual(['pct', 'council']);
    doc = setRequiredRoles(doc, 'pct', [ROLE.nhsFinanceDirector, ROLE.accountableOfficer]);
    // Replaced where it stood, roles in the document's order.
    expect(defined(doc.rules, 'doc.rules').organisations.map((o) => o.tagId)).toEqual(['pct', 'council']);
    expect(requiredOf(doc, 'pct')).toEqual([ROLE.accountableOfficer, ROLE.nhsFinanceDirector]);
    expect(setRequiredRoles(doc, 'pct', [ROLE.accountableOfficer, ROLE.nhsFinanceDirector, ROLE.accountableOfficer])).toBe(doc);
    doc = setRequiredRoles(doc, 'pct', []);
    expect(requiredOf(doc, 'pct')).toBeUndefined();
    expect(setRequiredRoles(doc, 'pct', [])).toBe(doc);
  });

  it('drives the required-roles rule: a role required and not held is reported, one held is not', () => {
    expect(missing(base())).toEqual([]);
    const doc = setRequiredRoles(base(), 'council', [ROLE.headOfPaidService, ROLE.monitoringOfficer]);
    const messages = missing(doc);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain("Council's Monitoring Officer");
    expect(missing(setRequiredRoles(doc, 'council', []))).toEqual([]);
  });

  it('any sequence of picks gives a document that saves and reopens equal, holding the last pick per tag', () => {
    const pick = fc.record({ tagId: fc.constantFrom('council', 'pct', 'joint'), roles: fc.subarray(ROLE_IDS), shuffle: fc.boolean() });
    fc.assert(
      fc.property(fc.array(pick, { maxLength: 12 }), (picks) => {
        let doc = base();
        const last = new Map<string, string[]>();
        for (const p of picks) {
          doc = setRequiredRoles(doc, p.tagId, p.shuffle ? [...p.roles].reverse() : p.roles);
          last.set(p.tagId, p.roles);
        }
        const reopened = parseDocument(serializeDocument(doc));
        expect(reopened.ok).toBe(true);
        if (reopened.ok) expect(reopened.doc).toEqual(doc);
        for (const [tagId, roles] of last) expect(requiredOf(doc, tagId)).toEqual(roles.length ? ROLE_IDS.filter((id) => roles.includes(id)) : undefined);
      }),
      { seed: 1017, numRuns: 200 },
    );
  });
});
