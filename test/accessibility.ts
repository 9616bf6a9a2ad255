/**
 * Two accessibility engines on one widget: axe (through `@open-wc/testing`'s chai-a11y-axe) and IBM's
 * Equal Access engine (`accessibility-checker-engine`, which reaches into shadow roots), the second
 * injected into the test page once. What IBM's reports that is not a defect of the widget is listed
 * in `ibmExceptions`, each with the reason, and nowhere else.
 */
import { expect } from '@open-wc/testing';

interface AceResult {
  ruleId: string;
  reasonId: string;
  value: [string, string];
  message: string;
  path: { dom: string };
  snippet: string;
}
interface AceChecker {
  check(target: Node, rulesets: string[]): Promise<{ results: AceResult[] }>;
}
declare global {
  interface Window {
    ace?: { Checker: new () => AceChecker };
  }
}

let checker: Promise<AceChecker> | undefined;

function ibmChecker(): Promise<AceChecker> {
  checker ??= new Promise<AceChecker>((resolve, reject) => {
    const script = document.createElement('script');
    script.src = '/node_modules/accessibility-checker-engine/ace.js';
    script.onload = () => resolve(new window.ace!.Checker());
    script.onerror = () => reject(new Error('IBM Equal Access engine did not load'));
    document.head.append(script);
  });
  return checker;
}

/**
 * What IBM's engine reports against the widget that is not a defect of it, by rule and reason. Its
 * "needs review" results are not failures and are not asserted; only violations are.
 */
export const ibmExceptions: Record<string, string> = {
  // A page with several widgets has one rating group per widget, each named "rating" in its own
  // shadow root (and its own form). HTML makes those separate groups (same tree and same form owner);
  // the engine compares radios of one name across shadow roots. The grouping it means to check is
  // the fieldset and legend, which the radio-group tests and axe check.
  'input_checkboxes_grouped/fail_notsamegroup': 'radios named alike in different shadow roots are different groups',
};

/** What IBM's engine reports that fails WCAG 2.2 (a violation, not a "needs review"), as lines. */
export async function ibmViolations(target: Element): Promise<string[]> {
  const report = await (await ibmChecker()).check(target, ['WCAG_2_2']);
  return report.results
    .filter((result) => result.value[0] === 'VIOLATION' && result.value[1] === 'FAIL')
    .filter((result) => !(`${result.ruleId}/${result.reasonId}` in ibmExceptions))
    .map((result) => `${result.ruleId}/${result.reasonId}: ${result.message} at ${result.path.dom} ${result.snippet}`);
}

/** Both engines find nothing to fail in the widget as it is now. */
export async function expectAccessible(el: Element) {
  await expect(el).to.be.accessible();
  expect(await ibmViolations(el), "IBM Equal Access's violations").to.deep.equal([]);
}
