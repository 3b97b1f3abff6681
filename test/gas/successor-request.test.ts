import * as z from 'zod/mini';
import { SuccessorRequest } from '../../src/gas/access';
import { ImportRequest } from '../../src/shared/import-contract';

describe('accessTransferOwner’s request', () => {
  const parse = (email: unknown) => z.safeParse(SuccessorRequest, { email });
  it('is an e-mail (trimmed, lower case) or empty to cancel the hand-over', () => {
    expect(parse(' I.Kovaleva@Dou1.Example.org ')).toMatchObject({
      success: true,
      data: { email: 'i.kovaleva@dou1.example.org' },
    });
    expect(parse('')).toMatchObject({ success: true, data: { email: '' } });
  });
  it('refuses anything else, in words', () => {
    for (const bad of ['kovaleva', 'a@b', '   ', 42, null]) {
      const r = parse(bad);
      expect(r.success).toBe(false);
      expect(r.error?.issues[0].message).toBe('Неверный адрес нового владельца');
    }
  });
});

describe('an imported activity’s extra columns', () => {
  const plan = (extra: unknown) => ({
    plan: {
      activities: [
        {
          id: 'a1',
          number: '1',
          stage: null,
          section: null,
          group: null,
          title: 'Т',
          result: null,
          tools: null,
          responsible: null,
          deadline: { text: '' },
          extra,
        },
      ],
    },
  });
  it('are text under any header; anything else is refused', () => {
    const ok = z.safeParse(ImportRequest, plan({ Примечание: 'к сведению', '№': '1.1' }));
    const issues = ok.success ? [] : ok.error.issues.filter((i) => i.path.includes('extra'));
    expect(issues).toEqual([]);
    for (const bad of [{ Примечание: 5 }, ['x'], 'x']) {
      const r = z.safeParse(ImportRequest, plan(bad));
      expect(r.success ? [] : r.error.issues.filter((i) => i.path.includes('extra'))).not.toEqual([]);
    }
  });
});
