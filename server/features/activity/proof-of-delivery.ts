import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import { totalUsage, usageOf } from '../../../domain/activity.ts';
import type { Actor } from '../../../domain/roles.ts';
import type { ExportColumn } from '../../platform/table-export.ts';
import { ensureMayReadActivity } from './activity.policy.ts';
import { entitlementsOfAgreements, organisationName } from './activity.queries.ts';
import { type ActivityDeps, requireAgreement, todayOf } from './activity-scope.ts';
import { packagesOf } from './get-add-on-packages.ts';

/** ACT-8: the customer proof of delivery — delivered vs bought per agreement, as CSV or PDF. */

/**
 * The PDF's fonts, embedded: the PDF standard fonts (Helvetica) encode Latin-1 only, so a Hungarian "ő" or a
 * Cyrillic name came out as other letters. DejaVu Sans covers Latin, Greek and Cyrillic.
 */
const fontFile = (name: string) => createRequire(import.meta.url).resolve(`dejavu-fonts-ttf/ttf/${name}`);
const fonts = { regular: fontFile('DejaVuSans.ttf'), bold: fontFile('DejaVuSans-Bold.ttf') };

export interface ProofLine {
  package: string;
  packageKind: string;
  packageEndsOn: string;
  entitlement: string;
  kind: string;
  unit: string;
  bought: number | null;
  delivered: number | null;
  remaining: number | null;
}

export interface ProofOfDelivery {
  organisation: string;
  agreement: { number: string; name: string; startsOn: string; endsOn: string };
  generatedOn: string;
  packages: { name: string; kind: string; startsOn: string; endsOn: string; lines: ProofLine[] }[];
  /** Consumable entitlements summed per unit (hours with hours, credits with credits). */
  totals: { unit: string; bought: number; delivered: number; remaining: number }[];
}

export async function proofOfDelivery(deps: ActivityDeps, actor: Actor, agreementId: string): Promise<ProofOfDelivery> {
  ensureMayReadActivity(actor);
  const agreement = await requireAgreement(deps.db, actor, agreementId);
  const today = todayOf(deps.clock);
  const entitlements = await entitlementsOfAgreements(deps.db, actor.organisationId, [agreement.id], null);
  const packages = packagesOf(entitlements, today).map((p) => ({
    name: p.name,
    kind: p.kind,
    startsOn: p.startsOn,
    endsOn: p.endsOn,
    lines: p.entitlements.map((e) => ({
      package: p.name,
      packageKind: p.kind,
      packageEndsOn: p.endsOn,
      entitlement: e.name,
      kind: e.kind,
      unit: e.unit,
      bought: e.bought,
      delivered: e.consumed,
      remaining: e.remaining,
    })),
  }));
  const units = [...new Set(entitlements.filter((e) => e.kind === 'consumable').map((e) => e.unit))].sort();
  const totals = units.map((unit) => {
    const sum = totalUsage(entitlements.filter((e) => e.kind === 'consumable' && e.unit === unit).map(usageOf));
    return { unit, bought: sum.bought, delivered: sum.consumed, remaining: sum.remaining };
  });
  return {
    organisation: await organisationName(deps.db, actor.organisationId),
    agreement: {
      number: agreement.number,
      name: agreement.name,
      startsOn: agreement.startsOn,
      endsOn: agreement.endsOn,
    },
    generatedOn: today,
    packages,
    totals,
  };
}

export const proofColumns: ExportColumn<ProofLine>[] = [
  { header: 'Package', type: 'text', value: (r) => r.package },
  { header: 'Package kind', type: 'text', value: (r) => r.packageKind },
  { header: 'Package expires', type: 'date', value: (r) => r.packageEndsOn },
  { header: 'Entitlement', type: 'text', value: (r) => r.entitlement },
  { header: 'Kind', type: 'text', value: (r) => r.kind },
  { header: 'Unit', type: 'text', value: (r) => r.unit },
  { header: 'Bought', type: 'number', value: (r) => r.bought },
  { header: 'Delivered', type: 'number', value: (r) => r.delivered },
  { header: 'Remaining', type: 'number', value: (r) => r.remaining },
];

export async function* proofLines(proof: ProofOfDelivery): AsyncGenerator<ProofLine> {
  for (const pack of proof.packages) yield* pack.lines;
}

const amount = (n: number | null) => (n === null ? '—' : String(Math.round(n * 100) / 100));

/** The proof of delivery as a PDF: organisation, agreement and period, a table per package, then the totals. */
export function proofPdf(proof: ProofOfDelivery): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 48,
    info: { Title: `Proof of delivery ${proof.agreement.number}` },
  });
  doc.registerFont('regular', fonts.regular);
  doc.registerFont('bold', fonts.bold);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const columns = [
    { title: 'Entitlement', width: 200 },
    { title: 'Unit', width: 80 },
    { title: 'Bought', width: 70 },
    { title: 'Delivered', width: 70 },
    { title: 'Remaining', width: 70 },
  ];
  const row = (cells: string[], bold = false) => {
    if (doc.y > doc.page.height - 80) doc.addPage();
    const y = doc.y;
    let x = doc.page.margins.left;
    doc.font(bold ? 'bold' : 'regular').fontSize(9);
    cells.forEach((cell, i) => {
      const width = columns[i]?.width ?? 70;
      doc.text(cell, x, y, { width: width - 6, align: i >= 2 ? 'right' : 'left' });
      x += width;
    });
    doc.x = doc.page.margins.left;
    doc.moveDown(0.4);
  };

  doc.font('bold').fontSize(16).text('Customer proof of delivery');
  doc.moveDown(0.5);
  doc.font('regular').fontSize(10);
  doc.text(`Organisation: ${proof.organisation}`);
  doc.text(`Agreement: ${proof.agreement.number} — ${proof.agreement.name}`);
  doc.text(`Period: ${proof.agreement.startsOn} to ${proof.agreement.endsOn}`);
  doc.text(`Generated: ${proof.generatedOn}`);
  for (const pack of proof.packages) {
    doc.moveDown(1);
    doc.font('bold').fontSize(12).text(`${pack.name} (${pack.startsOn} to ${pack.endsOn})`);
    doc.moveDown(0.3);
    row(
      columns.map((c) => c.title),
      true,
    );
    for (const line of pack.lines) {
      const benefit = line.kind === 'additional_benefit';
      row([
        benefit ? `${line.entitlement} (additional benefit)` : line.entitlement,
        line.unit,
        amount(line.bought),
        amount(line.delivered),
        amount(line.remaining),
      ]);
    }
  }
  doc.moveDown(1);
  doc.font('bold').fontSize(12).text('Totals');
  doc.moveDown(0.3);
  row(['', 'Unit', 'Bought', 'Delivered', 'Remaining'], true);
  for (const total of proof.totals) {
    row(['Total', total.unit, amount(total.bought), amount(total.delivered), amount(total.remaining)]);
  }
  doc.end();
  return done;
}
