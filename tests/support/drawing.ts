// Looking into drawing descriptions in tests.
import type { GroupShape, Shape } from '../../shared/export/drawing';

/** Every group with the role, wherever it is nested. */
export function groupsWithRole(shapes: Shape[], role: GroupShape['role']): GroupShape[] {
  const out: GroupShape[] = [];
  const walk = (list: Shape[]) => list.forEach((s) => s.type === 'group' && (s.role === role ? out.push(s) : walk(s.children)));
  walk(shapes);
  return out;
}
