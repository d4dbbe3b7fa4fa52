import { once } from 'node:events';
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import type { FastifyReply } from 'fastify';
import { type CsvRecord, sendCsv } from './csv-response.ts';

/** The formats every table export offers (X-2, INS-4): CSV and a real spreadsheet. */
export const exportFormats = ['csv', 'xlsx'] as const;
export type ExportFormat = (typeof exportFormats)[number];

/**
 * How a column's values are typed in a spreadsheet. `percent` values are percentages (87.5 means 87.5 %): CSV
 * writes them as they are, XLSX as the fraction with a percent format. `date` is a calendar day (`YYYY-MM-DD`),
 * `timestamp` an instant (ISO string or Date).
 */
export type CellType = 'text' | 'number' | 'percent' | 'date' | 'timestamp';
export type CellValue = string | number | Date | null;

export interface ExportColumn<Row> {
  header: string;
  type: CellType;
  value: (row: Row) => CellValue;
  /** Spreadsheet column width in characters; a default per type otherwise. */
  width?: number;
}

export interface TableExport<Row> {
  /** Without extension. */
  fileName: string;
  /** The XLSX sheet's name; the file name otherwise. */
  sheetName?: string;
  columns: readonly ExportColumn<Row>[];
  rows: AsyncIterable<Row>;
}

const defaultWidth: Record<CellType, number> = { text: 28, number: 12, percent: 12, date: 12, timestamp: 18 };
const numberFormat: Partial<Record<CellType, string>> = {
  percent: '0.0%',
  date: 'yyyy-mm-dd',
  timestamp: 'yyyy-mm-dd hh:mm',
};
/** Rows between checks of the client's pace: the zip writer is paused while the socket is full. */
const ROWS_PER_DRAIN_CHECK = 200;

function toCsv(type: CellType, value: CellValue): string | number | null {
  if (value === null) return null;
  if (value instanceof Date) return type === 'date' ? value.toISOString().slice(0, 10) : value.toISOString();
  return value;
}

function toXlsx(type: CellType, value: CellValue): string | number | Date | null {
  if (value === null) return null;
  switch (type) {
    case 'percent':
      return typeof value === 'number' ? value / 100 : value;
    case 'date':
      // A calendar day is midnight UTC: spreadsheet dates carry no time zone.
      return typeof value === 'string' ? new Date(`${value.slice(0, 10)}T00:00:00Z`) : value;
    case 'timestamp':
      return typeof value === 'string' ? new Date(value) : value;
    default:
      return value;
  }
}

/** The CSV records of `table`, header first (for callers that stream CSV records themselves). */
export async function* csvRecords<Row>(table: TableExport<Row>): AsyncGenerator<CsvRecord> {
  yield table.columns.map((c) => c.header);
  for await (const row of table.rows) yield table.columns.map((c) => toCsv(c.type, c.value(row)));
}

/** Streams the XLSX workbook of `table` into `out`: one sheet, a bold header row frozen in place, typed cells. */
export async function writeXlsx<Row>(table: TableExport<Row>, out: PassThrough): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet((table.sheetName ?? table.fileName).slice(0, 31), {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = table.columns.map((c, index) => ({
    key: String(index),
    header: c.header,
    width: c.width ?? defaultWidth[c.type],
    style: numberFormat[c.type] ? { numFmt: numberFormat[c.type] } : {},
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  let written = 0;
  for await (const row of table.rows) {
    sheet.addRow(table.columns.map((c) => toXlsx(c.type, c.value(row)))).commit();
    written += 1;
    if (written % ROWS_PER_DRAIN_CHECK === 0 && out.writableNeedDrain) await once(out, 'drain');
  }
  sheet.commit();
  await workbook.commit();
}

/**
 * Sends `table` as a CSV or XLSX attachment, streamed: rows are read as the client consumes the response, so
 * memory stays flat however many rows there are. A failing source ends the response (logged), as in `sendCsv`.
 */
export function sendTableExport<Row>(reply: FastifyReply, format: ExportFormat, table: TableExport<Row>) {
  if (format === 'csv') return sendCsv(reply, table.fileName, csvRecords(table));
  const body = new PassThrough();
  writeXlsx(table, body).catch((error: unknown) => {
    reply.log.error({ err: error }, `The XLSX export ${table.fileName}.xlsx failed; its response was ended.`);
    body.destroy(error instanceof Error ? error : new Error(String(error)));
  });
  reply
    .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    .header('content-disposition', `attachment; filename="${table.fileName}.xlsx"`);
  return reply.send(body as never);
}
