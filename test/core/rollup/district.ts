/**
 * A synthetic district for the roll-up at scale: a municipal plan of `activities` rows (one-off
 * dates, yearly and monthly recurrences, undated rows) and `organisations` distributed plans read
 * back as `Values.batchGet` would give them, each organisation marking, cancelling and deleting
 * rows its own way, some unreadable. Deterministic from `seed`; used by the property test and by
 * `npm run bench -- --only=rollup`.
 */
import { addDays } from '../../../src/core/dates/calendar';
import type { Recurrence } from '../../../src/core/deadline/types';
import type { OrgRead, RollupInput } from '../../../src/core/rollup/rollup';
import type { TrackedActivity } from '../../../src/core/tracking/types';
import { act, deadline } from '../reports/fixture';
import { org, planValues } from './fixture';

/** A small fast PRNG (mulberry32): the same seed, the same district. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export const DISTRICT_TODAY = '2023-03-15';

export function district(organisations: number, activities: number, seed: number): RollupInput {
  const rnd = random(seed);
  const municipal: TrackedActivity[] = Array.from({ length: activities }, (_, i) => {
    const kind = i % 5;
    const recurrence: Recurrence = kind === 3 ? 'yearly' : kind === 4 ? 'monthly' : 'none';
    const end = kind === 2 ? null : addDays('2022-09-01', Math.floor(rnd() * 400));
    return act({
      id: `m${i}`,
      number: `${Math.floor(i / 10) + 1}.${(i % 10) + 1}`,
      title: `Мероприятие муниципального плана ${i}`,
      responsible: 'Руководители ОО',
      deadline: deadline({ text: end ?? 'в течение года', end: kind === 3 ? null : end, recurrence }),
    });
  });
  const orgs = Array.from({ length: organisations }, (_, k) => {
    const o = org(`org${k}`, { name: `МБОУ СОШ № ${k + 1}`, row: k + 2 });
    const style = rnd();
    let read: OrgRead;
    if (style < 0.03) read = { kind: 'error', message: 'нет доступа к таблице' };
    else {
      const rows = municipal
        .filter(() => style > 0.1 || rnd() > 0.1) // some organisations deleted rows
        .map((a) => {
          const x = rnd();
          if (x < 0.45)
            return {
              ...a,
              status: 'done' as const,
              doneDate: addDays('2022-09-01', Math.floor(rnd() * 190)),
              donePeriods: a.deadline.recurrence === 'yearly' ? ['2023'] : [],
            };
          if (x < 0.55) return { ...a, status: 'in-progress' as const };
          if (x < 0.57) return { ...a, status: 'cancelled' as const };
          return a;
        });
      read = { kind: 'values', values: planValues(rows) };
    }
    return { org: o, read };
  });
  return { today: DISTRICT_TODAY, horizonYear: 2024, municipal, organisations: orgs };
}
