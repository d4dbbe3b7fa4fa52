import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../domain/clock.ts';
import { precompressDirectory } from '../scripts/precompress.ts';
import { buildApp } from './app.ts';
import { loadConfig } from './platform/config.ts';
import type { DatabaseHandle } from './platform/db.ts';
import { TEST_START } from './testing/app.ts';
import { createTestDatabase } from './testing/database.ts';

/**
 * Issue #19: the web app's files travel precompressed (brotli, else gzip) with the right content-encoding;
 * hashed assets are cached for a year, index.html is revalidated; API responses are compressed too.
 */

let handle: DatabaseHandle;
let app: FastifyInstance;
let webRoot: string;
const script = `export const greeting = ${JSON.stringify('hello, partner '.repeat(400))};\n`;
const indexHtml = `<!doctype html><html><head><script type="module" src="/assets/index-Bx3f9a.js"></script></head><body>${'<!-- shell -->'.repeat(100)}</body></html>`;

beforeAll(async () => {
  webRoot = await mkdtemp(path.join(tmpdir(), 'web-'));
  await mkdir(path.join(webRoot, 'assets'));
  await writeFile(path.join(webRoot, 'assets', 'index-Bx3f9a.js'), script);
  await writeFile(path.join(webRoot, 'index.html'), indexHtml);
  await precompressDirectory(webRoot);
  handle = await createTestDatabase();
  const config = loadConfig({ CHANNEL_HUB_DEMO: '0', LOG_LEVEL: 'silent', MAX_EVENT_LOOP_DELAY_MS: '0' });
  app = await buildApp({ config, db: handle.db, clock: new ManualClock(TEST_START), webRoot });
});

afterAll(async () => {
  await app.close();
  await handle.close();
  await rm(webRoot, { recursive: true });
});

describe('static assets and compression', () => {
  it('writes brotli and gzip twins at build time', async () => {
    const js = path.join(webRoot, 'assets', 'index-Bx3f9a.js');
    expect(brotliDecompressSync(await readFile(`${js}.br`)).toString()).toBe(script);
    expect(gunzipSync(await readFile(`${js}.gz`)).toString()).toBe(script);
  });

  it('sends a hashed asset as its brotli twin, else gzip, else plain, immutable for a year', async () => {
    const url = '/assets/index-Bx3f9a.js';
    const br = await app.inject({ url, headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(br.statusCode).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toMatch(/javascript/);
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(script);

    const gz = await app.inject({ url, headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.rawPayload).toString()).toBe(script);

    const plain = await app.inject({ url, headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(script);
  });

  it('revalidates index.html on every load, also as the fallback of client-side routes', async () => {
    for (const url of ['/', '/customers/some-customer']) {
      const response = await app.inject({ url, headers: { 'accept-encoding': 'br' } });
      expect(response.statusCode).toBe(200);
      expect(response.headers['cache-control']).toBe('no-cache');
      expect(response.headers['content-type']).toMatch(/text\/html/);
      expect(brotliDecompressSync(response.rawPayload).toString()).toBe(indexHtml);
    }
  });

  it('compresses API responses above 1 KiB for clients that accept it', async () => {
    const large = await app.inject({ url: '/api/v1/openapi.json', headers: { 'accept-encoding': 'gzip' } });
    expect(large.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(large.rawPayload).toString())).toMatchObject({ openapi: '3.1.0' });

    const small = await app.inject({ url: '/api/v1/health', headers: { 'accept-encoding': 'gzip' } });
    expect(small.statusCode).toBe(200);
    expect(small.headers['content-encoding']).toBeUndefined();
  });
});
