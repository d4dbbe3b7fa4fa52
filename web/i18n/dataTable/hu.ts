import type { Messages } from '../en.ts';

export const dataTableHu: Messages['dataTable'] = {
  empty: 'Itt még nincs mit megjeleníteni.',
  actions: 'Műveletek',
  columns: 'Oszlopok',
  columnsLabel: 'Megjelenített oszlopok',
  resetColumns: 'Minden oszlop megjelenítése',
  export: 'Exportálás',
  exportCsv: 'CSV',
  exportXlsx: 'Excel (XLSX)',
  exportProgress: 'Letöltés… {{size}} kB',
  exportFailed: 'Az exportálás nem sikerült. Próbálja újra.',
  pageSize: 'Sorok oldalanként',
  range: '{{from}}–{{to}} / {{total}}',
  previous: 'Előző oldal',
  next: 'Következő oldal',
};
