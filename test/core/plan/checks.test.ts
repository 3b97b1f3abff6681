import type { Deadline } from '../../../src/core/deadline/types';
import { checkPlan } from '../../../src/core/plan/checks';
import type { Activity } from '../../../src/core/plan/types';

const dl = (text: string, start: string | null, end: string | null): Deadline => ({
  text,
  start,
  end,
  recurrence: 'none',
  inherited: false,
  problem: null,
});
const act = (id: string, stage: string | null, deadline: Deadline, over: Partial<Activity> = {}): Activity => ({
  id,
  number: null,
  stage,
  section: null,
  group: null,
  title: `Мероприятие ${id}`,
  result: null,
  tools: null,
  responsible: 'Директор',
  deadline,
  ...over,
});

describe('checkPlan', () => {
  it('warns, in Russian, about a stage ending before the one above', () => {
    const w = checkPlan([
      act('a', 'Аналитический', dl('01-31.03.2021', '2021-03-01', '2021-03-31')),
      act('b', 'Итоговый', dl('01-05.03.2021', '2021-03-01', '2021-03-05')),
    ]);
    expect(w).toEqual([
      {
        activity: 'b',
        kind: 'stage-order',
        message:
          'Этап «Итоговый» заканчивается (05.03.2021) раньше, чем предыдущий этап «Аналитический» (31.03.2021). Проверьте сроки.',
      },
    ]);
  });
  it('warns about end before start, no deadline, no responsible, a deadline problem and a repeated number', () => {
    const w = checkPlan([
      act('a', null, dl('31.05-01.05.2021', '2021-05-31', '2021-05-01')),
      act('b', null, dl('', null, null), { responsible: null, number: '1' }),
      act('c', null, { ...dl('когда-нибудь', null, null), problem: 'Не удалось разобрать срок' }, { number: '1.' }),
    ]);
    expect(w.map((x) => `${x.activity}:${x.kind}`).sort()).toEqual(
      ['a:end-before-start', 'b:no-deadline', 'b:no-responsible', 'c:deadline-problem', 'c:duplicate-number'].sort(),
    );
    expect(w.find((x) => x.kind === 'end-before-start')!.message).toMatch(/01\.05\.2021.*31\.05\.2021/);
  });
  it('says nothing about a clean plan', () => {
    expect(checkPlan([act('a', 'I', dl('май 2021', '2021-05-01', '2021-05-31'))])).toEqual([]);
  });
});

describe('checkPlan warnings name a long activity without cutting a word (issue 16)', () => {
  it('«…мониторинга качес» becomes «…мониторинга…»', () => {
    const title =
      'Разработка и утверждение комплексной системы показателей мониторинга качества образования в организации';
    const [w] = checkPlan([act('a', 'I', dl('', null, null), { number: '1', title })]).filter(
      (x) => x.kind === 'no-deadline',
    );
    expect(w.message).toBe('Не указан срок: 1 «Разработка и утверждение комплексной системы показателей…».');
  });
});
