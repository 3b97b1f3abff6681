/**
 * A generated report tab as Sheets API requests: the old tab (with its charts) is deleted and the
 * new one added and filled in the same batch, so a refresh replaces, never duplicates, and the
 * rebuild is idempotent. Strings are written as strings (never formulas); links to the activity's
 * row are text links (`textFormat.link`), not HYPERLINK formulas.
 */
import { type Language, sayIn } from '../language';
import type { ChartSpec, ReportTab } from '../reports/types';
import {
  type CellData,
  cellData,
  color,
  columnWidths,
  FORMAT_FIELDS,
  frozen,
  protectWarningOnly,
  type SheetsRequest,
  updateCells,
} from './requests';

/** What Sheets says to someone who edits a generated tab. */
export const generatedNote = (lang: Language): string =>
  sayIn(lang)(
    'Сформировано автоматически: изменения будут перезаписаны при обновлении отчётов.',
    'Made automatically: changes are overwritten when the reports are refreshed.',
  );

function reportCells(tab: ReportTab, rowUrl: (activityId: string) => string | null): CellData[][] {
  const links = new Map(tab.links.map((l) => [`${l.row}:${l.col}`, l.activityId]));
  return tab.values.map((row, i) =>
    row.map((v, j) => {
      // Number formats go in rectangles (numberFormatRequests): per cell they were half the bytes.
      const cell = cellData(v, {
        background: tab.backgrounds[i]?.[j] ?? null,
        bold: tab.fontWeights[i]?.[j] === 'bold',
        color: tab.fontColors[i]?.[j] ?? null,
      });
      const id = links.get(`${i + 1}:${j + 1}`);
      const url = id ? rowUrl(id) : null;
      if (url) {
        const f = cell.userEnteredFormat ?? {};
        f.textFormat = { ...(f.textFormat ?? {}), link: { uri: url } };
        cell.userEnteredFormat = f;
      }
      return cell;
    }),
  );
}

function numberFormatOf(fmt: string): gapi.client.sheets.NumberFormat {
  if (fmt === '@') return { type: 'TEXT' };
  if (fmt === '0%') return { type: 'PERCENT', pattern: '0%' };
  return { type: 'NUMBER', pattern: fmt };
}

/**
 * The tab's number formats as few repeatCell requests: runs of one format in a row, merged with
 * the same run of the rows above (a 10,000-row calendar in text format is one rectangle).
 */
export function numberFormatRequests(
  sheetId: number,
  formats: readonly (readonly (string | undefined)[])[],
): SheetsRequest[] {
  type Rect = { r0: number; r1: number; c0: number; c1: number; fmt: string };
  const done: Rect[] = [];
  let open = new Map<string, Rect>();
  formats.forEach((row, r) => {
    const next = new Map<string, Rect>();
    for (let c = 0; c < row.length; ) {
      const fmt = row[c];
      let end = c + 1;
      while (end < row.length && row[end] === fmt) end++;
      if (fmt) {
        const key = `${c}:${end}:${fmt}`;
        const rect = open.get(key);
        if (rect) {
          rect.r1 = r + 1;
          open.delete(key);
        }
        next.set(key, rect ?? { r0: r, r1: r + 1, c0: c, c1: end, fmt });
      }
      c = end;
    }
    done.push(...open.values());
    open = next;
  });
  done.push(...open.values());
  return done.map((x) => ({
    repeatCell: {
      range: { sheetId, startRowIndex: x.r0, endRowIndex: x.r1, startColumnIndex: x.c0, endColumnIndex: x.c1 },
      cell: { userEnteredFormat: { numberFormat: numberFormatOf(x.fmt) } },
      fields: FORMAT_FIELDS,
    },
  }));
}

function chartRequest(sheetId: number, c: ChartSpec): SheetsRequest {
  const r = c.range;
  const src = (col: number, fromRow = r.row) => ({
    sourceRange: {
      sources: [
        {
          sheetId,
          startRowIndex: fromRow - 1,
          endRowIndex: r.row - 1 + r.numRows,
          startColumnIndex: col - 1,
          endColumnIndex: col,
        },
      ],
    },
  });
  const position = {
    overlayPosition: {
      anchorCell: { sheetId, rowIndex: c.position.row - 1, columnIndex: c.position.col - 1 },
      widthPixels: c.width ?? 480,
      heightPixels: c.height ?? 300,
    },
  };
  if (c.kind === 'pie') {
    return {
      addChart: {
        chart: {
          spec: {
            title: c.title,
            pieChart: { legendPosition: 'RIGHT_LEGEND', domain: src(r.col), series: src(r.col + 1) },
          },
          position,
        },
      },
    };
  }
  const series = [];
  for (let k = 1; k < r.numColumns; k++) {
    const s: Record<string, unknown> = {
      series: src(r.col + k),
      targetAxis: c.kind === 'stacked-bar' ? 'BOTTOM_AXIS' : 'LEFT_AXIS',
    };
    const col = c.colors?.[k - 1];
    if (col) s.color = color(col);
    series.push(s);
  }
  return {
    addChart: {
      chart: {
        spec: {
          title: c.title,
          basicChart: {
            chartType: c.kind === 'stacked-bar' ? 'BAR' : 'COLUMN',
            stackedType: c.kind === 'stacked-bar' ? 'STACKED' : 'NOT_STACKED',
            legendPosition: 'BOTTOM_LEGEND',
            headerCount: 1,
            domains: [{ domain: src(r.col) }],
            series,
          },
        },
        position,
      },
    },
  };
}

/**
 * Requests to (re)build one report tab. `oldSheetId` is the existing tab of that name, if any.
 * The new tab goes to the end of the list: `addSheet` has no index, so deleting old tabs earlier in
 * the same batch can never leave it pointing past the end (SheetProperties.index: "if this field is
 * excluded then the sheet is added … to the end of the sheet list").
 */
export function reportTabRequests(
  tab: ReportTab,
  sheetId: number,
  oldSheetId: number | null,
  rowUrl: (activityId: string) => string | null,
  lang: Language = 'ru',
): SheetsRequest[] {
  const rows = Math.max(tab.values.length, 1);
  const cols = Math.max(tab.values[0]?.length ?? 1, 1);
  const requests: SheetsRequest[] = [];
  if (oldSheetId !== null) requests.push({ deleteSheet: { sheetId: oldSheetId } });
  requests.push({
    addSheet: {
      properties: {
        sheetId,
        title: tab.name,
        // Charts are anchored to the right of the data: the grid must reach their anchor.
        gridProperties: {
          rowCount: rows + 5,
          columnCount: Math.max(cols, ...tab.charts.map((c) => c.position.col + 8)),
        },
        tabColor: tab.tabColor ? color(tab.tabColor) : undefined,
      },
    },
  });
  requests.push(...numberFormatRequests(sheetId, tab.numberFormats));
  requests.push(
    updateCells(
      sheetId,
      0,
      0,
      reportCells(tab, rowUrl),
      // Not numberFormat: the rectangles above set it (a mask field absent from a cell clears it).
      'userEnteredValue,userEnteredFormat.backgroundColor,userEnteredFormat.textFormat',
    ),
  );
  requests.push(frozen(sheetId, tab.frozenRows, tab.frozenColumns ?? 0));
  requests.push(...columnWidths(sheetId, tab.columnWidths));
  for (const c of tab.charts) requests.push(chartRequest(sheetId, c));
  requests.push(protectWarningOnly(sheetId, generatedNote(lang)));
  return requests;
}
