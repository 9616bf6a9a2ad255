// The published shape, as an agency gets it: `npm pack`, install the tarball into a fresh project,
// resolve every documented export, then use the package the two ways the README shows (an ESM
// import bundled by the project's bundler, and the embed file in a <script> tag) in Chromium,
// submitting to a real local server. Catches a file missing from "files" or a wrong "exports".
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createReadStream, existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { build } from 'esbuild';
import { launchChromium } from '../../scripts/lib/chromium.mjs';
import { handleRecorderRequest } from '../server/recorder.mjs';

const repo = new URL('../..', import.meta.url).pathname;
const exportsToResolve = [
  'courtesy-feedback',
  'courtesy-feedback/define.js',
  'courtesy-feedback/courtesy-feedback.js',
  'courtesy-feedback/react.js',
  'courtesy-feedback/server.js',
  'courtesy-feedback/i18n/ko.js',
  'courtesy-feedback/i18n/en.js',
  'courtesy-feedback/schema.json',
  'courtesy-feedback/courtesy-feedback.min.js',
  'courtesy-feedback/custom-elements.json',
  'courtesy-feedback/vscode.html-custom-data.json',
  'courtesy-feedback/web-types.json',
];

describe('npm package', { timeout: 240_000 }, () => {
  let project;
  let server;
  let origin;
  let browser;

  before(async () => {
    project = mkdtempSync(join(tmpdir(), 'cf-pack-'));
    // The build has run (npm test builds first); pack exactly what would be published.
    const [packed] = JSON.parse(
      execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', project], { cwd: repo })
    );
    writeFileSync(
      join(project, 'package.json'),
      JSON.stringify({ name: 'agency-site', private: true, type: 'module' })
    );
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', join(project, packed.filename)], {
      cwd: project,
      stdio: 'ignore',
    });
    server = createServer((req, res) => {
      if (handleRecorderRequest(req, res)) return;
      const file = join(project, decodeURIComponent(new URL(req.url, 'http://x').pathname));
      if (!file.startsWith(project) || !existsSync(file)) {
        res.writeHead(404);
        res.end();
        return;
      }
      res.writeHead(200, { 'Content-Type': extname(file) === '.html' ? 'text/html' : 'text/javascript' });
      createReadStream(file).pipe(res);
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${server.address().port}`;
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    server?.close();
    if (project) rmSync(project, { recursive: true, force: true });
  });

  it('should contain what the README promises and resolve every documented export', () => {
    const require = createRequire(join(project, 'index.js'));
    for (const specifier of exportsToResolve) assert.ok(require.resolve(specifier), specifier);
    const installed = join(project, 'node_modules', 'courtesy-feedback');
    for (const file of ['LICENSE', 'CHANGELOG.md', 'README.md', 'dist/index.d.ts', 'dist/index.js.map']) {
      assert.ok(existsSync(join(installed, file)), `${file} is in the package`);
    }
    const pkg = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
    assert.deepEqual(Object.keys(pkg.dependencies), ['lit'], 'lit is the only runtime dependency');
    const manifest = JSON.parse(readFileSync(join(installed, pkg.customElements), 'utf8'));
    assert.ok(manifest.modules.some((module) => module.declarations?.some((d) => d.tagName === 'courtesy-feedback')));
    // Every module the manifest names, and every module it refers to, is a shipped file with its types.
    const named = new Set();
    const collect = (value) => {
      if (Array.isArray(value)) return value.forEach(collect);
      if (!value || typeof value !== 'object') return;
      for (const [key, inner] of Object.entries(value)) {
        if ((key === 'module' || key === 'path') && typeof inner === 'string') named.add(inner);
        else collect(inner);
      }
    };
    collect(manifest.modules);
    assert.ok(named.has('dist/courtesy-feedback.js'), 'the element is named by its shipped module');
    for (const path of named) {
      assert.ok(existsSync(join(installed, path)), `${path}, named in custom-elements.json, is in the package`);
      assert.ok(existsSync(join(installed, path.replace(/\.js$/, '.d.ts'))), `${path} has its types`);
    }
  });

  it("should tell editors every element's attributes, with the values of each enumerated one", async () => {
    const installed = join(project, 'node_modules', 'courtesy-feedback');
    const pkg = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
    const { scaleNames, channels } = await import(join(installed, 'dist/server.js'));
    // VS Code, through the html.customData setting the README gives.
    const vscode = JSON.parse(readFileSync(join(installed, 'dist/vscode.html-custom-data.json'), 'utf8'));
    const tag = vscode.tags.find((each) => each.name === 'courtesy-feedback');
    const values = (name) => tag.attributes.find((attribute) => attribute.name === name)?.values?.map((v) => v.name);
    assert.deepEqual(values('scale'), [...scaleNames]);
    assert.deepEqual(values('channel'), [...channels]);
    assert.deepEqual(values('mode'), ['inline', 'button', 'kiosk']);
    assert.equal(values('endpoint'), undefined, 'a free attribute offers no values');
    assert.ok(vscode.tags.some((each) => each.name === 'courtesy-feedback-status'));
    // JetBrains, through package.json's "web-types".
    const webTypes = JSON.parse(readFileSync(join(installed, pkg['web-types']), 'utf8'));
    assert.equal(webTypes.version, pkg.version);
    const element = webTypes.contributions.html.elements.find((each) => each.name === 'courtesy-feedback');
    assert.ok(existsSync(join(installed, element.source.module)), 'its source is a shipped module');
    assert.equal(
      element.attributes.find((attribute) => attribute.name === 'scale').value.type,
      scaleNames.map((name) => `'${name}'`).join(' | ')
    );
    assert.deepEqual(
      element.events.map((event) => event.name),
      ['feedback-rate', 'feedback-submit', 'feedback-sent', 'feedback-queued', 'feedback-error', 'feedback-dropped']
    );
  });

  it("should type-check a React page's <courtesy-feedback> against the element's own types", () => {
    const tsc = join(repo, 'node_modules/typescript/bin/tsc');
    const reactTypes = join(repo, 'node_modules/@types/react');
    const check = (name, tsx) => {
      writeFileSync(join(project, `${name}.tsx`), tsx);
      writeFileSync(
        join(project, `tsconfig.${name}.json`),
        JSON.stringify({
          compilerOptions: {
            strict: true,
            noEmit: true,
            jsx: 'react-jsx',
            module: 'esnext',
            moduleResolution: 'bundler',
            target: 'es2022',
            lib: ['es2022', 'dom'],
            types: [],
            // The agency's project has React's types; this one borrows the repository's.
            paths: { react: [reactTypes], 'react/*': [`${reactTypes}/*`] },
          },
          files: [`${name}.tsx`],
        })
      );
      try {
        execFileSync(process.execPath, [tsc, '-p', `tsconfig.${name}.json`], { cwd: project, encoding: 'utf8' });
        return '';
      } catch (error) {
        return String(error.stdout);
      }
    };
    const page = (element) => `import type {} from 'courtesy-feedback/jsx.js';
      export const Page = () => ${element};\n`;
    assert.equal(
      check(
        'good',
        page('<courtesy-feedback endpoint="/api/feedback" scale="stars5" maxLength={500} mode="button" />')
      ),
      '',
      'a page with valid values compiles'
    );
    assert.equal(check('status', page('<courtesy-feedback-status endpoint="/" theme="dark" />')), '');
    assert.match(check('wrong-scale', page('<courtesy-feedback scale="stars10" />')), /stars10/);
    assert.match(check('wrong-mode', page('<courtesy-feedback mode="popup" />')), /popup/);
  });

  async function submitFrom(page) {
    await page.waitForFunction(() => document.querySelector('courtesy-feedback')?.shadowRoot?.querySelector('input'));
    return page.evaluate(async () => {
      const el = document.querySelector('courtesy-feedback');
      el.shadowRoot.querySelector('input[value="5"]').click();
      return el.submit();
    });
  }

  const ways = {
    esm: 'as an ESM import bundled by esbuild into one file',
    'esm-split': 'as an ESM import bundled by esbuild with --splitting',
    vite: 'as an ESM import built by Vite',
    script: 'from a <script> tag',
  };
  /** Builds the agency's page for `way` and returns its path on the server. */
  async function pageFor(way, endpoint) {
    const element = `<courtesy-feedback endpoint="${endpoint}" staff-id="A-102"></courtesy-feedback>`;
    const write = (file, script) =>
      writeFileSync(join(project, file), `<!doctype html><html lang="en"><body>${script}${element}</body></html>`);
    if (way === 'script') {
      write('script.html', '<script src="/node_modules/courtesy-feedback/dist/courtesy-feedback.min.js"></script>');
      return '/script.html';
    }
    writeFileSync(join(project, 'main.js'), "import 'courtesy-feedback';\n");
    if (way === 'vite') {
      const source = join(project, 'vite-source');
      mkdirSync(source, { recursive: true });
      writeFileSync(join(source, 'main.js'), "import 'courtesy-feedback';\n");
      writeFileSync(
        join(source, 'index.html'),
        `<!doctype html><html lang="en"><body><script type="module" src="./main.js"></script>${element}</body></html>`
      );
      const vite = await import('vite');
      await vite.build({
        root: source,
        base: '/vite/',
        configFile: false,
        logLevel: 'silent',
        build: { outDir: join(project, 'vite'), emptyOutDir: true },
      });
      return '/vite/index.html';
    }
    const split = way === 'esm-split';
    await build({
      entryPoints: [join(project, 'main.js')],
      bundle: true,
      format: 'esm',
      splitting: split,
      ...(split ? { outdir: join(project, 'split'), entryNames: 'bundle' } : { outfile: join(project, 'bundle.js') }),
      logLevel: 'silent',
      absWorkingDir: project,
    });
    write(`${way}.html`, `<script type="module" src="${split ? '/split/bundle.js' : '/bundle.js'}"></script>`);
    return `/${way}.html`;
  }

  for (const [way, description] of Object.entries(ways)) {
    it(`should render, load its English catalogue and submit when used ${description}`, async () => {
      const bin = `pack${way}${Date.now()}`;
      const path = await pageFor(way, `${origin}/bin/${bin}/feedback`);
      const page = await browser.newPage();
      const errors = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(`${origin}${path}`);
      // English is loaded on demand, whichever way the package was bundled.
      await page.waitForFunction(
        () =>
          document
            .querySelector('courtesy-feedback')
            ?.shadowRoot?.querySelector('button[type="submit"]')
            ?.textContent.trim() === 'Send'
      );
      assert.equal(await submitFrom(page), true);
      const log = await (await fetch(`${origin}/bin/${bin}/log`)).json();
      assert.equal(log.length, 1);
      assert.equal(log[0].schemaErrors, null);
      assert.equal(log[0].payload.subject.staffId, 'A-102');
      assert.deepEqual(errors, []);
      await page.close();
    });
  }
});
