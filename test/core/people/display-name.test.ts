import { nameFromAddress, namesByEmail } from '../../../src/core/people/display-name';
import { planDay } from '../../../src/core/reminders/plan-day';
import { renderDigest } from '../../../src/core/reminders/render';
import { act, recipientsOf, settings } from '../reminders/fixtures';

describe('people named as people (issue 16: coordinators were greeted by their address)', () => {
  it('the name part of an address reads as a name', () => {
    expect(nameFromAddress('t.lebedeva@school.ru')).toBe('T. Lebedeva');
    expect(nameFromAddress('Ivanova_Anna2@dou1.ru')).toBe('Ivanova Anna');
    expect(nameFromAddress('director@school.ru')).toBe('Director');
  });

  it('Сотрудники first, whatever the case of the address', () => {
    const name = namesByEmail([
      {
        name: 'Лебедева Татьяна Ивановна',
        positions: [],
        email: 'T.Lebedeva@school.ru',
        groups: [],
        aliases: [],
        active: true,
      },
    ]);
    expect(name('t.lebedeva@school.ru ')).toBe('Лебедева Татьяна Ивановна');
    expect(name('head@school.ru')).toBe('Head');
  });

  it('a coordinator’s digest greets by name even without nameOf, never by the address', () => {
    const digests = planDay({
      activities: [act('a1', { responsible: 'никто', end: '2021-03-05' })],
      recipientsOf,
      settings: settings({ coordinators: ['t.lebedeva@school.ru'] }),
      today: '2021-03-05',
      ledger: new Set(),
    });
    expect(digests.map((d) => d.to)).toContain('t.lebedeva@school.ru');
    for (const d of digests) {
      const body = renderDigest(d, { sheetUrl: 'u', rowUrl: () => null, lang: 'ru' }).body;
      expect(body).not.toMatch(/^Здравствуйте, [^!\n]*@/);
    }
    expect(digests.find((d) => d.to === 't.lebedeva@school.ru')!.name).toBe('T. Lebedeva');
  });
});
