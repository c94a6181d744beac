// Reading a CSV row by a column that a mapping may leave unset: the mapped CSV
// import and both organogram files read their cells and name their columns so.

/** The trimmed text of `cells` at `column`; empty when no column is mapped or the row is shorter than the header line. */
export function cellIn(cells: readonly string[], column: number | undefined): string {
  return column === undefined ? '' : (cells[column] ?? '').trim();
}

/** The header of `column`, for messages; `fallback` when no column is mapped or the header line has no such column. */
export function headerIn(headers: readonly string[], column: number | undefined, fallback: string): string {
  return (column === undefined ? undefined : headers[column]) ?? fallback;
}
