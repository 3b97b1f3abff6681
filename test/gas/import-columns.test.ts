/** The import dialog's remembered column roles, on the built add-on in the emulator. */
import { loadAddon } from '../../tools/playground/addon';
import { refused } from './helpers';

describe('importColumnsGet / importColumnsSave', () => {
  it('remembers a choice per table shape in document properties', () => {
    const addon = loadAddon({ activeUser: 'coordinator@example.org', effectiveUser: 'coordinator@example.org' });
    expect(addon.call('importColumnsGet', { shape: 'h:мероприятие|срок' })).toEqual({ columns: null, lang: 'ru' });
    expect(addon.call('importColumnsSave', { shape: 'h:мероприятие|срок', columns: { '1': 'title' } })).toEqual({
      saved: true,
      lang: 'ru',
    });
    expect(addon.call('importColumnsGet', { shape: 'h:мероприятие|срок' })).toEqual({
      columns: { '1': 'title' },
      lang: 'ru',
    });
    expect(addon.call('importColumnsGet', { shape: 'w:3' })).toEqual({ columns: null, lang: 'ru' });
  });

  it('refuses a bad request in Russian, writing nothing', () => {
    const addon = loadAddon();
    expect(refused(addon.call('importColumnsSave', { shape: 'w:3', columns: { '1': 'drop' } }), 'invalid')).toMatch(
      /Неверный запрос \(поле «columns\.1»\)/,
    );
    expect(refused(addon.call('importColumnsGet', {}), 'invalid')).toMatch(/Неверный запрос \(поле «shape»\)/);
    expect(addon.call('importColumnsGet', { shape: 'w:3' })).toEqual({ columns: null, lang: 'ru' });
  });
});
