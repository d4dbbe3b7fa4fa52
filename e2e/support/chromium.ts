import { existsSync } from 'node:fs';

/** Debian's Chromium binary (the wrapper at /usr/bin/chromium prints a harmless warning). */
export function chromiumPath(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/lib/chromium/chromium', '/usr/bin/chromium'];
  return candidates.find((path): path is string => Boolean(path && existsSync(path)));
}
