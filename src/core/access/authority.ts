/** Changes to who holds a role: the coordinator list is the owner's to change. */
import { normEmail } from './roles';

const set = (xs: readonly string[]) => [...new Set(xs.map(normEmail).filter(Boolean))].sort();

export function coordinatorsChanged(next: readonly string[], current: readonly string[]): boolean {
  return JSON.stringify(set(next)) !== JSON.stringify(set(current));
}
