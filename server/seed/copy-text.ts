import { type Column, getTableColumns, getTableName, is, SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';

/**
 * Encodes rows typed by the Drizzle schema as PostgreSQL COPY text (tab-separated, `\N` for null). Each
 * column gets an encoder for its SQL type once, so the hot path does no type tests it does not need:
 * uuids, enums and numbers go out as they are; only free text is escaped.
 */

type Encoder = (value: unknown) => string;

interface ColumnCodec {
  key: string;
  name: string;
  notNull: boolean;
  /** The column's static default, used when a row leaves the value out. */
  fallback: unknown;
  encode: Encoder;
}

export interface TableCodec {
  name: string;
  copyStatement: string;
  columns: ColumnCodec[];
}

const needsEscape = /[\\\t\n\r]/;
const escapeChars = /[\\\t\n\r]/g;
const escapes: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

function escapeCopy(text: string): string {
  return needsEscape.test(text) ? text.replace(escapeChars, (c) => escapes[c] as string) : text;
}

function arrayLiteral(items: unknown[]): string {
  let text = '{';
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (i > 0) text += ',';
    text += item === null || item === undefined ? 'NULL' : `"${String(item).replace(/[\\"]/g, '\\$&')}"`;
  }
  return `${text}}`;
}

const twoDigits = Array.from({ length: 100 }, (_, i) => String(i).padStart(2, '0'));
const threeDigits = Array.from({ length: 1000 }, (_, i) => String(i).padStart(3, '0'));
const dayPrefixes = new Map<number, string>();

/** ISO 8601 in UTC, like Date#toISOString but without a native call per value (a hot path: ~20M values on L). */
export function timestampText(date: Date): string {
  const ms = date.getTime();
  if (!Number.isFinite(ms)) throw new Error('invalid date');
  const day = Math.floor(ms / 86_400_000);
  let prefix = dayPrefixes.get(day);
  if (prefix === undefined) {
    prefix = new Date(day * 86_400_000).toISOString().slice(0, 11);
    dayPrefixes.set(day, prefix);
  }
  let rest = ms - day * 86_400_000;
  const hours = Math.floor(rest / 3_600_000);
  rest -= hours * 3_600_000;
  const minutes = Math.floor(rest / 60_000);
  rest -= minutes * 60_000;
  const seconds = Math.floor(rest / 1000);
  return `${prefix}${twoDigits[hours]}:${twoDigits[minutes]}:${twoDigits[seconds]}.${threeDigits[rest - seconds * 1000]}Z`;
}

function number(value: unknown): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new Error(`not a finite number: ${value}`);
  return String(value);
}

function encoderFor(sqlType: string, columnType: string): Encoder {
  if (sqlType === 'jsonb' || sqlType === 'json') return (v) => escapeCopy(JSON.stringify(v));
  if (sqlType.endsWith('[]')) return (v) => escapeCopy(arrayLiteral(v as unknown[]));
  if (sqlType.startsWith('timestamp')) return (v) => timestampText(v as Date);
  switch (sqlType) {
    case 'uuid':
    case 'date':
      return (v) => v as string;
    case 'boolean':
      return (v) => (v ? 't' : 'f');
    case 'integer':
    case 'bigint':
    case 'real':
    case 'double precision':
      return number;
    case 'text':
      return (v) => escapeCopy(v as string);
  }
  // Enum values are identifiers: nothing to escape.
  if (columnType === 'PgEnumColumn') return (v) => v as string;
  throw new Error(`no COPY encoder for SQL type ${sqlType}`);
}

const codecs = new Map<PgTable, TableCodec>();

export function codecFor(table: PgTable): TableCodec {
  let codec = codecs.get(table);
  if (!codec) {
    // Generated columns (a stored search vector, an identity) are the database's to fill.
    const columns = Object.entries(getTableColumns(table))
      .filter(([, column]) => !column.generated && !column.generatedIdentity)
      .map(
        ([key, column]: [string, Column]): ColumnCodec => ({
          key,
          name: column.name,
          notNull: column.notNull,
          fallback: column.hasDefault && !is(column.default, SQL) ? column.default : undefined,
          encode: encoderFor(column.getSQLType(), column.columnType),
        }),
      );
    const name = getTableName(table);
    const columnList = columns.map((c) => `"${c.name}"`).join(', ');
    codec = { name, copyStatement: `COPY "${name}" (${columnList}) FROM`, columns };
    codecs.set(table, codec);
  }
  return codec;
}

/** One row as a line of COPY text, newline included. */
export function encodeCopyLine(codec: TableCodec, row: Record<string, unknown>): string {
  let line = '';
  const columns = codec.columns;
  for (let i = 0; i < columns.length; i++) {
    const column = columns[i] as ColumnCodec;
    let value = row[column.key];
    if (value === undefined) value = column.fallback;
    if (i > 0) line += '\t';
    if (value === null || value === undefined) {
      if (column.notNull) throw new Error(`generated ${codec.name}.${column.name} is missing`);
      line += '\\N';
    } else {
      line += column.encode(value);
    }
  }
  return `${line}\n`;
}
