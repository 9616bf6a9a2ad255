// The self-contained embed file: production Lit inside, template literals minified, one IIFE that
// registers <courtesy-feedback> from a classic or a module script. Input is tsc's output in dist/.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';

export default {
  input: 'dist/embed.js',
  output: {
    file: 'dist/courtesy-feedback.min.js',
    format: 'iife',
    // The map ships beside the file; the comment pointing at it is left out to keep the embed small.
    sourcemap: 'hidden',
  },
  plugins: [
    // Default export conditions pick Lit's production build.
    nodeResolve(),
    minifyHTML(),
    terser({
      ecma: 2021,
      module: false,
      warnings: true,
      format: { comments: false },
      // Lit's own private fields start with `__`; mangling them is safe and saves bytes.
      mangle: { properties: { regex: /^__/ } },
    }),
  ],
};
