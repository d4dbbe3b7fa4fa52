/** Strings of the shared data table: its column menu, export and paging (English, the reference). */
export const dataTableEn = {
  empty: 'Nothing to show here yet.',
  actions: 'Actions',
  columns: 'Columns',
  columnsLabel: 'Shown columns',
  resetColumns: 'Show all columns',
  export: 'Export',
  exportCsv: 'CSV',
  exportXlsx: 'Excel (XLSX)',
  exportProgress: 'Downloading… {{size}} kB',
  exportFailed: 'The export could not be made. Try again.',
  pageSize: 'Rows per page',
  range: '{{from}}–{{to}} of {{total}}',
  previous: 'Previous page',
  next: 'Next page',
};
