/**
 * «Напоминания → Настройки…»: the built page dist/settings.html (dialogs/settings), opened with
 * the settings, the warnings, the suggested coordinators and the owner view in a <meta> (escaped
 * JSON), the way the import dialog gets its sheet (src/gas/convert-sheet.ts). It saves through
 * `remindersSettingsSave` and hands over through `accessTransferOwner` (src/gas/endpoints.ts).
 */
import { escapeHtml } from '../core/reminders/render';
import { SETTINGS_META, type SettingsPageData } from '../shared/settings-contract';
import { type Access, ownerView } from './access';
import { pageIn } from './page-language';
import { loadSettings, withAudience } from './reminders';
import { loadWorkbook, NO_STAFF_NOTE } from './workbook';

export function settingsData(access: Access): SettingsPageData {
  const { settings, warnings } = loadSettings(access.doc);
  const wb = loadWorkbook(['staff'], new Date(), access.state);
  const suggested = withAudience({ ...settings, coordinators: [] }, wb.staff).coordinators;
  // What the daily run really uses for the head when none is saved (withAudience), said in words.
  const suggestedHead = settings.head ? null : (withAudience(settings, wb.staff).head ?? null);
  return {
    settings,
    warnings: wb.staff ? warnings : [...warnings, NO_STAFF_NOTE[access.lang]],
    suggested,
    suggestedHead,
    who: ownerView(access),
  };
}

export function settingsMarker(data: SettingsPageData): string {
  return `<meta name="${SETTINGS_META}" content="${escapeHtml(JSON.stringify(data))}">`;
}

export function settingsPage(access: Access): GoogleAppsScript.HTML.HtmlOutput {
  return pageIn('settings', access.lang)
    .append(settingsMarker(settingsData(access)))
    .setWidth(620)
    .setHeight(660);
}
