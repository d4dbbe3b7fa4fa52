/**
 * CSV and XLSX export of what a table shows: its visible data columns and its rows in their current order.
 * The writers are loaded on demand, so they stay out of the main bundle.
 */
import type { Table } from '@tanstack/react-table';
import { columnLabel, type ExportValue, isExportable } from './columnMeta.ts';

export type ExportFormat = 'csv' | 'xlsx';

function cellValue(value: unknown): ExportValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || value instanceof Date) return value;
  if (Array.isArray(value)) return value.map((v) => String(cellValue(v) ?? '')).join(', ');
  return String(value);
}

/** The header row and the data rows of the export. */
function exportRows<Row>(table: Table<Row>): { header: string[]; rows: ExportValue[][] } {
  const columns = table.getVisibleLeafColumns().filter(isExportable);
  return {
    header: columns.map(columnLabel),
    rows: table.getSortedRowModel().rows.map((row) =>
      columns.map((column) => {
        const exportValue = column.columnDef.meta?.exportValue;
        return cellValue(exportValue ? exportValue(row.original) : row.getValue(column.id));
      }),
    ),
  };
}

function download(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}

export async function exportTable<Row>(table: Table<Row>, name: string, format: ExportFormat) {
  const { header, rows } = exportRows(table);
  if (format === 'csv') {
    const { stringify } = await import('csv-stringify/browser/esm/sync');
    const text = stringify([header, ...rows.map((r) => r.map((v) => (v instanceof Date ? v.toISOString() : v)))]);
    download(new Blob([text], { type: 'text/csv;charset=utf-8' }), `${name}.csv`);
    return;
  }
  const { default: writeXlsxFile } = await import('write-excel-file/browser');
  const headerCells = header.map((value) => ({ value, fontWeight: 'bold' as const }));
  const blob = await writeXlsxFile([headerCells, ...rows]).toBlob();
  download(blob, `${name}.xlsx`);
}
