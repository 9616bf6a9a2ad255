// Builds the collector: TypeScript to dist/, and the dashboard's stylesheet beside its views.
// Inside the repository the widget package is a link to the root; its dist/ must exist before the
// collector can be type-checked or run, so a checkout that has not built it yet builds it first.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';

const collector = new URL('..', import.meta.url).pathname;
const require = createRequire(`${collector}package.json`);
const widgetRoot = require.resolve('courtesy-feedback/package.json').replace(/package\.json$/, '');
if (!existsSync(`${widgetRoot}dist/server.js`)) {
  console.log('courtesy-feedback-collector: building the widget package first (its dist/server.js is missing)');
  execFileSync('npm', ['run', 'build'], { cwd: widgetRoot, stdio: 'inherit' });
}
rmSync(`${collector}dist`, { recursive: true, force: true });
const tsc = spawnSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', `${collector}tsconfig.json`], {
  stdio: 'inherit',
});
if (tsc.status !== 0) process.exit(tsc.status ?? 1);
mkdirSync(`${collector}dist/views`, { recursive: true });
copyFileSync(`${collector}src/views/dashboard.css`, `${collector}dist/views/dashboard.css`);
