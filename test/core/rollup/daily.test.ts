import { DAILY_HOUR, dailyRollupDue, parseDaily, serialiseDaily } from '../../../src/core/rollup/daily';

describe('the daily roll-up setting', () => {
  it('round-trips and refuses what is not one', () => {
    const s = { email: 'ruo@example.org', lastDone: '2020-11-02' };
    expect(parseDaily(serialiseDaily(s))).toEqual(s);
    expect(parseDaily(serialiseDaily({ ...s, lastDone: null }))).toEqual({ ...s, lastDone: null });
    for (const bad of [undefined, '', '{', '{"email":"not an address","lastDone":null}', '{"email":"a@b.ru"}'])
      expect(parseDaily(bad)).toBeNull();
  });

  it('is due once a day, from the morning hour, only when on', () => {
    const s = { email: 'ruo@example.org', lastDone: '2020-11-02' };
    expect(dailyRollupDue(null, '2020-11-03', 9)).toBe(false);
    expect(dailyRollupDue(s, '2020-11-02', 9)).toBe(false);
    expect(dailyRollupDue(s, '2020-11-03', DAILY_HOUR - 1)).toBe(false);
    expect(dailyRollupDue(s, '2020-11-03', DAILY_HOUR)).toBe(true);
    expect(dailyRollupDue({ ...s, lastDone: null }, '2020-11-02', 23)).toBe(true);
  });
});
