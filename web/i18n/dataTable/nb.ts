import type { Messages } from '../en.ts';

export const dataTableNb: Messages['dataTable'] = {
  empty: 'Det er ingenting å vise her ennå.',
  actions: 'Handlinger',
  columns: 'Kolonner',
  columnsLabel: 'Viste kolonner',
  resetColumns: 'Vis alle kolonner',
  export: 'Eksporter',
  exportCsv: 'CSV',
  exportXlsx: 'Excel (XLSX)',
  exportProgress: 'Laster ned … {{size}} kB',
  exportFailed: 'Eksporten kunne ikke lages. Prøv igjen.',
  pageSize: 'Rader per side',
  range: '{{from}}–{{to}} av {{total}}',
  previous: 'Forrige side',
  next: 'Neste side',
};
