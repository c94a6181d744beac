// Edits of the document's cost inputs, as undoable commands like those of
// shared/model/commands: pure, and refusing an edit that would make the
// document invalid with a message for the user.
import { CommandError } from '../model/commands';
import { costSettingsSchema } from '../model/costSchema';
import type { CostSettings, EmployerCosts, PostCostInputs } from '../model/costTypes';
import { validateCosts } from '../model/costValidate';
import type { StructuraDocument } from '../model/types';
import type { DocumentIssue } from '../model/validate';
import { councilEmployerDefaults, costSettingsOf, emptyPostInputs } from './defaults';

function withCosts(doc: StructuraDocument, costs: CostSettings): StructuraDocument {
  const parsed = costSettingsSchema.safeParse(costs);
  if (!parsed.success) {
    const [issue] = parsed.error.issues;
    throw new CommandError(issue ? `${issue.path.join('.')}: ${issue.message}` : 'The cost settings are not valid.');
  }
  const issues: DocumentIssue[] = [];
  validateCosts(costs, new Set(doc.tags.map((t) => t.id)), issues);
  const [problem] = issues;
  if (problem) throw new CommandError(`${problem.path.replace(/^costs\./, '')}: ${problem.message}`);
  return { ...doc, costs };
}

export type CostSettingsPatch = Partial<Pick<CostSettings, 'startDate' | 'years' | 'changeDate' | 'defaultSplit' | 'agreedSplit' | 'recruitmentRate'>>;

export function updateCostSettings(doc: StructuraDocument, patch: CostSettingsPatch): StructuraDocument {
  return withCosts(doc, { ...costSettingsOf(doc), ...patch });
}

/** Sets an employer's on-costs and policies; an employer not yet set up starts from the dated defaults. */
export function updateEmployerCosts(doc: StructuraDocument, tagId: string, patch: Partial<Omit<EmployerCosts, 'tagId'>>): StructuraDocument {
  const costs = costSettingsOf(doc);
  const current = costs.employers.find((e) => e.tagId === tagId) ?? councilEmployerDefaults(tagId);
  const next = { ...current, ...patch, tagId };
  const employers = costs.employers.some((e) => e.tagId === tagId) ? costs.employers.map((e) => (e.tagId === tagId ? next : e)) : [...costs.employers, next];
  return withCosts(doc, { ...costs, employers });
}

export function updatePostCostInputs(doc: StructuraDocument, postId: string, patch: Partial<Omit<PostCostInputs, 'postId'>>): StructuraDocument {
  const costs = costSettingsOf(doc);
  const current = costs.posts.find((p) => p.postId === postId) ?? emptyPostInputs(postId);
  const next = { ...current, ...patch, postId };
  const posts = costs.posts.some((p) => p.postId === postId) ? costs.posts.map((p) => (p.postId === postId ? next : p)) : [...costs.posts, next];
  return withCosts(doc, { ...costs, posts });
}
