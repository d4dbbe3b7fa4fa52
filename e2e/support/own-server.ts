import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { expect } from '@playwright/test';
import {
  pgliteProcessDatabase,
  postgresProcessDatabase,
  type ServerProcess,
  startServerProcess,
} from '../../server/testing/server-process.ts';
import { type ReceivedMessage, TestSmtpPeer } from '../../server/testing/smtp-peer.ts';

/**
 * Issue #10: a journey that reads one-time links from e-mail gets a hub of its own — the Sent mail page hides
 * their tokens — sending through a real SMTP peer on loopback (server/testing/smtp-peer.ts). The hub listens on a
 * free port that CHANNEL_HUB_PUBLIC_URL names, so the links in the e-mails open it.
 */
export interface OwnHub {
  url: string;
  peer: TestSmtpPeer;
  server: ServerProcess;
  /** The newest message to `to` whose text has a link to `/{kind}/…`, waiting for the sender to deliver it. */
  linkSentTo(to: string, kind: 'invitations' | 'setup' | 'reset-password'): Promise<string>;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export async function startOwnHub(options: {
  /** A PostgreSQL database (production mode); without it a fresh embedded database in a temporary folder. */
  databaseUrl?: string;
  env: Record<string, string>;
}): Promise<OwnHub> {
  const peer = await TestSmtpPeer.start();
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const dataDir = options.databaseUrl ? undefined : mkdtempSync(path.join(os.tmpdir(), 'channel-hub-own-e2e-'));
  const database = options.databaseUrl
    ? postgresProcessDatabase(options.databaseUrl)
    : pgliteProcessDatabase(dataDir as string, async () => rmSync(dataDir as string, { recursive: true, force: true }));
  const server = await startServerProcess({
    database,
    env: { PORT: String(port), CHANNEL_HUB_PUBLIC_URL: url, SMTP_URL: peer.url, ...options.env },
  });
  const linkIn = (message: ReceivedMessage, kind: string) =>
    new RegExp(`${url}/${kind}/[A-Za-z0-9_-]+`).exec(message.text)?.[0];
  return {
    url,
    peer,
    server,
    async linkSentTo(to, kind) {
      let link: string | undefined;
      await expect
        .poll(
          () => {
            const messages = [...peer.mailbox.values()].filter((m) => m.to.toLowerCase().includes(to.toLowerCase()));
            link = messages
              .map((m) => linkIn(m, kind))
              .filter(Boolean)
              .at(-1);
            return link;
          },
          { timeout: 30_000, message: `an e-mail to ${to} with a /${kind}/ link` },
        )
        .toBeTruthy();
      return link as string;
    },
    async stop() {
      await server.stop();
      await database.close();
      await peer.close();
    },
  };
}
