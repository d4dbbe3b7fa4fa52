/** What a column tells the shared DataTable beyond TanStack's own column definition. */
import type { Column, RowData } from '@tanstack/react-table';

/** A value as it goes into a CSV or XLSX export. */
export type ExportValue = string | number | Date | null | undefined;

declare module '@tanstack/react-table' {
  interface ColumnMeta<TData extends RowData, TValue> {
    /** Figures: right-aligned. */
    numeric?: boolean;
    /** Kept in view while the table scrolls sideways (the name on the left, row actions on the right). */
    sticky?: 'left' | 'right';
    /** Minimum width in px, so a narrow screen scrolls sideways instead of squeezing the column. */
    minWidth?: number;
    /** Prose that wraps instead of widening the table. */
    wrap?: boolean;
    /** Width in px of a column that holds only controls. */
    width?: number;
    /** The column's name where its header shows something else (e.g. a visually hidden label). */
    label?: string;
    /** The exported value, where the cell's value is not what a spreadsheet should hold. */
    exportValue?: (row: TData) => ExportValue;
  }
}

/** The column's name for the column menu and the export's header row. */
export function columnLabel<Row>(column: Column<Row, unknown>): string {
  const { header, meta } = column.columnDef;
  return meta?.label ?? (typeof header === 'string' ? header : column.id);
}

/** Columns with data (an accessor or an export value) go into exports; columns of controls do not. */
export function isExportable<Row>(column: Column<Row, unknown>): boolean {
  return Boolean(column.accessorFn ?? column.columnDef.meta?.exportValue);
}
