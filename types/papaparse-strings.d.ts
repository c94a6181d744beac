// What shared/ uses of papaparse: parsing a string already in memory. Its full
// types reference Node's streams, which would let Node globals into the
// shared/ type check; this keeps the check honest.
declare module 'papaparse' {
  interface ParseError {
    type: string;
    code: string;
    message: string;
    row?: number;
    index?: number;
  }
  interface ParseResult<T> {
    data: T[];
    errors: ParseError[];
    meta: { delimiter: string; linebreak: string; aborted: boolean; truncated: boolean; cursor: number; fields?: string[] };
  }
  interface ParseConfig {
    delimiter?: string;
    newline?: string;
    quoteChar?: string;
    escapeChar?: string;
    header?: false;
    skipEmptyLines?: boolean | 'greedy';
    delimitersToGuess?: string[];
  }
  const Papa: {
    parse<T>(input: string, config?: ParseConfig): ParseResult<T>;
  };
  export default Papa;
}
