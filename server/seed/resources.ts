import type { ResourceType } from '../../domain/resources.ts';
import * as schema from '../db/schema/index.ts';
import { dayToDate, type GenerationContext } from './context.ts';
import type { Random } from './random.ts';

/** RES-1's resources: quick links, featured resources and a searchable library in four languages. */

const library: [title: string, type: ResourceType, product: string | null, language: string][] = [
  ['Partner onboarding checklist', 'guide', null, 'en'],
  ['Selling Calling to small businesses', 'playbook', 'calling', 'en'],
  ['Calling deployment guide', 'guide', 'calling', 'en'],
  ['Meetings Enterprise edition: site administration', 'guide', 'meetings', 'en'],
  ['Running a successful trial', 'video', null, 'en'],
  ['Device trial logistics and returns (RMA)', 'article', 'devices', 'en'],
  ['Contact Center quick start', 'training', 'contact-center', 'en'],
  ['Customer adoption case study: Nordic logistics', 'case_study', 'meetings', 'en'],
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
  // Insights' next steps (INS-5): what to try for low adoption, and for many how-to requests.
  ['How a law firm moved every call to Calling', 'case_study', 'calling', 'en'],
  ['“Our teams meet twice as often”: a customer testimonial', 'testimonial', 'meetings', 'en'],
  ['Tutorial: your first week with Calling', 'tutorial', 'calling', 'en'],
  ['Tutorial: schedule and run a meeting', 'tutorial', 'meetings', 'en'],
  ['Admin training: licences and users', 'training', null, 'en'],
  ['Self-service: the customer help centre', 'self_service', null, 'en'],
  ['Selvbetjening: kundens hjælpecenter', 'self_service', null, 'da'],
];

/** A short Markdown body in the resource's language, so the library's full-text search has words to find. */
function bodyOf(title: string, product: string | null, language: string): string {
  const about = product ? ` (${product})` : '';
  switch (language) {
    case 'da':
      return `## ${title}\n\nDenne vejledning forklarer trinnene, de typiske faldgruber og hvor du får hjælp${about}.\n\n- Forbered kunden\n- Følg prøveperioderne tæt\n- Kontakt partnerhelpdesken ved spørgsmål`;
    case 'nb':
      return `## ${title}\n\nDenne veiledningen forklarer trinnene, vanlige fallgruver og hvor du får hjelp${about}.\n\n- Forbered kunden\n- Følg opp prøveperiodene\n- Kontakt partnerhelpdesken ved spørsmål`;
    case 'hu':
      return `## ${title}\n\nEz az útmutató bemutatja a lépéseket, a gyakori buktatókat és azt, hol kaphat segítséget${about}.\n\n- Készítse fel az ügyfelet\n- Kövesse a próbaidőszakokat\n- Kérdés esetén forduljon a partner-ügyfélszolgálathoz`;
    default:
      return `## ${title}\n\nThis resource explains the steps, the common pitfalls and where to get help${about}.\n\n- Prepare the customer\n- Follow the trials closely\n- Ask the partner helpdesk when in doubt`;
  }
}

export function writeResources(ctx: GenerationContext, rng: Random): void {
  library.forEach(([title, type, product, language], i) => {
    ctx.writer.add(schema.resources, {
      id: rng.uuid(),
      title,
      summary: `${title} — what partners need to know.`,
      body: bodyOf(title, product, language),
      url: `https://resources.vendor.example/${i + 1}`,
      type,
      products: product ? [product] : [],
      language,
      featured: i % 5 === 1,
      quickLink: i < 4,
      updatedAt: dayToDate(ctx, -rng.real(1, 300)),
    });
  });
}
