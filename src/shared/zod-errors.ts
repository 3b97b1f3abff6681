/**
 * zod/mini loads no locale, so a check without a message of ours would say only "Invalid input".
 * Parsing with this gives zod's own Russian wording for those (our Russian messages win where given).
 */
import { ru } from 'zod/v4/locales';

export const RU_ERRORS = { error: ru().localeError };
