/**
 * The chart specs the add-on sends with `Spreadsheets.batchUpdate` (`addChart`), kept by chart id
 * so the page can draw each chart as Sheets would. The emulator's workbook keeps a chart's type,
 * data ranges, anchor and title; how Sheets draws it also depends on what only the request holds
 * (series colours, stacking, legend, size), so the playground reads that from the request itself.
 */
export interface SentChart {
  spec: GoogleAppsScript.Sheets.Schema.ChartSpec;
  /** Size asked for in `overlayPosition`; Sheets' default when absent. */
  width: number;
  height: number;
}

/** A new chart's size when the request gives none (Sheets' default overlay: 600 × 371 px). */
export const DEFAULT_CHART_SIZE = { width: 600, height: 371 };

/** `sheets` with its batchUpdate noting every addChart into `into`; calls are counted as before. */
export function recordChartSpecs(
  sheets: GoogleAppsScript.Sheets,
  into: Map<number, SentChart>,
): GoogleAppsScript.Sheets {
  const api = sheets.Spreadsheets!;
  const batchUpdate = api.batchUpdate.bind(api);
  const Spreadsheets = Object.assign(Object.create(null), api, {
    batchUpdate(resource: GoogleAppsScript.Sheets.Schema.BatchUpdateSpreadsheetRequest, id: string) {
      const out = batchUpdate(resource, id);
      (resource.requests ?? []).forEach((r, i) => {
        const sent = r.addChart?.chart;
        const chartId = out.replies?.[i]?.addChart?.chart?.chartId;
        if (!sent?.spec || typeof chartId !== 'number') return;
        const overlay = sent.position?.overlayPosition;
        into.set(chartId, {
          spec: structuredClone(sent.spec),
          width: overlay?.widthPixels ?? DEFAULT_CHART_SIZE.width,
          height: overlay?.heightPixels ?? DEFAULT_CHART_SIZE.height,
        });
      });
      return out;
    },
  }) as GoogleAppsScript.Sheets.Collection.SpreadsheetsCollection;
  return { ...sheets, Spreadsheets } as GoogleAppsScript.Sheets;
}
