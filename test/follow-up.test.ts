import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import type { CourtesyFeedback } from '../src/courtesy-feedback.js';
import { crossOriginBin, litDevWarnings, settled, shadow } from './helpers.js';
import { expectAccessible } from './accessibility.js';

/** An endpoint that answers 201 with this JSON body. */
async function answering(body: Record<string, unknown>) {
  const bin = await crossOriginBin();
  return bin.endpoint({ status: 201, body: JSON.stringify(body) });
}

async function rateAndSend(el: CourtesyFeedback) {
  shadow(el).radio(1).click();
  await el.updateComplete;
  await el.submit();
  await settled(el);
}

const statusLink = (el: CourtesyFeedback) => el.shadowRoot!.querySelector<HTMLAnchorElement>('[part="status-link"]');

describe('<courtesy-feedback> follow-up by receipt', () => {
  afterEach(() => expect(litDevWarnings()).to.deep.equal([]));

  it('should show the receipt, the check code and a link to the status page the endpoint gave', async () => {
    const statusUrl = 'https://collector.example.go.kr/status?receipt=CF-20261202-AB12&check=7K3MQ9ZP';
    const endpoint = await answering({ receipt: 'CF-20261202-AB12', check: '7K3MQ9ZP', statusUrl });
    const el = await fixture<CourtesyFeedback>(html`<courtesy-feedback endpoint=${endpoint}></courtesy-feedback>`);
    await rateAndSend(el);
    const status = shadow(el).status().textContent!.replace(/\s+/g, ' ');
    expect(status).to.include('접수 번호: CF-20261202-AB12');
    expect(status).to.include('확인 코드: 7K3MQ9ZP');
    const link = statusLink(el)!;
    expect(link.href).to.equal(statusUrl);
    expect(link.textContent!.trim()).to.equal('처리 상황 보기');
    await expectAccessible(el);
  });

  it('should say the follow-up lines in the visitor language', async () => {
    const endpoint = await answering({ receipt: 'CF-20261202-AB12', check: '7K3MQ9ZP', statusUrl: '/status' });
    const el = await fixture<CourtesyFeedback>(
      html`<courtesy-feedback endpoint=${endpoint} lang="en"></courtesy-feedback>`
    );
    await rateAndSend(el);
    expect(shadow(el).status().textContent).to.include('Check code: 7K3MQ9ZP');
    expect(statusLink(el)!.textContent!.trim()).to.equal('Follow your feedback');
    expect(new URL(statusLink(el)!.href).pathname).to.equal(
      '/status',
      'a relative address is read against the endpoint'
    );
  });

  it('should link no address that is not http(s), and show the receipt alone when nothing else came', async () => {
    const hostile = await answering({
      receipt: 'CF-20261202-AB12',
      check: '7K3MQ9ZP',
      statusUrl: 'javascript:alert(1)',
    });
    const first = await fixture<CourtesyFeedback>(html`<courtesy-feedback endpoint=${hostile}></courtesy-feedback>`);
    await rateAndSend(first);
    expect(statusLink(first)).to.equal(null);
    expect(shadow(first).status().textContent).to.include('확인 코드: 7K3MQ9ZP');

    const plain = await answering({ receipt: 'CF-20261202-AB13' });
    const second = await fixture<CourtesyFeedback>(html`<courtesy-feedback endpoint=${plain}></courtesy-feedback>`);
    await rateAndSend(second);
    const status = shadow(second).status().textContent!;
    expect(status).to.include('CF-20261202-AB13');
    expect(status).not.to.include('확인 코드');
    expect(statusLink(second)).to.equal(null);
  });
});
