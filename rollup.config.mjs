// The self-contained embed file: production Lit inside, template literals minified, one IIFE that
// registers <courtesy-feedback> from a classic or a module script. Input is tsc's output in dist/.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import replace from '@rollup/plugin-replace';
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
  onwarn(warning, warn) {
    // tsc's decorator helper refers to `this` at module level; harmless in a bundle.
    if (warning.code !== 'THIS_IS_UNDEFINED') warn(warning);
  },
  plugins: [
    // Lets terser drop tsc's `Reflect.decorate` branch (Lit starter recipe).
    replace({ preventAssignment: false, 'Reflect.decorate': 'undefined' }),
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
