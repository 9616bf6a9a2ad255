import { expect, fixture } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
// Only the class module: importing it must not register any tag (package.json "sideEffects"
// lists just the registration modules, so bundlers may drop it when unused).
import { CourtesyFeedback } from '../src/courtesy-feedback.js';
import { sameOriginBin, shadow } from './helpers.js';
import { expectAccessible } from './accessibility.js';

describe('CourtesyFeedback class', () => {
  it('should not register <courtesy-feedback> when only the class is imported', () => {
    expect(customElements.get('courtesy-feedback')).to.equal(undefined);
  });

  it('should work in full under another tag name', async () => {
    customElements.define('agency-feedback', class extends CourtesyFeedback {});
    const tag = unsafeStatic('agency-feedback');
    const bin = sameOriginBin();
    const el = await fixture<CourtesyFeedback>(staticHtml`<${tag} endpoint=${bin.endpoint()} lang="en"></${tag}>`);
    expect(el).to.be.instanceOf(CourtesyFeedback);
    await expectAccessible(el);
    shadow(el).radio(5).click();
    expect(await el.submit()).to.equal(true);
    const [request] = await bin.waitForSubmissions(1);
    expect(request.schemaErrors).to.equal(null);
    expect(customElements.get('courtesy-feedback'), 'still not registered').to.equal(undefined);
  });
});
