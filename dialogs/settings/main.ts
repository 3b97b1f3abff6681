/**
 * The «Настройки напоминаний» dialog: the form of dialogs/settings/form.ts filled from the data
 * the server put in the page's <meta> (src/gas/settings-page.ts); «Сохранить» and «Передать» call
 * the server through the typed client, and any Failure is worded by its kind (src/ui/failure.ts).
 */

import { sayIn } from '../../src/core/language';
import type { Failure } from '../../src/shared/reply';
import type { SettingsPageData } from '../../src/shared/settings-contract';
import { clear, h, on } from '../../src/ui/dom';
import { failureText } from '../../src/ui/failure';
import { pageLanguage } from '../../src/ui/language';
import { client, closeDialog, isFailure } from '../../src/ui/server';
import { collect, formView, ownerView, warningsView } from './form';

const api = client(['remindersSettingsSave', 'accessTransferOwner']);

/** Must match SETTINGS_META in src/shared/settings-contract.ts (a value the page may not import; the playground test opens the pair). */
const SETTINGS_META = 'plan-grafik-settings';

/** The data of the page; a page opened without it (no server) says so instead of a blank form. */
function pageData(): SettingsPageData | null {
  const raw = document.querySelector(`meta[name="${SETTINGS_META}"]`)?.getAttribute('content');
  if (!raw) return null;
  try {
    const d = JSON.parse(raw) as SettingsPageData;
    return d && typeof d === 'object' && d.settings && d.who ? d : null;
  } catch {
    return null;
  }
}

const lang = pageLanguage('settings');
const words = sayIn(lang);

function say(msg: HTMLElement, text: string | Failure, error = false): void {
  clear(msg);
  if (isFailure(text)) {
    msg.className = 'err';
    msg.setAttribute('role', 'alert');
    msg.append(h('p', {}, failureText(text, lang)));
    return;
  }
  msg.className = error ? 'err' : '';
  msg.removeAttribute('role');
  msg.append(h('p', {}, text));
}

function start(): void {
  const app = document.getElementById('app') as HTMLElement;
  const d = pageData();
  if (!d) {
    app.append(
      h(
        'p',
        { class: 'warn' },
        words(
          'Нет данных настроек: закройте окно и откройте его снова.',
          'No settings data: close the dialog and open it again.',
        ),
      ),
    );
    return;
  }
  const form = formView(d.settings, d.suggested, d.who, d.suggestedHead ?? null, lang);
  const msg = h('span', { id: 'msg', 'aria-live': 'polite' });
  const save = h('button', { class: 'primary', id: 'save', type: 'button' }, words('Сохранить', 'Save'));
  const close = h('button', { id: 'close', type: 'button' }, words('Закрыть', 'Close'));
  const saving = words('Сохранение…', 'Saving…');
  app.append(
    ...[warningsView(d.warnings), form, ownerView(d.who, lang), h('div', { class: 'bar' }, save, close, msg)].filter(
      (x): x is HTMLElement => !!x,
    ),
  );
  on(save, 'click', async () => {
    say(msg, saving);
    const r = await api.remindersSettingsSave(collect(form));
    if (isFailure(r)) say(msg, r);
    else if (r.warnings.length) say(msg, r.warnings.join(' '), true);
    // A new language is the document's from now on: the page is drawn in it when opened again.
    else say(msg, words('Сохранено.', 'Saved.'));
  });
  const give = app.querySelector<HTMLButtonElement>('#give');
  if (give)
    on(give, 'click', async () => {
      const email = (app.querySelector('#successor') as HTMLInputElement).value.trim();
      say(msg, saving);
      const r = await api.accessTransferOwner({ email });
      if (isFailure(r)) say(msg, r);
      else
        say(
          msg,
          r.pending
            ? words(
                `Права перейдут к ${r.pending}, когда он(а) войдёт под этим адресом.`,
                `${r.pending} becomes the owner when signed in with this address.`,
              )
            : words('Передача отменена.', 'Hand-over cancelled.'),
        );
    });
  on(close, 'click', closeDialog);
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
