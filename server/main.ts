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
if (server.metricsUrl) console.log(`Metrics: ${server.metricsUrl}`);
if (server.setupLink) {
  console.log('\nNo vendor operator yet. Open this one-time link to set up the installation (valid 24 hours):');
  console.log(`  ${server.setupLink.url}`);
  console.log('Or print one for a named operator: npx channel-hub setup --email <address> --name <name>');
}
if (config.demoMode) {
  console.log('Demo accounts (password: demo-password):');
  for (const [email, role] of demoAccounts) console.log(`  ${email.padEnd(26)} ${role}`);
}

// SIGTERM (an orchestrator, systemd) or Ctrl-C: stop taking requests, finish those and the jobs in flight, close
// the pools, exit 0. A second signal, or a stop outliving its budget, ends the process at once with 1.
let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) process.exit(1);
    stopping = true;
    console.log(`${signal}: stopping…`);
    setTimeout(() => process.exit(1), config.shutdownTimeoutMs + 5_000).unref();
    server.stop().then(
      () => {
        console.log('Stopped.');
        process.exit(0);
      },
      (error: unknown) => {
        console.error('Stop failed', error);
        process.exit(1);
      },
    );
  });
}
