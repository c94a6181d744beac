import type { RuleContext } from '../context';
import type { Finding } from '../finding';

/** One rule: its id, what it checks in a few words, and the check itself. */
export interface Rule {
  id: string;
  title: string;
  check(ctx: RuleContext): Finding[];
}
