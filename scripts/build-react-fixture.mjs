// Bundles test/react/app.tsx (React, react-dom, @lit/react and the wrapper) for the browser tests.
import { build } from 'esbuild';

await build({
  entryPoints: ['test/react/app.tsx'],
  bundle: true,
  format: 'esm',
  target: 'es2021',
  outfile: 'test/react/.build/app.js',
  define: { 'process.env.NODE_ENV': '"production"' },
  jsx: 'automatic',
  logLevel: 'warning',
});
