// The explorer built for the offline snapshot: the same index.html and main.ts, but one JavaScript
// chunk (no lazy chunks: a file:// page cannot fetch them), one CSS file, assets inlined, no source
// maps. inline-html.ts then folds the result into a single HTML file.
import type { InlineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../client', import.meta.url));

export const snapshotViteConfig = (outDir: string): InlineConfig => ({
  root,
  base: './',
  logLevel: 'error',
  configFile: false,
  build: {
    outDir,
    emptyOutDir: true,
    sourcemap: false,
    cssCodeSplit: false,
    assetsInlineLimit: () => true,
    modulePreload: false,
    chunkSizeWarningLimit: 5000,
    rollupOptions: { output: { inlineDynamicImports: true } },
  },
  worker: { format: 'es', rollupOptions: { output: { inlineDynamicImports: true } } },
});
