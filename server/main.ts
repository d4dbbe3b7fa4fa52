import { loadConfig } from './platform/config.ts';
import { startServer } from './server.ts';

const demoAccounts: [email: string, role: string][] = [
  ['operator@vendor.demo', 'vendor operator'],
  ['full@partner1.demo', 'partner full administrator'],
  ['admin@partner1.demo', 'partner administrator'],
  ['readonly@partner1.demo', 'partner read-only administrator'],
  ['sales@partner1.demo', 'sales administrator'],
  ['salesfull@partner1.demo', 'sales full administrator'],
  ['full@partner2.demo', 'another tier-1 partner'],
  ['full@distributor.demo', 'distributor'],
  ['full@partner-t2.demo', 'tier-2 partner'],
  ['admin@customer1.demo', 'customer full administrator'],
  ['user@customer1.demo', 'customer user'],
];

const config = loadConfig();
const server = await startServer(config);
const database = config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `embedded database in ${config.dataDir}`;
console.log(`\nChannel Hub is running at ${server.url}  —  ${database}${server.seeded ? ', demo data loaded' : ''}`);
console.log(`API docs: ${server.url}/api/v1/docs`);
if (config.demoMode) {
  console.log('Demo accounts (password: demo-password):');
  for (const [email, role] of demoAccounts) console.log(`  ${email.padEnd(26)} ${role}`);
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    server.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}
