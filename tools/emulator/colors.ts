/** Colours as Apps Script reports them: lower-case "#rrggbb" (setBackground('red') reads back '#ff0000'). */
const NAMES: Record<string, string> = {
  white: '#ffffff',
  black: '#000000',
  red: '#ff0000',
  green: '#008000',
  blue: '#0000ff',
  yellow: '#ffff00',
  orange: '#ffa500',
  gray: '#808080',
  grey: '#808080',
  silver: '#c0c0c0',
  purple: '#800080',
  lime: '#00ff00',
  cyan: '#00ffff',
  magenta: '#ff00ff',
};

export function normalizeColor(c: string | null | undefined): string | undefined {
  if (c === null || c === undefined || c === '') return undefined;
  const s = c.trim().toLowerCase();
  if (NAMES[s]) return NAMES[s];
  const m3 = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(s);
  if (m3) return `#${m3[1]}${m3[1]}${m3[2]}${m3[2]}${m3[3]}${m3[3]}`;
  if (/^#[0-9a-f]{6}$/.test(s)) return s;
  // The real service rejects unknown colour strings.
  throw new Error(`Invalid argument: color (${c})`);
}

/** Sheets API {red, green, blue} (0..1, missing = 0) → "#rrggbb". */
export function apiColorToHex(
  c: { red?: number; green?: number; blue?: number } | undefined | null,
): string | undefined {
  if (!c) return undefined;
  const h = (x: number | undefined) =>
    Math.round((x ?? 0) * 255)
      .toString(16)
      .padStart(2, '0');
  return `#${h(c.red)}${h(c.green)}${h(c.blue)}`;
}

export function hexToApiColor(hex: string): { red: number; green: number; blue: number } {
  const n = (i: number) => Number.parseInt(hex.slice(i, i + 2), 16) / 255;
  return { red: n(1), green: n(3), blue: n(5) };
}
