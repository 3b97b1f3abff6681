/**
 * The department add-on's menu «Свод» (Extensions → «План-график: Свод», the add-on's own
 * Marketplace name: reference/base/ui#createAddonMenu) and its two actions. A UserError is an
 * alert in Russian with the English after it; anything else is a bug and is rethrown.
 */
import { isUserError } from '../../core/errors';
import { chooseActivities } from '../../core/rollup/distribute';
import { confirmMatches } from './confirm';
import { askDaily } from './daily';
import { readDepartment } from './department';
import { distributePlan, distributionTargets } from './distribute';
import { runRollup, withRollupLock } from './run';

export const ROLLUP_TITLE = 'План-график: Свод';

export const ROLLUP_MENU = [
  { caption: 'Разослать план организациям…', fn: 'menuDistribute' },
  { caption: 'Обновить свод', fn: 'menuRollup' },
  { caption: 'Подтвердить сопоставления', fn: 'menuConfirmMatches' },
  { caption: 'Напоминания организациям…', fn: 'menuDaily' },
] as const;

export function addRollupMenu(ui: GoogleAppsScript.Base.Ui): void {
  const menu = ui.createAddonMenu();
  for (const i of ROLLUP_MENU) menu.addItem(i.caption, i.fn);
  menu.addToUi();
}

function action(fn: (ui: GoogleAppsScript.Base.Ui) => void): void {
  const ui = SpreadsheetApp.getUi();
  try {
    fn(ui);
  } catch (e) {
    if (isUserError(e)) {
      ui.alert(ROLLUP_TITLE, `${e.message}\n\n${e.en}`, ui.ButtonSet.OK);
      return;
    }
    throw e;
  }
}

export function menuRollupAction(): void {
  action(() => {
    const ss = SpreadsheetApp.getActive();
    const r = runRollup(ss)!;
    ss.toast(r.message, ROLLUP_TITLE, 10);
  });
}

export function menuDistributeAction(): void {
  action((ui) => {
    const started = Date.now();
    const d = readDepartment(SpreadsheetApp.getActive().getId());
    const { targets, skipped } = distributionTargets(d);
    if (!targets.length) {
      ui.alert(
        ROLLUP_TITLE,
        `Всем организациям во вкладке «Организации» уже созданы или подключены таблицы — рассылать некому.${
          skipped.length ? `\n\nНе рассылается (исправьте строки):\n${skipped.join('\n')}` : ''
        }\n\nEvery organisation already has a spreadsheet.`,
        ui.ButtonSet.OK,
      );
      return;
    }
    const orgsOnly = chooseActivities(d.municipal, 'organisations').filter((c) => c.distributed).length;
    const answer = ui.alert(
      ROLLUP_TITLE,
      [
        `Будет создано таблиц: ${targets.length} (по одной на организацию без таблицы), координатор каждой станет её редактором.`,
        '',
        `«Да» — только мероприятия, где ответственные — организации: ${orgsOnly} из ${d.municipal.length}.`,
        `«Нет» — все мероприятия плана: ${d.municipal.length}.`,
        '«Отмена» — ничего не создавать.',
        '',
        `Yes: only the organisations' activities (${orgsOnly}); No: all ${d.municipal.length}; Cancel: nothing.`,
      ].join('\n'),
      ui.ButtonSet.YES_NO_CANCEL,
    );
    if (answer !== ui.Button.YES && answer !== ui.Button.NO) return;
    // Under the lock, read again: the question may have waited while another run distributed.
    const r = withRollupLock(() =>
      distributePlan(
        readDepartment(SpreadsheetApp.getActive().getId()),
        answer === ui.Button.YES ? 'organisations' : 'all',
        started,
      ),
    );
    const lines = [
      `Создано таблиц: ${r.created.length}, мероприятий в каждой: ${r.activities}. Ссылки записаны во вкладку «Организации».`,
    ];
    for (const u of r.unplaced)
      lines.push(`Строка «${u.name}» исчезла из «Организации» во время рассылки: впишите ссылку сами — ${u.url}`);
    if (r.left) lines.push(`Не успели за один запуск: ${r.left}. Запустите «Разослать план организациям…» ещё раз.`);
    if (r.skipped.length) lines.push('', 'Не рассылается (исправьте строки):', ...r.skipped);
    lines.push('', `Created ${r.created.length} spreadsheets${r.left ? `; ${r.left} left — run it again` : ''}.`);
    ui.alert(ROLLUP_TITLE, lines.join('\n'), ui.ButtonSet.OK);
  });
}

export function menuConfirmAction(): void {
  action((ui) => {
    const r = confirmMatches(SpreadsheetApp.getActive().getId());
    ui.alert(
      ROLLUP_TITLE,
      r.answered
        ? `Учтено ответов: ${r.answered} (всего подтверждено: ${r.kept}). Они войдут в свод при следующем «Обновить свод».\n\n${r.answered} answers kept; the next roll-up counts them.`
        : 'Ответов нет: впишите «да» или «нет» в столбец «Ответ (да / нет)» под «Сопоставление ждёт подтверждения» во вкладке «Свод по организациям».\n\nNo answers: write yes or no in the answer column first.',
      ui.ButtonSet.OK,
    );
  });
}

export function menuDailyAction(): void {
  action((ui) => askDaily(ui, ROLLUP_TITLE, readDepartment(SpreadsheetApp.getActive().getId())));
}
