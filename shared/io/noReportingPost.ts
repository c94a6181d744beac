// The one post an organogram import makes to hold junior staff whose reporting
// senior post is blank, missing or Eliminated, so the chart's junior FTE is the
// published file's total. It is not a real post: compare counts its junior
// staff but not it, and the organogram export writes its junior rows back with
// no senior post.
export const NO_REPORTING_POST = 'reporting-post-not-given';
export const NO_REPORTING_POST_TITLE = 'Reporting post not given';

export function isNoReportingPost(node: { id: string; inferred: string | null }): boolean {
  return node.id === NO_REPORTING_POST && node.inferred !== null;
}
