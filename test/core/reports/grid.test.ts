import { addHeading, GridBuilder, headerRow, widths } from '../../../src/core/reports/grid';

describe('GridBuilder', () => {
  it('emits rectangular arrays for every attribute, padded with the row style', () => {
    const g = new GridBuilder();
    g.add(['a', 1]);
    g.add([{ value: 'b', bold: true, background: '#ff0000', color: '#00ff00' }], { background: '#0000ff' });
    headerRow(g, ['x', 'y', 'z']);
    const out = g.build(4);
    for (const a of [out.values, out.numberFormats, out.backgrounds, out.fontWeights, out.fontColors]) {
      expect(a).toHaveLength(3);
      for (const r of a) expect(r).toHaveLength(4);
    }
    expect(out.values[0]).toEqual(['a', 1, null, null]);
    expect(out.numberFormats[0]).toEqual(['@', '0', '@', '@']);
    expect(out.backgrounds[1]).toEqual(['#ff0000', '#0000ff', '#0000ff', '#0000ff']);
    expect(out.fontWeights[1]).toEqual(['bold', 'normal', 'normal', 'normal']);
    expect(out.fontColors[1][0]).toBe('#00ff00');
    expect(out.fontWeights[2]).toEqual(['bold', 'bold', 'bold', 'bold']);
  });

  it('formats every string as text, so formula-like user text stays text', () => {
    const g = new GridBuilder();
    g.add(['=1+1', '+7', '-x', '@me', { value: 0.5, format: '0%' }]);
    const out = g.build();
    expect(out.values[0].slice(0, 4)).toEqual(['=1+1', '+7', '-x', '@me']);
    expect(out.numberFormats[0]).toEqual(['@', '@', '@', '@', '0%']);
  });

  it('lets a cell clear the row background explicitly', () => {
    const g = new GridBuilder();
    g.add([{ value: null, background: null }, 'x'], { background: '#eeeeee' });
    expect(g.build().backgrounds[0]).toEqual([null, '#eeeeee']);
  });

  it('returns 1-based row numbers and keeps links', () => {
    const g = new GridBuilder();
    expect(g.nextRow).toBe(1);
    expect(g.add()).toBe(1);
    const r = g.add(['t']);
    g.link(r, 1, 'id-1');
    expect(r).toBe(2);
    expect(g.links).toEqual([{ row: 2, col: 1, activityId: 'id-1' }]);
  });
});

describe('report heading', () => {
  it('names the tab, the as-of date and that it is generated; folds the plan title', () => {
    const g = new GridBuilder();
    addHeading(g, 'Отчёт: Сводка', '2021-03-05', ['План – график\n  проведения ВСОКО', null, 'шкала']);
    const out = g.build();
    expect(out.values[0][0]).toBe(
      'Отчёт: Сводка — по состоянию на 05.03.2021. Сформировано автоматически — не редактируйте',
    );
    expect(out.values[1][0]).toBe('План – график проведения ВСОКО · шкала');
    const empty = new GridBuilder();
    addHeading(empty, 'X', '2021-03-05', [null, '  ']);
    expect(empty.build().values[1][0]).toBeNull();
  });

  it('pads widths', () => {
    expect(widths([10, 20], 4, 5)).toEqual([10, 20, 5, 5]);
    expect(widths([10, 20, 30], 2)).toEqual([10, 20]);
  });
});
