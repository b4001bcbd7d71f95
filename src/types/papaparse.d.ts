/**
 * The part of papaparse's API that Diptych uses, for code that runs in the renderer.
 * `@types/papaparse` references Node's types (for its stream API), and with them the renderer
 * would type-check `process` and `Buffer`; tsconfig.web.json maps `papaparse` here instead.
 */

export interface ParseError {
  readonly type: 'Quotes' | 'Delimiter' | 'FieldMismatch';
  readonly code:
    'MissingQuotes' | 'UndetectableDelimiter' | 'TooFewFields' | 'TooManyFields' | 'InvalidQuotes';
  readonly message: string;
  readonly row?: number;
}

export interface ParseMeta {
  readonly delimiter: string;
  readonly linebreak: string;
  readonly aborted: boolean;
  readonly truncated: boolean;
  readonly cursor: number;
  readonly fields?: string[];
}

export interface ParseResult<T> {
  readonly data: T;
  readonly errors: ParseError[];
  readonly meta: ParseMeta;
}

export interface Parser {
  abort(): void;
}

export interface ParseConfig<T> {
  delimiter?: string;
  preview?: number;
  step?(result: ParseResult<T>, parser: Parser): void;
}

export interface UnparseConfig {
  newline?: string;
  escapeFormulae?: boolean;
}

export function parse<T>(input: string, config?: ParseConfig<T>): ParseResult<T[]>;

export function unparse(
  data: { fields: readonly string[]; data: readonly (readonly unknown[])[] },
  config?: UnparseConfig,
): string;
