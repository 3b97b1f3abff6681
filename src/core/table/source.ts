/**
 * What every reader (pasted text, .docx) produces and the one plan builder consumes:
 * the paragraphs around the table and the table as a grid of cells placed by column.
 */
export interface SourceCell {
  /** Cell text; line breaks inside the cell kept as `\n`. Markup (`<b>`, `<p>`, `**`) may remain in text input. */
  text: string;
  /** This cell continues a vertical merge: its text was copied from the merge's first cell (certain). */
  merged?: boolean;
  /** The whole cell is bold (a hint for heading rows). */
  bold?: boolean;
  /** The cell spans this many grid columns (from `w:gridSpan`); 1 when absent. */
  span?: number;
}

export interface SourceRow {
  cells: SourceCell[];
  /** 1-based line (text) or row (docx) number in the source, for messages. */
  line?: number;
  /** For text input: true when this line looks like the continuation of the row above (page break). */
  continuation?: boolean;
  /**
   * For text input: a line without tabs right under a row. It is either a heading or the rest of
   * that row's last cell (a cell of several paragraphs: "Попова И.А." / "Шолтанюк Л.В."); the plan
   * builder decides, knowing what the last cell's column holds.
   */
  tail?: boolean;
}

export interface SourceTable {
  rows: SourceRow[];
  /**
   * .docx: the paragraphs between the previous table and this one (section titles, "Цель: …"),
   * one entry per line. Absent or empty for the first table, whose lines are the document's `before`.
   */
  between?: string[];
}

export interface SourceDocument {
  /** Paragraphs before the first table (title, order preamble, "УТВЕРЖДЕНО" block). */
  before: string[];
  tables: SourceTable[];
  /** Paragraphs after the last table. */
  after: string[];
  /** Where it came from: shown in messages. */
  format: 'text' | 'docx';
}
