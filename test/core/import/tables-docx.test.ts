/**
 * Tables of the corpus written again as Word files, the way an office suite lays them out: the №
 * column numbered automatically, a responsible cell merged down over the rows it covers, a section
 * row spanning the grid, a plan split over two tables (the second without a header), and a table
 * after the plan that is not part of it. Each is scored against the same expected rows as its
 * pasted text (test/fixtures/tables), through the .docx path (`importDocx`).
 */
import { importDocx } from '../../../src/core/plan/import-docx';
import { list, makeDocx, np, p, tbl, tc, tr } from '../docx/make-docx';
import { loadBatch, scorePlan, type TableCase } from './tables-score';

const byName = (batch: string, name: string): TableCase => {
  const c = loadBatch(batch).find((x) => x.name === name);
  if (!c) throw new Error(`no table ${batch}/${name}`);
  return c;
};

/** The pasted text's table: header and rows as cells (line breaks inside cells kept as paragraphs). */
function cellsOf(text: string, from: number): string[][] {
  return text
    .split('\n')
    .slice(from)
    .filter((l) => l.includes('\t'))
    .map((l) => l.split('\t'));
}

const para = (text: string) =>
  text
    ? text
        .split('\n')
        .map((t) => p(t))
        .join('')
    : p('');
const NUMBERED = list(1, [['decimal', '%1.']]);
const RESTART = '<w:vMerge w:val="restart"/>';
const CONTINUE = '<w:vMerge/>';

describe('corpus tables as .docx', () => {
  it('a № column numbered by Word and a responsible merged down the rows it covers (b1/school-library-textbooks)', () => {
    const c = byName('b1', 'school-library-textbooks');
    const [header, ...rows] = cellsOf(c.text, 0);
    const body = tbl(4, [
      tr(header.map((h) => tc(h))),
      tr([tc(p('Работа с фондом учебной литературы'), '<w:gridSpan w:val="4"/>')]),
      // every row's responsible is the same person: one cell merged over all of them
      ...rows.map((r, k) =>
        tr([
          tc(np('', 1)),
          tc(para(r[1])),
          tc(para(r[2])),
          tc(k === 0 ? para(r[3]) : p(''), k === 0 ? RESTART : CONTINUE),
        ]),
      ),
    ]);
    const plan = importDocx(makeDocx({ body, numbering: NUMBERED }));
    const score = scorePlan(c, plan);
    expect(score.misses).toEqual([]);
    expect(plan.activities.slice(1).every((a) => a.responsibleFrom === 'merged')).toBe(true);
  });

  it('a plan split over two tables, the second without its header, and an appendix table after it (b2/school-victory-65)', () => {
    const c = byName('b2', 'school-victory-65');
    const [header, ...rows] = cellsOf(c.text, 0);
    const row = (r: string[]) => tr(r.map((x) => tc(para(x))));
    const body =
      p('План мероприятий, посвященных 65-летию Победы.') +
      tbl(4, [row(header), ...rows.slice(0, 6).map(row)]) +
      tbl(4, rows.slice(6).map(row)) +
      p('Приложение 1') +
      tbl(2, [row(['Класс', 'Классный руководитель']), row(['7а', 'Смирнова Н. Э.'])]);
    const plan = importDocx(makeDocx({ body }));
    expect(scorePlan(c, plan).misses).toEqual([]);
    expect(plan.activities).toHaveLength(10);
    expect(plan.unrecognized).toContain('7а');
  });

  it('a section row spanning the grid over an activity column headed «Направления деятельности» (b2/region-exam-roadmap-directions)', () => {
    const c = byName('b2', 'region-exam-roadmap-directions');
    const [header, ...rows] = cellsOf(c.text, 0);
    const body = tbl(4, [
      tr(header.map((h) => tc(h))),
      tr([tc(p('I. Анализ работы по подготовке и проведению ГИА-11 в 2015 году'), '<w:gridSpan w:val="4"/>')]),
      ...rows.map((r) => tr(r.map((x) => tc(para(x))))),
    ]);
    const plan = importDocx(makeDocx({ body }));
    expect(scorePlan(c, plan).misses).toEqual([]);
    expect(plan.columns?.[1]).toMatchObject({ role: 'title', from: 'content' });
    expect(plan.activities.every((a) => a.section?.startsWith('I. Анализ'))).toBe(true);
  });

  it('cells of several paragraphs stay whole cells (b2/school-cleanup-month)', () => {
    const c = byName('b2', 'school-cleanup-month');
    // the pasted text's broken rows, read back into cells by the text reader's own rules
    const rows = [
      [
        'Подготовка и утверждение плана проведения месячника по наведению порядка на земле и благоустройству территории',
        '01.10.2018',
        'Попова И.А.\nШолтанюк Л.В.',
      ],
      [
        'Организация и проведение среди учащихся учреждения образования трудовых операций «Наведём порядок в нашей школе»\nАкции:\n«Школьный двор – наша забота»\n«Чистая школа, чистая улица, чистая деревня»',
        '02.10 -\n31.10',
        'Шолтанюк Л.В.\nКисель О.А.\nКисель С.А\nклассные руководители',
      ],
      [
        'Акция «Забота» (оказание помощи ветеранам педагогического труда, одиноко проживающим людям по наведению порядка во дворах и огородах)',
        '03.10\n10.10',
        'Симоновец Т.И.\nКисель О.А.',
      ],
      [
        'Акция «Украсим Беларусь цветами» (перекопка и удобрение цветочных клумб, подготовка к зимовке многолетних растений и кустарников,сбор семян цветочных растений, высадка зимних цветов на клумбы).',
        '02.10-31.10',
        'Шолтанюк Л.В.\nКисель О.А.\nКисель С.А',
      ],
    ];
    const body = tbl(4, [
      tr(['№ п/п', 'Наименование мероприятия', 'Дата проведения', 'Ответственные'].map((h) => tc(h))),
      ...rows.map((r) => tr([tc(np('', 1)), ...r.map((x) => tc(para(x)))])),
    ]);
    const plan = importDocx(makeDocx({ body, numbering: NUMBERED }));
    expect(scorePlan(c, plan).misses).toEqual([]);
  });
});
