import type { Messages } from '../en.ts';

export const dataTableDa: Messages['dataTable'] = {
  empty: 'Der er intet at vise her endnu.',
  actions: 'Handlinger',
  columns: 'Kolonner',
  columnsLabel: 'Viste kolonner',
  resetColumns: 'Vis alle kolonner',
  export: 'Eksportér',
  exportCsv: 'CSV',
  exportXlsx: 'Excel (XLSX)',
  exportProgress: 'Henter… {{size}} kB',
  exportFailed: 'Eksporten kunne ikke laves. Prøv igen.',
  pageSize: 'Rækker pr. side',
  range: '{{from}}–{{to}} af {{total}}',
  previous: 'Forrige side',
  next: 'Næste side',
};
