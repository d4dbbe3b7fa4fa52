import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin } from 'vite';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Files worth compressing: text. Images and fonts in woff2 are compressed already. */
const compressible = /\.(js|mjs|css|html|svg|json|txt|map|xml|webmanifest|ico)$/;
/** Below this size the compressed twin saves less than its headers cost. */
const minimumBytes = 1024;

async function* filesUnder(directory: string): AsyncGenerator<string> {
  for (const entry of await readdir(directory, { withFileTypes: true })) {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) yield* filesUnder(full);
    else yield full;
  }
}

/**
 * Writes `<file>.br` (brotli, best quality) and `<file>.gz` (gzip, level 9) next to every compressible file
 * under `directory` — once at build time, so the server sends them with `content-encoding` (@fastify/static's
 * `preCompressed`) and spends no CPU on compressing assets. A twin that is not smaller is not written.
 */
export async function precompressDirectory(directory: string): Promise<void> {
  for await (const file of filesUnder(directory)) {
    if (!compressible.test(file) || (await stat(file)).size < minimumBytes) continue;
    const content = await readFile(file);
    const [br, gz] = await Promise.all([
      brotli(content, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
          [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
        },
      }),
      gzipAsync(content, { level: 9 }),
    ]);
    if (br.length < content.length) await writeFile(`${file}.br`, br);
    if (gz.length < content.length) await writeFile(`${file}.gz`, gz);
  }
}

/** Vite plugin: precompresses the build output after it is written. */
export function precompressPlugin(): Plugin {
  let outDir = '';
  return {
    name: 'channel-hub-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      await precompressDirectory(outDir);
    },
  };
}
