import { coordinatorsChanged } from '../../../src/core/access/authority';
import { installerRefusal, refusal } from '../../../src/core/access/refusals';

describe('refusals', () => {
  it('say in Russian, then English, who may do it and who you are', () => {
    const r = refusal(
      'coordinator',
      { email: 'teacher@school.example', verified: true },
      'owner@school.example',
      'Импорт плана',
    );
    expect(r.ru).toMatch(/^Импорт плана: это может только координатор или владелец таблицы \(owner@school\.example\)/);
    expect(r.ru).toMatch(/Вы вошли как teacher@school\.example/);
    expect(r.en).toMatch(/Only a coordinator or the owner/);
    expect(refusal('owner', { email: 'c@school.example', verified: true }, null, 'X').ru).toMatch(
      /только владелец таблицы\./,
    );
  });
  it('tell a person Google gave no address how to be recognised', () => {
    expect(refusal('coordinator', { email: '', verified: false }, null, 'X').ru).toMatch(
      /войдите в Google под адресом из списка координаторов/,
    );
  });
  it('name the installer of a trigger who is no longer a coordinator', () => {
    expect(installerRefusal('i.k@school.example', 'Ежедневная рассылка').ru).toMatch(
      /установил\(а\) i\.k@school\.example/,
    );
  });
});

describe('coordinatorsChanged', () => {
  it('compares the lists as sets of addresses', () => {
    expect(coordinatorsChanged([' A@x.org', 'b@x.org'], ['b@x.org', 'a@x.org'])).toBe(false);
    expect(coordinatorsChanged([], ['a@x.org'])).toBe(true);
    expect(coordinatorsChanged(['a@x.org', 'c@x.org'], ['a@x.org'])).toBe(true);
  });
});
