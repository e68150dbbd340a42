/**
 * @module What a set of cosigners lacks to meet a policy's quorum (c2sp.org/tlog-policy), in words a
 * Party reads: which witnesses and which groups are missing. Pure (the browser says the same).
 */
import type { Policy } from './policy.ts';
import { quorumMet } from './policy.ts';

/**
 * Why `cosigned` (witnesses' policy names) does not meet the quorum: one line per unmet witness or
 * group, from the quorum down (a group's line names its members that do not hold, and the lines of
 * those members that are groups follow, indented). Empty when the quorum is met.
 */
export function quorumShortfall(policy: Policy, cosigned: Iterable<string>): string[] {
  const have = new Set(cosigned);
  if (quorumMet(policy, have)) return [];
  const groups = new Map(policy.groups.map((g) => [g.name, g]));
  const holds = (name: string): boolean => {
    const g = groups.get(name);
    return g === undefined ? have.has(name) : g.members.filter(holds).length >= g.threshold;
  };
  const lines: string[] = [];
  const explain = (name: string, depth: number): void => {
    const pad = '  '.repeat(depth);
    const g = groups.get(name);
    if (g === undefined) {
      lines.push(`${pad}witness ${name} has not cosigned it`);
      return;
    }
    const missing = g.members.filter((m) => !holds(m));
    const held = g.members.length - missing.length;
    const rule = g.rule === 'all' ? `all ${g.members.length}` : g.rule === 'any' ? 'any 1' : `${g.threshold}`;
    lines.push(
      `${pad}group ${name} needs ${rule} of ${g.members.join(', ')}: ${held} ${held === 1 ? 'holds' : 'hold'}; missing ${missing.join(', ')}`,
    );
    for (const m of missing) if (groups.has(m)) explain(m, depth + 1);
  };
  explain(policy.quorum, 0);
  return lines;
}
