// `npm start`: serves the built web app; builds it first only when there is no build yet (a fresh clone), which
// needs the dev dependencies. A production install (`npm ci --omit=dev`) ships a build (`npm run build`) instead.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

if (!existsSync(new URL('../dist/web/index.html', import.meta.url))) {
  let vite;
  try {
    const manifest = createRequire(import.meta.url).resolve('vite/package.json');
    vite = path.join(path.dirname(manifest), JSON.parse(readFileSync(manifest, 'utf8')).bin.vite);
  } catch {
    console.error('No web build in dist/web, and vite (a dev dependency) is not installed to make one.');
    console.error('Run `npm run build` where dev dependencies are installed, and ship dist/web with the app.');
    process.exit(1);
  }
  console.log('No web build yet: building the web app (npm run build)…');
  const build = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const { register } = await import('tsx/esm/api');
register();
await import('../server/main.ts');
