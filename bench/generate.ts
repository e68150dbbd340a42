/**
 * @module A realistic, reproducible stream of EST acts for benchmarks: 61 Parties (the 56 OSCE
 * states and the five organizations) doing consultations, conferences, extraordinary conferences with
 * votes, assistance, information requests and new obligations, with a sprinkle of refused acts.
 */
import type { Act } from '../src/engine/acts.ts';
import { addDays, isoDate } from '../src/treaty/dates.ts';
import type { IsoDate } from '../src/treaty/dates.ts';
import type { EntityId } from '../src/treaty/entities.ts';
import { PRESETS } from '../src/treaty/parties/index.ts';

/** A small seeded generator (mulberry32), so every run replays the same acts. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const BENCH_PARTIES: readonly EntityId[] = PRESETS['osce-2009+orgs'];
export const BENCH_START = isoDate('2010-01-01');

export function generateActs(count: number, seed = 2009): Act[] {
  const rnd = prng(seed);
  const pick = (): EntityId => BENCH_PARTIES[Math.floor(rnd() * BENCH_PARTIES.length)] as EntityId;
  const some = (n: number): EntityId[] => {
    const shuffled = [...BENCH_PARTIES].sort(() => rnd() - 0.5);
    return shuffled.slice(0, n);
  };
  const acts: Act[] = [];
  let day: IsoDate = BENCH_START;
  let n = 0;
  const push = (a: Act) => acts.push(a);
  while (acts.length < count) {
    n += 1;
    day = addDays(day, 1);
    const on = day;
    const r = rnd();
    if (r < 0.45) {
      // Consultations between two Parties, then a Conference that most attend.
      const [a, b] = some(2) as [EntityId, EntityId];
      const c = `c-${n}`;
      const conf = `conf-${n}`;
      push({
        act: 'request-consultations',
        on,
        by: a,
        with: [b],
        subject: 'exercise near the border',
        id: c,
      });
      push({ act: 'attend', on, by: a, procedure: c });
      push({ act: 'attend', on, by: b, procedure: c });
      push({ act: 'close', on, procedure: c });
      push({ act: 'propose-conference', on, by: a, procedure: c, id: conf });
      push({ act: 'support', on, by: b, procedure: conf });
      const present = some(35 + Math.floor(rnd() * 20));
      for (const p of present) push({ act: 'attend', on, by: p, procedure: conf });
      const proposer = present[0] as EntityId;
      push({
        act: 'propose-decision',
        on,
        by: proposer,
        procedure: conf,
        decision: 'd1',
        text: 'notify exercises',
      });
      if (rnd() < 0.5)
        push({ act: 'object', on, by: present[1] as EntityId, procedure: conf, decision: 'd1' });
      if (rnd() < 0.2) push({ act: 'object', on, by: pick(), procedure: conf, decision: 'd1' }); // may be absent
      push({ act: 'close', on, procedure: conf });
    } else if (r < 0.75) {
      // An armed attack: an Extraordinary Conference with two decisions put to the vote.
      const [victim, attacker] = some(2) as [EntityId, EntityId];
      const xc = `xc-${n}`;
      push({
        act: 'notify-attack',
        on,
        by: victim,
        attacker,
        kind: rnd() < 0.8 ? 'attack' : 'threat',
        id: xc,
      });
      const others = some(45 + Math.floor(rnd() * 16)).filter((p) => p !== victim);
      const present = [victim, ...others];
      for (const p of present) push({ act: 'attend', on, by: p, procedure: xc });
      for (const d of ['ceasefire', 'observers']) {
        push({ act: 'propose-decision', on, by: victim, procedure: xc, decision: d, text: d });
        for (const p of present) {
          const v = rnd();
          push({
            act: 'vote',
            on,
            by: p,
            procedure: xc,
            decision: d,
            vote: v < 0.9 ? 'yes' : v < 0.97 ? 'abstain' : 'no',
          });
        }
      }
      push({ act: 'close', on, procedure: xc });
      const helper = pick();
      push({ act: 'consent-assistance', on, by: victim, to: [helper] });
      push({ act: 'assist', on, by: helper, to: victim, military: rnd() < 0.5, procedure: xc });
      if (rnd() < 0.7) push({ act: 'report-to-unsc', on, by: helper, procedure: xc });
    } else if (r < 0.95) {
      const [a, b] = some(2) as [EntityId, EntityId];
      push({ act: 'request-information', on, by: a, to: b, subject: 'new deployments', id: `ir-${n}` });
      push({ act: 'answer', on, by: rnd() < 0.9 ? b : a, procedure: `ir-${n}` });
    } else {
      push({ act: 'assume-obligation', on, by: pick(), obligation: 'a new defence pact' });
    }
  }
  acts.length = count;
  return acts;
}
