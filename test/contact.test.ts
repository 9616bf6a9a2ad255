import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import type { CourtesyFeedback } from '../src/courtesy-feedback.js';
import { litDevWarnings, sameOriginBin, shadow } from './helpers.js';
import { expectAccessible } from './accessibility.js';

function contact(el: CourtesyFeedback) {
  const root = el.shadowRoot!;
  return {
    consent: () => root.querySelector<HTMLInputElement>('#contact-consent')!,
    notice: () => root.querySelector<HTMLElement>('#contact-notice')!,
    field: (name: 'name' | 'phone' | 'email') => root.querySelector<HTMLInputElement>(`#contact-${name}`),
    fill(name: 'name' | 'phone' | 'email', value: string) {
      const input = this.field(name)!;
      input.value = value;
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    },
  };
}

describe('<courtesy-feedback contact="optional">', () => {
  afterEach(() => expect(litDevWarnings()).to.deep.equal([]));

  it('should show no contact section unless contact="optional"', async () => {
    const el = await fixture<CourtesyFeedback>(html`<courtesy-feedback endpoint="/x"></courtesy-feedback>`);
    expect(el.shadowRoot!.querySelector('.contact')).to.equal(null);
  });

  it('should show the notice (purpose, items, retention, right to refuse, policy link) and no fields before consent', async () => {
    const el = await fixture<CourtesyFeedback>(
      html`<courtesy-feedback
        endpoint="/x"
        contact="optional"
        privacy-url="https://www.example.go.kr/privacy"
      ></courtesy-feedback>`
    );
    const notice = contact(el).notice().textContent!;
    for (const words of ['목적:', '항목: 이름, 전화번호, 이메일 주소', '보유 기간:', '동의하지 않으셔도 돼요']) {
      expect(notice).to.contain(words);
    }
    expect(contact(el).consent().getAttribute('aria-describedby')).to.equal('contact-notice');
    expect(contact(el).consent().labels![0].textContent).to.contain('개인정보 수집·이용에 동의합니다');
    const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('.contact a')!;
    expect(link.href).to.equal('https://www.example.go.kr/privacy');
    expect(link.textContent).to.contain('개인정보 처리방침');
    expect(link.innerText, 'told to everyone, not only to screen readers').to.contain('(새 창)');
    const linkBox = link.getBoundingClientRect();
    expect(linkBox.height, 'a target on its own line').to.be.at.least(44);
    const consentBox = contact(el).consent().getBoundingClientRect();
    expect(consentBox.top, 'apart from the consent box below it').to.be.at.least(linkBox.bottom);
    expect(contact(el).field('phone')).to.equal(null);
    // The section's own styles came with it: a 24 px box, WCAG 2.2's minimum target.
    expect(getComputedStyle(contact(el).consent()).width).to.equal('24px');
    await expectAccessible(el);
  });

  it('should send no contact without consent', async () => {
    const bin = sameOriginBin();
    const el = await fixture<CourtesyFeedback>(
      html`<courtesy-feedback endpoint=${bin.endpoint()} contact="optional"></courtesy-feedback>`
    );
    shadow(el).radio(2).click();
    expect(await el.submit()).to.equal(true);
    const [request] = await bin.waitForSubmissions(1);
    expect(request.payload!.contact).to.equal(null);
  });

  it('should send the details with when and to which notice consent was given', async () => {
    const bin = sameOriginBin();
    const el = await fixture<CourtesyFeedback>(
      html`<courtesy-feedback
        endpoint=${bin.endpoint()}
        contact="optional"
        privacy-url="https://www.example.go.kr/privacy"
      ></courtesy-feedback>`
    );
    shadow(el).radio(1).click();
    const before = Date.now();
    contact(el).consent().click();
    await el.updateComplete;
    contact(el).fill('name', ' 김민원 ');
    contact(el).fill('phone', '010-1234-5678');
    await el.updateComplete;
    await expectAccessible(el);
    expect(await el.submit()).to.equal(true);
    const [request] = await bin.waitForSubmissions(1);
    expect(request.schemaErrors).to.equal(null);
    const sent = request.payload!.contact!;
    expect(sent.name).to.equal('김민원');
    expect(sent.phone).to.equal('010-1234-5678');
    expect(sent).to.not.have.property('email');
    expect(sent.consent.given).to.equal(true);
    expect(Date.parse(sent.consent.at)).to.be.within(before - 1000, Date.now());
    expect(sent.consent.notice).to.equal(
      [
        '개인정보 수집·이용 안내',
        '목적: 남기신 의견의 내용을 확인하거나 결과를 알려 드리기 위한 연락',
        '항목: 이름, 전화번호, 이메일 주소 중 적으신 것',
        '보유 기간: 의견 처리를 마친 뒤 1년, 그 후 바로 파기',
        '동의하지 않으셔도 돼요. 그러면 연락을 받을 수 없을 뿐, 의견은 그대로 보낼 수 있어요.',
        '개인정보 처리방침: https://www.example.go.kr/privacy',
      ].join('\n')
    );
    // The phone number is contact data, not personal data typed into the comment: never masked.
    expect(request.payload!.piiMasked).to.equal(false);
  });

  it('should ask for a phone number or an e-mail address, tie the errors to the fields and focus the first', async () => {
    const el = await fixture<CourtesyFeedback>(
      html`<courtesy-feedback endpoint="/x" contact="optional" lang="en"></courtesy-feedback>`
    );
    shadow(el).radio(4).click();
    contact(el).consent().click();
    await el.updateComplete;
    expect(await el.submit()).to.equal(false);
    const phone = contact(el).field('phone')!;
    expect(phone.getAttribute('aria-invalid')).to.equal('true');
    expect(phone.getAttribute('aria-describedby')).to.equal('contact-error');
    expect(el.shadowRoot!.getElementById('contact-error')!.textContent).to.contain(
      'Enter a phone number or an e-mail address'
    );
    expect(shadow(el).focused()).to.equal(phone);
    await expectAccessible(el);

    contact(el).fill('email', 'kim@example');
    await el.updateComplete;
    expect(await el.submit()).to.equal(false);
    const email = contact(el).field('email')!;
    expect(email.getAttribute('aria-describedby')).to.equal('contact-email-error');
    expect(el.shadowRoot!.getElementById('contact-email-error')!.textContent).to.contain('Check the e-mail address');
    expect(shadow(el).focused()).to.equal(email);
    // Fixing it takes the error away as the visitor types.
    contact(el).fill('email', 'kim@example.com');
    await el.updateComplete;
    expect(email.hasAttribute('aria-invalid')).to.equal(false);
  });

  it('should forget what was typed when consent is taken back', async () => {
    const bin = sameOriginBin();
    const el = await fixture<CourtesyFeedback>(
      html`<courtesy-feedback endpoint=${bin.endpoint()} contact="optional"></courtesy-feedback>`
    );
    shadow(el).radio(5).click();
    contact(el).consent().click();
    await el.updateComplete;
    contact(el).fill('email', 'kim@example.com');
    contact(el).consent().click();
    await el.updateComplete;
    expect(contact(el).field('email')).to.equal(null);
    contact(el).consent().click();
    await el.updateComplete;
    expect(contact(el).field('email')!.value).to.equal('');
    contact(el).consent().click();
    await el.updateComplete;
    expect(await el.submit()).to.equal(true);
    const [request] = await bin.waitForSubmissions(1);
    expect(request.payload!.contact).to.equal(null);
    expect(request.body).to.not.contain('kim@example.com');
  });

  it('should reach the consent box and the fields by keyboard, with autocomplete hints', async () => {
    const el = await fixture<CourtesyFeedback>(
      html`<courtesy-feedback endpoint="/x" contact="optional" comment="hidden"></courtesy-feedback>`
    );
    shadow(el).radio(3).focus();
    await sendKeys({ press: 'Tab' });
    expect(shadow(el).focused()).to.equal(contact(el).consent());
    await sendKeys({ type: ' ' });
    await waitUntil(() => contact(el).field('name'));
    await sendKeys({ press: 'Tab' });
    expect(shadow(el).focused()).to.equal(contact(el).field('name'));
    expect(
      (['name', 'phone', 'email'] as const).map((name) => contact(el).field(name)!.getAttribute('autocomplete'))
    ).to.deep.equal(['name', 'tel', 'email']);
  });

  it('should speak the notice in the widget’s language', async () => {
    const el = await fixture<CourtesyFeedback>(
      html`<courtesy-feedback endpoint="/x" contact="optional" lang="vi"></courtesy-feedback>`
    );
    expect(contact(el).notice().textContent).to.contain('Bạn có quyền từ chối');
    await expectAccessible(el);
  });
});
