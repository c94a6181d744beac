import { describe, expect, it } from 'vitest';
import { ROLE } from '../../../shared/rules/defaults';
import { chartDoc, findingsOf } from './helpers';
import { defined } from '../../support/defined';

const council = { organisations: [{ tagId: 'council', requiredRoles: [ROLE.headOfPaidService, ROLE.monitoringOfficer, ROLE.chiefFinanceOfficer] }] };

describe('statutory.required-role', () => {
  const posts = [{ id: 'ce' }, { id: 'mo', manager: 'ce' }, { id: 'cfo', manager: 'ce' }];

  it('is silent when each required role has exactly one holder', () => {
    const doc = chartDoc(posts, council, [
      ['ce', ROLE.headOfPaidService, 'council'],
      ['mo', ROLE.monitoringOfficer, 'council'],
      ['cfo', ROLE.chiefFinanceOfficer, 'council'],
    ]);
    expect(findingsOf(doc, 'statutory.required-role')).toEqual([]);
  });

  it('reports a role nobody holds, with its source and a fix', () => {
    const doc = chartDoc(posts, council, [
      ['ce', ROLE.headOfPaidService, 'council'],
      ['cfo', ROLE.chiefFinanceOfficer, 'council'],
    ]);
    const [finding, ...rest] = findingsOf(doc, 'statutory.required-role');
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ severity: 'error', postIds: [], source: 'Local Government and Housing Act 1989 s5' });
    expect(defined(finding, 'finding').message).toBe(
      "No post in this structure is the Council's Monitoring Officer. The Council must designate one (Local Government and Housing Act 1989 s5).",
    );
    expect(defined(finding, 'finding').fix?.action).toEqual({ kind: 'designate-role', roleId: ROLE.monitoringOfficer, tagId: 'council' });
  });

  it('reports a role held twice for one organisation, naming both posts', () => {
    const doc = chartDoc(posts, council, [
      ['ce', ROLE.headOfPaidService, 'council'],
      ['mo', ROLE.headOfPaidService, 'council'],
      ['mo', ROLE.monitoringOfficer, 'council'],
      ['cfo', ROLE.chiefFinanceOfficer, 'council'],
    ]);
    const findings = findingsOf(doc, 'statutory.required-role');
    expect(findings).toHaveLength(1);
    expect(defined(findings[0], 'findings[0]').postIds).toEqual(['ce', 'mo']);
    expect(defined(findings[0], 'findings[0]').message).toMatch(/^ce and mo are each designated the Council's Head of Paid Service/);
  });

  it('asks nothing of an organisation the chart does not claim', () => {
    const doc = chartDoc([{ id: 'x', tagId: 'pct' }], council);
    expect(findingsOf(doc, 'statutory.required-role')).toEqual([]);
  });

  it('counts one holder per organisation: two heads, one for each body, is right', () => {
    const both = {
      organisations: [
        { tagId: 'council', requiredRoles: [ROLE.headOfPaidService] },
        { tagId: 'pct', requiredRoles: [ROLE.headOfPaidService] },
      ],
    };
    const doc = chartDoc([{ id: 'a' }, { id: 'b', tagId: 'pct' }], both, [
      ['a', ROLE.headOfPaidService, 'council'],
      ['b', ROLE.headOfPaidService, 'pct'],
    ]);
    expect(findingsOf(doc, 'statutory.required-role')).toEqual([]);
  });
});

describe('statutory.monitoring-officer-separate', () => {
  it('fires when the Monitoring Officer is also the Head of Paid Service or the finance officer', () => {
    const doc = chartDoc([{ id: 'ce' }, { id: 'cfo', manager: 'ce' }], council, [
      ['ce', ROLE.headOfPaidService, 'council'],
      ['ce', ROLE.monitoringOfficer, 'council'],
      ['cfo', ROLE.chiefFinanceOfficer, 'council'],
      ['cfo', ROLE.monitoringOfficer, 'council'],
    ]);
    const findings = findingsOf(doc, 'statutory.monitoring-officer-separate');
    expect(findings.map((f) => f.postIds)).toEqual([['ce'], ['cfo']]);
    expect(defined(findings[0], 'findings[0]').message).toMatch(/ce is both the Council's Monitoring Officer and its Head of Paid Service/);
    expect(defined(findings[1], 'findings[1]').message).toMatch(/cfo is both the Council's Monitoring Officer and its chief finance officer/);
  });

  it('is silent when the roles are held apart, or for different organisations', () => {
    const doc = chartDoc([{ id: 'ce' }, { id: 'mo', manager: 'ce' }], council, [
      ['ce', ROLE.headOfPaidService, 'council'],
      ['ce', ROLE.monitoringOfficer, 'pct'],
      ['mo', ROLE.monitoringOfficer, 'council'],
    ]);
    expect(findingsOf(doc, 'statutory.monitoring-officer-separate')).toEqual([]);
  });
});

describe('statutory.vacant', () => {
  it('warns when a statutory role sits in a vacant post, not when the post is filled', () => {
    const vacant = chartDoc([{ id: 'ce', holder: { kind: 'vacant' } }], council, [['ce', ROLE.headOfPaidService, 'council']]);
    expect(findingsOf(vacant, 'statutory.vacant')).toMatchObject([{ severity: 'warning', postIds: ['ce'] }]);
    const filled = chartDoc([{ id: 'ce', holder: { kind: 'named', names: ['A. Person'] } }], council, [['ce', ROLE.headOfPaidService, 'council']]);
    expect(findingsOf(filled, 'statutory.vacant')).toEqual([]);
  });
});

describe('statutory.dph-joint-appointment', () => {
  it('notes the joint appointment with the Secretary of State on the DPH post only', () => {
    const doc = chartDoc(
      [
        { id: 'dph', title: 'Director of Public Health' },
        { id: 'other', title: 'Director of Place' },
      ],
      {},
      [['dph', ROLE.directorPublicHealth, 'council']],
    );
    const findings = findingsOf(doc, 'statutory.dph-joint-appointment');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'note', postIds: ['dph'], source: 'NHS Act 2006 s73A' });
    expect(defined(findings[0], 'findings[0]').message).toMatch(/^The Director of Public Health is appointed jointly with the Secretary of State/);
    expect(findingsOf(chartDoc([{ id: 'dph', title: 'Director of Public Health' }]), 'statutory.dph-joint-appointment')).toEqual([]);
  });
});

describe('statutory.cfo-reports-to-head', () => {
  const roles: [string, string, string][] = [
    ['ce', ROLE.headOfPaidService, 'council'],
    ['cfo', ROLE.chiefFinanceOfficer, 'council'],
  ];

  it('is silent when the finance officer reports to the Head of Paid Service', () => {
    expect(findingsOf(chartDoc([{ id: 'ce' }, { id: 'cfo', manager: 'ce' }], council, roles), 'statutory.cfo-reports-to-head')).toEqual([]);
  });

  it('warns, comply or explain, when the finance officer reports through someone else', () => {
    const doc = chartDoc([{ id: 'ce' }, { id: 'coo', title: 'Chief Operating Officer', manager: 'ce' }, { id: 'cfo', manager: 'coo' }], council, roles);
    const [finding] = findingsOf(doc, 'statutory.cfo-reports-to-head');
    expect(finding).toMatchObject({ severity: 'warning', postIds: ['cfo', 'ce'] });
    expect(defined(finding, 'finding').message).toMatch(/reports to Chief Operating Officer, not directly to the Head of Paid Service \(ce\)/);
  });
});
