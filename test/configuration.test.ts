import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import type { CourtesyFeedback } from '../src/courtesy-feedback.js';
import { consoleErrors, litDevWarnings, shadow } from './helpers.js';
import { expectAccessible } from './accessibility.js';

describe('<courtesy-feedback>', () => {
  afterEach(() => expect(litDevWarnings()).to.deep.equal([]));

  describe('bad configuration', () => {
    const cases = [
      { name: 'a missing endpoint', attributes: {}, attribute: 'endpoint', says: 'is missing' },
      {
        name: 'an endpoint that is not a URL',
        attributes: { endpoint: 'http://' },
        attribute: 'endpoint',
        says: 'not a valid URL',
      },
      {
        name: 'a javascript: endpoint',
        attributes: { endpoint: 'javascript:alert(1)' },
        attribute: 'endpoint',
        says: 'http: or https:',
      },
      {
        name: 'an unknown scale',
        attributes: { endpoint: '/x', scale: 'hearts' },
        attribute: 'scale',
        says: '"hearts" is not one of',
      },
      {
        name: 'an unknown comment rule',
        attributes: { endpoint: '/x', comment: 'sometimes' },
        attribute: 'comment',
        says: '"sometimes"',
      },
      {
        name: 'a non-numeric max-length',
        attributes: { endpoint: '/x', 'max-length': 'lots' },
        attribute: 'max-length',
        says: 'positive whole number',
      },
      {
        name: 'a zero max-length',
        attributes: { endpoint: '/x', 'max-length': '0' },
        attribute: 'max-length',
        says: 'positive whole number',
      },
      {
        name: 'an unknown content-type',
        attributes: { endpoint: '/x', 'content-type': 'xml' },
        attribute: 'content-type',
        says: '"xml"',
      },
      { name: 'an unknown method', attributes: { endpoint: '/x', method: 'GET' }, attribute: 'method', says: '"GET"' },
      {
        name: 'an unknown channel',
        attributes: { endpoint: '/x', channel: 'fax' },
        attribute: 'channel',
        says: '"fax"',
      },
    ];

    for (const { name, attributes, attribute, says } of cases) {
      it(`should show "not available" and log one console error naming the attribute for ${name}`, async () => {
        let el!: CourtesyFeedback;
        const errors = await consoleErrors(async () => {
          el = document.createElement('courtesy-feedback');
          el.lang = 'ko';
          for (const [key, value] of Object.entries(attributes)) el.setAttribute(key, value);
          await fixture(html`<div>${el}</div>`);
          el.requestUpdate();
          await el.updateComplete;
        });
        expect(errors).to.have.length(1);
        expect(errors[0]).to.include(`attribute "${attribute}"`);
        expect(errors[0]).to.include(says);
        expect(shadow(el).radios(), 'no broken form').to.have.length(0);
        expect(el.shadowRoot!.querySelector('[part="unavailable"]')!.textContent).to.include(
          '지금은 의견을 받을 수 없어요'
        );
        await expectAccessible(el);
        expect(await el.submit()).to.equal(false);
      });
    }

    it('should come back to life when the attribute is corrected', async () => {
      let el!: CourtesyFeedback;
      await consoleErrors(async () => {
        el = await fixture<CourtesyFeedback>(
          html`<courtesy-feedback scale="hearts" endpoint="/x"></courtesy-feedback>`
        );
      });
      el.scale = 'thumbs2';
      await el.updateComplete;
      expect(shadow(el).radios()).to.have.length(2);
    });

    it('should accept relative endpoints and upper- or lower-case methods', async () => {
      const errors = await consoleErrors(async () => {
        const el = await fixture<CourtesyFeedback>(
          html`<courtesy-feedback endpoint="api/feedback" method="put"></courtesy-feedback>`
        );
        expect(shadow(el).radios()).to.have.length(5);
      });
      expect(errors).to.deep.equal([]);
    });
  });
});
