import { PassThrough } from 'node:stream';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { type ExportColumn, sendTableExport, writeXlsx } from './table-export.ts';

interface Row {
  name: string;
  seats: number;
  usage: number | null;
  renews: string;
  seen: string;
}

const columns: ExportColumn<Row>[] = [
  { header: 'Customer', type: 'text', value: (r) => r.name },
  { header: 'Seats', type: 'number', value: (r) => r.seats },
  { header: 'Usage %', type: 'percent', value: (r) => r.usage },
  { header: 'Renews', type: 'date', value: (r) => r.renews },
  { header: 'Last seen', type: 'timestamp', value: (r) => r.seen },
];
const rows: Row[] = [
  { name: 'Atlas, "Market" ASA', seats: 120, usage: 112.5, renews: '2027-01-31', seen: '2026-12-02T09:30:00.000Z' },
  { name: 'Nordlys', seats: 0, usage: null, renews: '2026-12-15', seen: '2026-11-30T23:59:00.000Z' },
];

async function* each<T>(items: T[]) {
  for (const item of items) yield item;
}

describe('table export', () => {
  it('writes a workbook a real reader opens: header row frozen, numbers, percentages and dates typed', async () => {
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on('data', (chunk: Buffer) => chunks.push(chunk));
    const ended = new Promise((resolve) => out.on('end', resolve));
    await writeXlsx({ fileName: 'insights', columns, rows: each(rows) }, out);
    await ended;

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.concat(chunks) as never);
    const sheet = workbook.getWorksheet('insights');
    expect(sheet?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet?.getRow(1).values).toEqual([undefined, 'Customer', 'Seats', 'Usage %', 'Renews', 'Last seen']);
    const first = sheet?.getRow(2);
    expect(first?.getCell(1).value).toBe('Atlas, "Market" ASA');
    expect(first?.getCell(2).value).toBe(120);
    expect(first?.getCell(3).value).toBe(1.125);
    expect(first?.getCell(3).numFmt).toBe('0.0%');
    expect(first?.getCell(4).value).toEqual(new Date('2027-01-31T00:00:00Z'));
    expect(first?.getCell(5).value).toEqual(new Date('2026-12-02T09:30:00.000Z'));
    expect(sheet?.getRow(3).getCell(3).value).toBeNull();
    expect(sheet?.rowCount).toBe(3);
  });

  it('sends the same table as CSV that parses back to the values', async () => {
    const app = Fastify();
    app.get('/export', (request, reply) =>
      sendTableExport(reply, (request.query as { format: 'csv' | 'xlsx' }).format, {
        fileName: 'insights',
        columns,
        rows: each(rows),
      }),
    );
    const csv = await app.inject({ url: '/export?format=csv' });
    expect(csv.headers['content-disposition']).toBe('attachment; filename="insights.csv"');
    expect(parse(csv.body)).toEqual([
      ['Customer', 'Seats', 'Usage %', 'Renews', 'Last seen'],
      ['Atlas, "Market" ASA', '120', '112.5', '2027-01-31', '2026-12-02T09:30:00.000Z'],
      ['Nordlys', '0', '', '2026-12-15', '2026-11-30T23:59:00.000Z'],
    ]);
    const xlsx = await app.inject({ url: '/export?format=xlsx' });
    expect(xlsx.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as never);
    expect(workbook.getWorksheet('insights')?.getRow(3).getCell(1).value).toBe('Nordlys');
    await app.close();
  });
});
