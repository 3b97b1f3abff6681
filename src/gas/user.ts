/**
 * The active user's e-mail. Often blank: personal Gmail accounts and users of other domains are
 * not disclosed to the script (Session.getActiveUser docs); callers must cope with ''.
 */
export function currentUserEmail(): string {
  try {
    return Session.getActiveUser().getEmail() || '';
  } catch {
    return '';
  }
}
