/**
 * What the settings dialog (dialogs/settings) is opened with: the server puts it, as JSON, in a
 * <meta> of the page (src/gas/settings-page.ts), so nothing about the form is rendered on the
 * server and no value is pasted into HTML unescaped. Types only: the page imports them with
 * `import type`.
 */
import type { ReminderSettings } from '../core/reminders/settings';

/** Who owns the document, for the dialog: only the owner edits the coordinators or hands over. */
export interface OwnerView {
  owner: string | null;
  /** A successor named by the owner, not signed in yet. */
  pending: string | null;
  isOwner: boolean;
}

export interface SettingsPageData {
  settings: ReminderSettings;
  /** Russian notes shown above the form (bad stored fields, no Сотрудники tab). */
  warnings: string[];
  /** The coordinators the daily run writes to while none are saved (Сотрудники's head and deputies). */
  suggested: string[];
  /** The head the weekly summary goes to while none is saved (Сотрудники's head), or null. */
  suggestedHead: string | null;
  who: OwnerView;
}

/** The <meta> name the page reads its data from. */
export const SETTINGS_META = 'plan-grafik-settings';
