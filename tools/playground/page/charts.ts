/**
 * Embedded charts drawn as inline SVG from what Sheets would draw them from: the chart spec the
 * add-on sent (addChart) and the values of its data ranges in the workbook. `chartData` reads the
 * ranges (pure, tested), `chartSvg` draws a pie, bars or columns, stacked or side by side.
 *
 * Colours: a basic chart's series use the colour the spec gives; a pie chart cannot be given
 * slice colours through the Sheets API (PieChartSpec has only domain, series, legendPosition,
 * pieHole, threeDimensional — developers.google.com/sheets/api/reference/rest/v4/spreadsheets/charts#PieChartSpec),
 * so its slices take Sheets' default palette, as they would in Google Sheets.
 */
import { parseA1, splitSheet } from '../../emulator/a1';
import type { SheetSnapshot, WorkbookSnapshot } from '../../emulator/snapshot';
import type { SentChart } from '../chart-specs';

/** Sheets' default chart colours, in series order (the default theme's accent colours). */
export const DEFAULT_PALETTE = ['#4285f4', '#ea4335', '#fbbc04', '#34a853', '#ff6d01', '#46bdc6', '#7baaf7', '#f07b72'];

export type ChartSnapshot = SheetSnapshot['charts'][number] & { sent?: SentChart | null };

export interface ChartData {
  kind: 'pie' | 'bar' | 'column';
  title: string;
  stacked: boolean;
  legend: 'right' | 'bottom' | 'none';
  width: number;
  height: number;
  labels: string[];
  series: Array<{ name: string; values: number[]; color: string }>;
}

const hex = (n: number | undefined) =>
  Math.round(Math.max(0, Math.min(1, n ?? 0)) * 255)
    .toString(16)
    .padStart(2, '0');

/** A series colour: `colorStyle.rgbColor` (newer API) or the deprecated `color`. */
function colorOf(series: GoogleAppsScript.Sheets.Schema.BasicChartSeries | undefined): string | null {
  const s = series as
    | (GoogleAppsScript.Sheets.Schema.BasicChartSeries & {
        colorStyle?: { rgbColor?: GoogleAppsScript.Sheets.Schema.Color };
      })
    | undefined;
  const rgb = s?.colorStyle?.rgbColor ?? s?.color;
  return rgb ? `#${hex(rgb.red)}${hex(rgb.green)}${hex(rgb.blue)}` : null;
}

/** The cells of one column or row range, as raw values, read from the workbook snapshot. */
function rangeCells(wb: WorkbookSnapshot, ref: string, here: SheetSnapshot): unknown[] {
  const { sheet, range } = splitSheet(ref);
  const s = (sheet ? wb.sheets.find((x) => x.name === sheet) : here) ?? here;
  const g = parseA1(range, s.maxRows, s.maxColumns);
  const out: unknown[] = [];
  for (let i = 0; i < (g.numRows ?? 1); i++)
    for (let j = 0; j < (g.numCols ?? 1); j++) out.push(s.values[g.row - 1 + i]?.[g.col - 1 + j] ?? '');
  return out;
}

const isNumber = (v: unknown) => typeof v === 'number' && Number.isFinite(v);

/** The labels and series a chart shows: domain range first, then one range per series. */
export function chartData(chart: ChartSnapshot, sheet: SheetSnapshot, wb: WorkbookSnapshot): ChartData {
  const spec = chart.sent?.spec;
  const pie = chart.type === 'PIE' || !!spec?.pieChart;
  const basic = spec?.basicChart;
  const [domainRef, ...seriesRefs] = chart.ranges;
  const domain = domainRef ? rangeCells(wb, domainRef, sheet) : [];
  const series = seriesRefs.map((r) => rangeCells(wb, r, sheet));
  // A header row names the series; the spec says how many, else Sheets takes a first row whose
  // series cells are not numbers as the header.
  const header = basic?.headerCount ?? (series.length && series.every((s) => s.length && !isNumber(s[0])) ? 1 : 0);
  const basicSeries = basic?.series ?? [];
  const type = pie ? 'PIE' : (basic?.chartType ?? chart.type);
  const legendPos = String(
    (pie ? spec?.pieChart?.legendPosition : basic?.legendPosition) ?? (pie ? 'RIGHT_LEGEND' : 'BOTTOM_LEGEND'),
  );
  return {
    kind: pie ? 'pie' : type === 'BAR' ? 'bar' : 'column',
    title: String(spec?.title ?? chart.options?.title ?? ''),
    stacked: basic?.stackedType === 'STACKED' || basic?.stackedType === 'PERCENT_STACKED',
    legend: legendPos === 'NO_LEGEND' ? 'none' : legendPos.startsWith('RIGHT') ? 'right' : 'bottom',
    width: chart.sent?.width ?? 600,
    height: chart.sent?.height ?? 371,
    labels: domain.slice(header).map((v) => String(v ?? '')),
    series: series.map((vals, k) => ({
      name: header ? String(vals[0] ?? '') : `Ряд ${k + 1}`,
      values: vals.slice(header).map((v) => (isNumber(v) ? (v as number) : 0)),
      color: colorOf(basicSeries[k]) ?? DEFAULT_PALETTE[k % DEFAULT_PALETTE.length],
    })),
  };
}

const esc = (t: string) =>
  t.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);

/** A label shortened to about `n` characters, with the full text as the tooltip. */
function label(text: string, x: number, y: number, n: number, attrs = ''): string {
  const short = text.length > n ? `${text.slice(0, n - 1)}…` : text;
  return `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" ${attrs}>${short !== text ? `<title>${esc(text)}</title>` : ''}${esc(short)}</text>`;
}

/** A round step for an axis from 0 to `max` in about five ticks. */
export function niceStep(max: number): number {
  if (max <= 0) return 1;
  const raw = max / 5;
  const p = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((k) => k * p).find((s) => s >= raw) ?? 10 * p;
  return Math.max(step, 1);
}

function legend(items: Array<{ name: string; color: string }>, x: number, y: number, vertical: boolean, width: number) {
  let out = '';
  let cx = x;
  let cy = y;
  for (const it of items) {
    const w = Math.min(150, 22 + it.name.length * 6.5);
    if (!vertical && cx + w > x + width && cx > x) {
      cx = x;
      cy += 18;
    }
    out += `<rect x="${cx}" y="${cy - 9}" width="10" height="10" rx="2" fill="${it.color}"/>`;
    out += label(it.name, cx + 14, cy, vertical ? 28 : 22, 'class="legend"');
    if (vertical) cy += 18;
    else cx += w;
  }
  return out;
}

function pieSvg(d: ChartData): string {
  const values = d.series[0]?.values ?? [];
  const total = values.reduce((a, b) => a + b, 0);
  const items = d.labels
    .map((name, i) => ({ name, value: values[i] ?? 0, color: DEFAULT_PALETTE[i % DEFAULT_PALETTE.length] }))
    .filter((x) => x.value > 0);
  const legendW = d.legend === 'right' ? Math.min(200, d.width * 0.4) : 0;
  const top = d.title ? 40 : 12;
  const r = Math.max(20, Math.min((d.width - legendW - 40) / 2, (d.height - top - 16) / 2));
  const cx = 20 + r;
  const cy = top + (d.height - top - 8) / 2;
  let out = '';
  if (!total) out += `<text x="${cx}" y="${cy}" text-anchor="middle" class="axis">Нет данных</text>`;
  let a = -Math.PI / 2;
  for (const it of items) {
    const share = it.value / total;
    const b = a + share * 2 * Math.PI;
    const p = (t: number) => `${(cx + r * Math.cos(t)).toFixed(2)},${(cy + r * Math.sin(t)).toFixed(2)}`;
    const shape =
      share >= 0.9999
        ? `<circle cx="${cx}" cy="${cy}" r="${r}" fill="${it.color}" class="slice"`
        : `<path d="M${cx},${cy} L${p(a)} A${r},${r} 0 ${share > 0.5 ? 1 : 0} 1 ${p(b)} Z" fill="${it.color}" class="slice"`;
    out += `${shape} data-label="${esc(it.name)}" data-value="${it.value}"><title>${esc(it.name)}: ${it.value} (${Math.round(share * 100)}%)</title>${share >= 0.9999 ? '</circle>' : '</path>'}`;
    if (share >= 0.05) {
      const m = (a + b) / 2;
      out += `<text x="${(cx + r * 0.62 * Math.cos(m)).toFixed(1)}" y="${(cy + r * 0.62 * Math.sin(m) + 4).toFixed(1)}" text-anchor="middle" class="pct">${(share * 100).toFixed(1).replace('.', ',')}%</text>`;
    }
    a = b;
  }
  if (d.legend !== 'none')
    out +=
      d.legend === 'right'
        ? legend(items, cx + r + 24, cy - (items.length * 18) / 2 + 9, true, legendW)
        : legend(items, 20, d.height - 10, false, d.width - 40);
  return out;
}

function barsSvg(d: ChartData): string {
  const n = d.labels.length;
  const totals = d.labels.map((_, i) =>
    d.stacked
      ? d.series.reduce((a, s) => a + (s.values[i] ?? 0), 0)
      : Math.max(0, ...d.series.map((s) => s.values[i] ?? 0)),
  );
  const step = niceStep(Math.max(0, ...totals));
  const max = Math.max(step, Math.ceil(Math.max(0, ...totals) / step) * step);
  const top = d.title ? 40 : 12;
  const legendH = d.legend === 'bottom' ? 18 * Math.ceil(d.series.length / 4) + 8 : 0;
  const horizontal = d.kind === 'bar';
  const labelW = horizontal ? Math.min(160, d.width * 0.3) : 0;
  const x0 = 12 + labelW;
  const x1 = d.width - 16;
  const y0 = top;
  const y1 = d.height - legendH - 22;
  let out = '';
  const ticks = Math.round(max / step);
  for (let t = 0; t <= ticks; t++) {
    const v = t * step;
    if (horizontal) {
      const x = x0 + ((x1 - x0) * v) / max;
      out += `<line x1="${x.toFixed(1)}" y1="${y0}" x2="${x.toFixed(1)}" y2="${y1}" class="gridline"/>`;
      out += `<text x="${x.toFixed(1)}" y="${y1 + 14}" text-anchor="middle" class="axis">${v}</text>`;
    } else {
      const y = y1 - ((y1 - y0) * v) / max;
      out += `<line x1="${x0 + 24}" y1="${y.toFixed(1)}" x2="${x1}" y2="${y.toFixed(1)}" class="gridline"/>`;
      out += `<text x="${x0 + 20}" y="${(y + 4).toFixed(1)}" text-anchor="end" class="axis">${v}</text>`;
    }
  }
  const band = ((horizontal ? y1 - y0 : x1 - x0 - 24) || 1) / Math.max(n, 1);
  const thick = band * 0.6;
  const bars = d.stacked ? 1 : Math.max(d.series.length, 1);
  d.labels.forEach((name, i) => {
    const start = (horizontal ? y0 : x0 + 24) + band * i + (band - thick) / 2;
    if (horizontal) out += label(name, x0 - 6, start + thick / 2 + 4, 26, 'text-anchor="end" class="axis"');
    else out += label(name, start + thick / 2, y1 + 14, 14, 'text-anchor="middle" class="axis"');
    let acc = 0;
    d.series.forEach((s, k) => {
      const v = s.values[i] ?? 0;
      if (v <= 0) return;
      const from = d.stacked ? acc : 0;
      acc += v;
      const lane = d.stacked ? 0 : k;
      const w = thick / bars;
      const title = `<title>${esc(name)} — ${esc(s.name)}: ${v}</title>`;
      const attrs = `fill="${s.color}" class="bar" data-label="${esc(name)}" data-series="${esc(s.name)}" data-value="${v}"`;
      if (horizontal) {
        const x = x0 + ((x1 - x0) * from) / max;
        const len = ((x1 - x0) * v) / max;
        out += `<rect x="${x.toFixed(1)}" y="${(start + lane * w).toFixed(1)}" width="${len.toFixed(1)}" height="${w.toFixed(1)}" ${attrs}>${title}</rect>`;
      } else {
        const h = ((y1 - y0) * v) / max;
        const y = y1 - ((y1 - y0) * from) / max - h;
        out += `<rect x="${(start + lane * w).toFixed(1)}" y="${y.toFixed(1)}" width="${w.toFixed(1)}" height="${h.toFixed(1)}" ${attrs}>${title}</rect>`;
      }
    });
  });
  out += `<line x1="${horizontal ? x0 : x0 + 24}" y1="${y1}" x2="${x1}" y2="${y1}" class="baseline"/>`;
  if (d.legend !== 'none')
    out +=
      d.legend === 'bottom'
        ? legend(d.series, 20, d.height - legendH + 10, false, d.width - 40)
        : legend(d.series, x1 - 140, y0 + 10, true, 140);
  return out;
}

/** The chart as an `<svg>` element's markup, `width` × `height` pixels as the spec asked. */
export function chartSvg(d: ChartData): string {
  const body = d.kind === 'pie' ? pieSvg(d) : barsSvg(d);
  const title = d.title ? label(d.title, 16, 26, 60, 'class="chart-title"') : '';
  return `<svg xmlns="http://www.w3.org/2000/svg" class="chart-svg" data-kind="${d.kind}" width="${d.width}" height="${d.height}" viewBox="0 0 ${d.width} ${d.height}" role="img" aria-label="${esc(d.title)}"><rect width="100%" height="100%" fill="#fff"/>${title}${body}</svg>`;
}
