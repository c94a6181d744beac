// Edits of the rule-check inputs (the Checks panel and the inspector use them), and what deleting a tag does to them.
import { defaultRuleSettings } from '../rules/defaults';
import { CommandError } from './commands';
import type { Acknowledgement, RoleDesignation, RuleSettings } from './ruleTypes';
import type { StructuraDocument } from './types';

/**
 * A tag is deleted and its posts move to `to` (or become untagged): roles held
 * for it move to `to` as well, as does its list of required roles unless `to`
 * has one of its own; with nowhere to go, they are dropped.
 */
export function retagRuleSettings(rules: RuleSettings | undefined, from: string, to: string | null): RuleSettings | undefined {
  if (!rules) return rules;
  const designations = rules.designations.flatMap((d) => (d.tagId !== from ? [d] : to === null ? [] : [{ ...d, tagId: to }]));
  const target = to !== null && rules.organisations.some((o) => o.tagId === to);
  const organisations = rules.organisations.flatMap((o) => (o.tagId !== from ? [o] : to === null || target ? [] : [{ ...o, tagId: to }]));
  return { ...rules, designations, organisations };
}

function withRules(doc: StructuraDocument, change: (rules: RuleSettings) => RuleSettings): StructuraDocument {
  return { ...doc, rules: change(doc.rules ?? defaultRuleSettings()) };
}

function sameDesignation(a: RoleDesignation, b: Pick<RoleDesignation, 'postId' | 'roleId' | 'tagId'>): boolean {
  return a.postId === b.postId && a.roleId === b.roleId && a.tagId === b.tagId;
}

/** The post holds the role for the organisation (in every chart it stands in, or one). */
export function designateRole(doc: StructuraDocument, designation: RoleDesignation): StructuraDocument {
  const rules = doc.rules ?? defaultRuleSettings();
  if (!rules.roles.some((r) => r.id === designation.roleId)) throw new CommandError(`There is no statutory role "${designation.roleId}".`);
  if (!doc.tags.some((t) => t.id === designation.tagId)) throw new CommandError(`There is no organisation tag "${designation.tagId}".`);
  if (rules.designations.some((d) => sameDesignation(d, designation))) throw new CommandError('The post already holds that role for that organisation.');
  return withRules(doc, (r) => ({ ...r, designations: [...r.designations, designation] }));
}

export function removeDesignation(doc: StructuraDocument, designation: Pick<RoleDesignation, 'postId' | 'roleId' | 'tagId'>): StructuraDocument {
  return withRules(doc, (r) => ({ ...r, designations: r.designations.filter((d) => !sameDesignation(d, designation)) }));
}

export function setTopPost(doc: StructuraDocument, postId: string, top: boolean): StructuraDocument {
  return withRules(doc, (r) => ({ ...r, topPosts: top ? [...new Set([...r.topPosts, postId])] : r.topPosts.filter((id) => id !== postId) }));
}

/**
 * The organisation must designate exactly these roles (none: it need designate none). Roles are kept in the
 * order of the document's role list, each once, and the organisation keeps its place among the others, so
 * choosing the same roles again changes nothing (and adds no undo step).
 */
export function setRequiredRoles(doc: StructuraDocument, tagId: string, roleIds: readonly string[]): StructuraDocument {
  const rules = doc.rules ?? defaultRuleSettings();
  if (!doc.tags.some((t) => t.id === tagId)) throw new CommandError(`There is no organisation tag "${tagId}".`);
  const unknown = roleIds.find((id) => !rules.roles.some((r) => r.id === id));
  if (unknown !== undefined) throw new CommandError(`There is no statutory role "${unknown}".`);
  const wanted = new Set(roleIds);
  const required = rules.roles.map((r) => r.id).filter((id) => wanted.has(id));
  const current = rules.organisations.find((o) => o.tagId === tagId);
  if ((current?.requiredRoles ?? []).join('\n') === required.join('\n') && (current !== undefined) === required.length > 0) return doc;
  return withRules(doc, (r) => {
    const entry = { tagId, requiredRoles: required };
    if (!required.length) return { ...r, organisations: r.organisations.filter((o) => o.tagId !== tagId) };
    return { ...r, organisations: current ? r.organisations.map((o) => (o.tagId === tagId ? entry : o)) : [...r.organisations, entry] };
  });
}

export function addAcknowledgement(doc: StructuraDocument, acknowledgement: Acknowledgement): StructuraDocument {
  if (!acknowledgement.reason.trim()) throw new CommandError('Say why the finding is acknowledged.');
  return withRules(doc, (r) => ({ ...r, acknowledgements: [...r.acknowledgements, acknowledgement] }));
}

export function removeAcknowledgement(doc: StructuraDocument, acknowledgement: Acknowledgement): StructuraDocument {
  return withRules(doc, (r) => ({ ...r, acknowledgements: r.acknowledgements.filter((a) => a !== acknowledgement) }));
}
