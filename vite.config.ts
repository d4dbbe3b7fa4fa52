import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precompressPlugin } from './scripts/precompress.ts';

/**
 * The web app (SPA) lives in web/ and is built into dist/web, which the server serves.
 * In development `npx vite` serves the SPA and proxies /api/v1 to the server (PORT, default 3000).
 */
export default defineConfig({
  root: 'web',
  plugins: [react(), precompressPlugin()],
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    sourcemap: false,
    // Area pages are lazy-loaded; the first route stays small (PERF-6: ≤ 500 kB gzipped).
    // The libraries every page needs go into two long-lived chunks, so a release that changes only the app's
    // own code does not make browsers fetch them again. Libraries used only by lazy pages (charts) stay out.
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            {
              name: 'react',
              test: /node_modules[\\/](react|react-dom|scheduler|react-router|@tanstack[\\/]query-core|@tanstack[\\/]react-query|i18next|react-i18next)[\\/]/,
            },
            {
              name: 'mantine',
              test: /node_modules[\\/](@mantine[\\/](core|hooks|notifications|spotlight|store)|@floating-ui|react-remove-scroll[^\\/]*|react-style-singleton|react-textarea-autosize|use-callback-ref|use-sidecar|tslib|clsx|get-nonce|detect-node-es|use-isomorphic-layout-effect|use-composed-ref|use-latest)[\\/]/,
            },
          ],
        },
      },
    },
  },
  server: {
    // Only /api/v1: a bare '/api' prefix would also catch the SPA's own module /api/client.ts in dev.
    proxy: {
      '/api/v1': {
        target: `http://127.0.0.1:${process.env.PORT ?? 3000}`,
        changeOrigin: false,
      },
    },
  },
  preview: {
    proxy: {
      '/api/v1': {
        target: `http://127.0.0.1:${process.env.PORT ?? 3000}`,
        changeOrigin: false,
      },
    },
  },
});
