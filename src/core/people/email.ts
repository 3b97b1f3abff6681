/** An e-mail address good enough to send to: one "@", no spaces, a dot in the domain. */
export function isValidEmail(s: string): boolean {
  return /^[^\s@,;<>()]+@[^\s@,;<>()]+\.[^\s@,;<>().]{2,}$/.test(s.trim());
}
