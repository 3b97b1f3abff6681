import { checkStaff } from './staff-check';
import { staffFromTable } from './staff-table';
import type { StaffMember, StaffProblem } from './types';

/**
 * The staff list as CSV (ФИО,Должность,Email,Группы,Псевдонимы,Активен). Fields may be quoted
 * ("…, …" with "" for a quote); lists inside a field are separated by ";". The column separator is
 * read from the header line (comma, semicolon or tab), because spreadsheets in a Russian locale
 * save CSV with ";".
 *
 * The problems include those of `checkStaff`, so one call tells the coordinator everything;
 * `row` is the record's number (header = 1), which is the row of the tab it is pasted into.
 */
export function parseStaffCsv(text: string): { staff: StaffMember[]; problems: StaffProblem[] } {
  const { records, unclosedAt } = csvRecords(text.replace(/^\uFEFF/, ''));
  const { staff, problems } = staffFromTable(records);
  if (unclosedAt !== null)
    problems.push({
      row: unclosedAt,
      field: null,
      kind: 'unclosed-quote',
      message: `Строка ${unclosedAt}: кавычка открыта и не закрыта — всё до конца файла прочитано как одно значение. Проверьте кавычки.`,
    });
  return { staff, problems: [...problems, ...checkStaff(staff)].sort((a, b) => a.row - b.row) };
}

function separatorOf(firstLine: string): string {
  const counts = [',', ';', '\t'].map((s) => ({ s, n: firstLine.split(s).length - 1 }));
  counts.sort((a, b) => b.n - a.n);
  return counts[0].n > 0 ? counts[0].s : ',';
}

/** RFC 4180 records; blank lines kept as empty records so record numbers stay line-like. */
export function csvRecords(src: string): { records: string[][]; unclosedAt: number | null } {
  const sep = separatorOf(src.split(/\r?\n/, 1)[0] ?? '');
  const records: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let quoteRecord = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell.trim() === '') {
      quoted = true;
      quoteRecord = records.length + 1;
      cell = '';
    } else if (c === sep) {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && src[i + 1] === '\n') i++;
      row.push(cell);
      records.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell !== '' || row.length) {
    row.push(cell);
    records.push(row);
  }
  return { records, unclosedAt: quoted ? quoteRecord : null };
}
