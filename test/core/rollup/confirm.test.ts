import {
  ANSWER_LABEL,
  answersFromTab,
  answerWord,
  confirmationRows,
  confirmationsFromTable,
  KEY_LABEL,
  mergeConfirmations,
  proposalKey,
} from '../../../src/core/rollup/confirm';
import { matchRows } from '../../../src/core/rollup/match';
import { rollUp } from '../../../src/core/rollup/rollup';
import { buildOrganisationsTab } from '../../../src/core/rollup/tabs';
import { org, planValues, seedPlan } from './fixture';

describe('confirming proposed matches', () => {
  const { activities } = seedPlan('plan-orsk-mkdo-2020.txt');
  const own = activities.slice(0, 6).map((a) => ({ ...a, id: '', title: `${a.title} в детском саду` }));
  const o = org('Детский сад № 7', { method: 'linked' });

  it('lists each proposal with an answer column and its key; «да» / «нет» written there become confirmations', () => {
    const r = rollUp({
      today: '2020-11-02',
      municipal: activities,
      organisations: [{ org: o, read: { kind: 'values', values: planValues(own) } }],
    });
    const proposals = r.organisations[0].proposals;
    expect(proposals.length).toBe(6);
    const tab = buildOrganisationsTab(r);
    const values = tab.values.map((row) => row.map((c) => (c === null ? '' : c)));
    const head = values.findIndex((row) => row.includes(ANSWER_LABEL));
    const a = values[head].indexOf(ANSWER_LABEL);
    const k = values[head].indexOf(KEY_LABEL);
    expect(values[head + 1][k]).toBe(proposalKey(o.spreadsheetId!, proposals[0].rowKey, proposals[0].activityId));
    values[head + 1][a] = 'да';
    values[head + 2][a] = ' Нет ';
    values[head + 3][a] = 'может быть';
    const { answers, count } = answersFromTab(values);
    expect(count).toBe(2);
    const list = answers.get(o.spreadsheetId!)!;
    expect(list).toEqual([
      { rowKey: proposals[0].rowKey, activityId: proposals[0].activityId },
      { rowKey: proposals[1].rowKey, activityId: null },
    ]);
    // Applied: the first counts as confirmed, the second is a declined row, the rest still asked.
    const m = matchRows(activities, own, list);
    expect(m.matched.map((x) => x.by)).toEqual(['confirmed']);
    expect(m.unmatched.filter((u) => u.declined)).toHaveLength(1);
    expect(m.proposals).toHaveLength(4);
  });

  it('stores them as rows and reads them back; a new answer for a row replaces the stored one', () => {
    const stored = confirmationsFromTable([
      ['S1', 'n:1|a', 'A1'],
      ['S1', 'n:2|b', ''],
      ['S2', 'id:x', 'A9'],
      ['', 'junk', 'A0'],
    ]);
    expect(stored.get('S1')).toEqual([
      { rowKey: 'n:1|a', activityId: 'A1' },
      { rowKey: 'n:2|b', activityId: null },
    ]);
    const merged = mergeConfirmations(stored, new Map([['S1', [{ rowKey: 'n:1|a', activityId: null }]]]));
    expect(confirmationRows(merged)).toEqual([
      ['S1', 'n:1|a', ''],
      ['S1', 'n:2|b', ''],
      ['S2', 'id:x', 'A9'],
    ]);
  });

  it('reads yes and no in both languages, nothing else', () => {
    expect(['да', 'Да', 'yes', '+'].map(answerWord)).toEqual([true, true, true, true]);
    expect(['нет', 'No', '-'].map(answerWord)).toEqual([false, false, false]);
    expect(['', 'возможно', null].map(answerWord)).toEqual([null, null, null]);
  });
});
