import * as schema from '../db/schema/index.ts';
import { dayToDate, type GenerationContext } from './context.ts';
import type { Random } from './random.ts';

/** RES-1's resources: quick links, featured resources and a searchable library in four languages. */

const library: [title: string, type: string, product: string | null, language: string][] = [
  ['Partner onboarding checklist', 'guide', null, 'en'],
  ['Selling Calling to small businesses', 'playbook', 'calling', 'en'],
  ['Calling deployment guide', 'guide', 'calling', 'en'],
  ['Meetings Enterprise edition: site administration', 'guide', 'meetings', 'en'],
  ['Running a successful trial', 'video', null, 'en'],
  ['Device trial logistics and returns (RMA)', 'article', 'devices', 'en'],
  ['Contact Center quick start', 'training', 'contact-center', 'en'],
  ['Customer adoption case study: Nordic logistics', 'case study', 'meetings', 'en'],
  ['Real-time translation in meetings', 'datasheet', 'translation', 'en'],
  ['Messaging for frontline teams', 'testimonial', 'messaging', 'en'],
  ['Kom godt i gang med Calling', 'guide', 'calling', 'da'],
  ['Prøveperioder trin for trin', 'article', null, 'da'],
  ['Slik flytter du brukere mellom lokasjoner', 'article', 'calling', 'nb'],
  ['Møter: beste praksis for store møter', 'video', 'meetings', 'nb'],
  ['Próbaidőszak indítása ügyfeleknek', 'guide', null, 'hu'],
  ['Eszközök visszaküldése', 'article', 'devices', 'hu'],
  ['Licence adoption: what to do about unused licences', 'training', null, 'en'],
  ['Call quality troubleshooting', 'article', 'calling', 'en'],
];

export function writeResources(ctx: GenerationContext, rng: Random): void {
  library.forEach(([title, type, product, language], i) => {
    ctx.writer.add(schema.resources, {
      id: rng.uuid(),
      title,
      summary: `${title} — what partners need to know.`,
      body: `${title}. This resource explains the steps, the common pitfalls and where to get help${
        product ? ` for ${product}` : ''
      }.`,
      url: `https://resources.vendor.example/${i + 1}`,
      type,
      product,
      language,
      featured: i % 5 === 1,
      quickLink: i < 4,
      updatedAt: dayToDate(ctx, -rng.real(1, 300)),
    });
  });
}
