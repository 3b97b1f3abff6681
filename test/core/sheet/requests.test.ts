import { cellData, chunkRequests, columnLetter, columnWidths, updateCells } from '../../../src/core/sheet/requests';

describe('Sheets request helpers', () => {
  it('names columns like Sheets does', () => {
    expect(['A', 'Z', 'AA', 'AZ', 'BA'].map((_, i) => columnLetter([0, 25, 26, 51, 52][i]))).toEqual([
      'A',
      'Z',
      'AA',
      'AZ',
      'BA',
    ]);
  });
  it('groups equal column widths into one request each', () => {
    expect(columnWidths(1, [100, 100, 200, 100])).toHaveLength(3);
  });
  it('keeps a small write in one batch and cuts a huge one by rows, in order, losing no cell', () => {
    const rows = Array.from({ length: 1000 }, (_, i) => Array.from({ length: 50 }, (_, j) => cellData(`${i}:${j}`)));
    const small = chunkRequests([{ addSheet: {} }, updateCells(1, 0, 0, rows.slice(0, 10))]);
    expect(small).toHaveLength(1);
    const big = chunkRequests([{ addSheet: {} }, updateCells(1, 0, 0, rows)], 12_000);
    expect(big.length).toBeGreaterThan(3);
    expect(big[0][0]).toEqual({ addSheet: {} });
    const parts = big.flat().filter((r) => r.updateCells);
    expect(parts.reduce((n, r) => n + r.updateCells!.rows!.length, 0)).toBe(1000);
    expect(parts.map((r) => r.updateCells!.start!.rowIndex)).toEqual(parts.map((_, i) => i * 240));
  });
});
