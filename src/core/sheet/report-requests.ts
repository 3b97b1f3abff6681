/**
 * A generated report tab as Sheets API requests: the old tab (with its charts) is deleted and the
 * new one added and filled in the same batch, so a refresh replaces, never duplicates, and the
 * rebuild is idempotent. Strings are written as strings (never formulas); links to the activity's
 * row are text links (`textFormat.link`), not HYPERLINK formulas.
 */
import type { ChartSpec, ReportTab } from '../reports/types';
import {
  type CellData,
  cellData,
  color,
  columnWidths,
  frozen,
  protectWarningOnly,
  type SheetsRequest,
} from './requests';

export const GENERATED_NOTE = 'Сформировано автоматически: изменения будут перезаписаны при обновлении отчётов.';

function reportCells(tab: ReportTab, rowUrl: (activityId: string) => string | null): CellData[][] {
  const links = new Map(tab.links.map((l) => [`${l.row}:${l.col}`, l.activityId]));
  return tab.values.map((row, i) =>
    row.map((v, j) => {
      const fmt = tab.numberFormats[i]?.[j];
      const cell = cellData(v, {
        background: tab.backgrounds[i]?.[j] ?? null,
        bold: tab.fontWeights[i]?.[j] === 'bold',
        color: tab.fontColors[i]?.[j] ?? null,
      });
      cell.userEnteredFormat = cell.userEnteredFormat ?? {};
      const f = cell.userEnteredFormat;
      if (fmt === '@') f.numberFormat = { type: 'TEXT' };
      else if (fmt === '0%') f.numberFormat = { type: 'PERCENT', pattern: '0%' };
      else if (fmt) f.numberFormat = { type: 'NUMBER', pattern: fmt };
      const id = links.get(`${i + 1}:${j + 1}`);
      const url = id ? rowUrl(id) : null;
      if (url) f.textFormat = { ...(f.textFormat ?? {}), link: { uri: url } };
      if (!Object.keys(f).length) delete cell.userEnteredFormat;
      return cell;
    }),
  );
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
  requests.push({
    updateCells: {
      start: { sheetId, rowIndex: 0, columnIndex: 0 },
      rows: reportCells(tab, rowUrl).map((values) => ({ values })),
      fields: 'userEnteredValue,userEnteredFormat',
    },
  });
  requests.push(frozen(sheetId, tab.frozenRows, tab.frozenColumns ?? 0));
  requests.push(...columnWidths(sheetId, tab.columnWidths));
  for (const c of tab.charts) requests.push(chartRequest(sheetId, c));
  requests.push(protectWarningOnly(sheetId, GENERATED_NOTE));
  return requests;
}
