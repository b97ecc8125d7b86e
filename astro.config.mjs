// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { pagefindIntegration } from './src/integrations/pagefind.ts';
import { citationsIntegration } from './src/integrations/citations.ts';

export default defineConfig({
  // The public address, when deploying (NLAO_SITE=https://…): it makes canonical and hreflang
  // links absolute, as search engines require. Without it they are left out (e.g. offline copies).
  ...(process.env.NLAO_SITE ? { site: process.env.NLAO_SITE } : {}),
  // Every page is a folder with index.html, so URLs end in a slash in both locales.
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Fixture and benchmark builds point these elsewhere so they never share a data store or output.
  cacheDir: process.env.NLAO_CACHE_DIR ?? './node_modules/.astro',
  outDir: process.env.NLAO_OUT_DIR ?? './dist',
  integrations: [mdx(), citationsIntegration(), pagefindIntegration()],
  // The prose has no code blocks; Shiki's inline styles would also clash with the CSP.
  markdown: { syntaxHighlight: false },
  vite: {
    build: {
      rollupOptions: {
        // Every MDX entry triggers a harmless notice about Astro's own "use astro:head-inject"
        // directive; hiding it keeps real warnings visible in the build log.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
  server: { port: 4321, host: '127.0.0.1' },
  devToolbar: { enabled: false },
  // A Content-Security-Policy <meta> on every page: only this site, plus the WebAssembly that
  // Pagefind compiles; Astro adds the hashes of its own scripts and styles.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
});
