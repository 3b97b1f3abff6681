import { DEFAULT_SETTINGS } from '../../../src/core/reminders/settings';
import { settingsFormHtml } from '../../../src/core/reminders/settings-form';

/** The input's attributes for one field of the rendered form. */
const input = (html: string, name: string) => html.match(new RegExp(`<input[^>]*name="${name}"[^>]*>`))![0];

describe('settings form: who receives the escalations is what it shows (issue 16)', () => {
  const suggested = ['t.lebedeva@school.ru', 'director@school.ru'];

  it('with no coordinators saved, the addresses the daily run would use are the field’s value, not a grey placeholder', () => {
    const html = settingsFormHtml({ ...DEFAULT_SETTINGS, coordinators: [] }, [], suggested);
    const field = input(html, 'coordinators');
    expect(field).toContain('value="t.lebedeva@school.ru, director@school.ru"');
    expect(field).toContain('placeholder=""');
    expect(html).toContain('Не сохранены: сейчас письма координаторам получают эти адреса из «Сотрудников»');
    // The page sends the field's value (what the coordinator sees), never the placeholder.
    expect(html).toContain("coordinators:list(val('coordinators').value)");
  });

  it('saved coordinators are shown as saved, with no note', () => {
    const html = settingsFormHtml({ ...DEFAULT_SETTINGS, coordinators: ['a@x.org'] }, [], suggested);
    expect(input(html, 'coordinators')).toContain('value="a@x.org"');
    expect(html).not.toContain('Не сохранены');
  });
});
