import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sameOriginBin, shadow } from './helpers.js';
import { expectAccessible } from './accessibility.js';

// This file does not import the source: it loads the built, self-contained embed file the way an
// agency's page does, with a plain <script> tag.
function loadScript(type: 'classic' | 'module'): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    if (type === 'module') script.type = 'module';
    script.src = `/dist/courtesy-feedback.min.js?${type}`;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`could not load the embed as a ${type} script`));
    document.head.append(script);
  });
}

describe('dist/courtesy-feedback.min.js', () => {
  it('should define the element from a classic script, and survive being loaded again as a module', async () => {
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.message);
    window.addEventListener('error', onError);
    await loadScript('classic');
    await customElements.whenDefined('courtesy-feedback');
    await loadScript('module');
    await new Promise((resolve) => setTimeout(resolve, 100));
    window.removeEventListener('error', onError);
    expect(errors).to.deep.equal([]);

    const bin = sameOriginBin();
    const el = await fixture<HTMLElement & { submit(): Promise<boolean> }>(
      html`<courtesy-feedback endpoint=${bin.endpoint()} staff-id="A-102"></courtesy-feedback>`
    );
    await waitUntil(() => el.shadowRoot?.querySelector('input[type="radio"]'));
    shadow(el as never)
      .radio(5)
      .click();
    expect(await el.submit()).to.equal(true);
    const [request] = await bin.waitForSubmissions(1);
    expect(request.schemaErrors).to.equal(null);
    expect(request.payload!.subject.staffId).to.equal('A-102');
    // The delivery chunk is fetched beside the embed (relative to the script, not to this page), once.
    const chunkLoads = performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname)
      .filter((path) => path.includes('courtesy-feedback-delivery-'));
    expect(chunkLoads).to.have.length(1);
    expect(chunkLoads[0]).to.match(/^\/dist\/courtesy-feedback-delivery-[\w-]{8}\.min\.js$/);
    await expectAccessible(el);

    // A Korean page fetches no catalogue; a Japanese widget fetches Japanese alone.
    const catalogueLoads = () =>
      performance
        .getEntriesByType('resource')
        .map((entry) => /courtesy-feedback-(en|ja|zh|vi)-/.exec(entry.name)?.[1])
        .filter(Boolean);
    expect(catalogueLoads()).to.deep.equal([]);
    const japanese = await fixture<HTMLElement & { updateComplete: Promise<boolean> }>(
      html`<courtesy-feedback endpoint=${bin.endpoint()} lang="ja"></courtesy-feedback>`
    );
    await japanese.updateComplete;
    expect(japanese.shadowRoot!.querySelector('button[type="submit"]')!.textContent!.trim()).to.equal('送信');
    expect(catalogueLoads()).to.deep.equal(['ja']);
  });
});
