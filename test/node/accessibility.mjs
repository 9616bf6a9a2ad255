// Both accessibility engines on a page in a real browser, for the server-rendered pages' tests: axe
// (WCAG 2.0–2.2 A and AA) and IBM Equal Access (WCAG 2.2). Evaluated by the automation protocol, so
// the page's CSP does not apply to them.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const aceSource = readFileSync(require.resolve('accessibility-checker-engine/ace.js'), 'utf8');

/** Both engines' failures on the page, as "engine rule: where" lines; none when it passes. */
export async function accessibilityFailures(page) {
  await page.evaluate(axeSource);
  await page.evaluate(aceSource);
  return page.evaluate(async () => {
    const axe = await globalThis.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    const ibm = await new globalThis.ace.Checker().check(document, ['WCAG_2_2']);
    return [
      ...axe.violations.map((v) => `axe ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      ...ibm.results
        .filter((r) => r.value[0] === 'VIOLATION' && r.value[1] === 'FAIL')
        .map((r) => `ibm ${r.ruleId}/${r.reasonId}: ${r.message} at ${r.path.dom}`),
    ];
  });
}
