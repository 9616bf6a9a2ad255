import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/define.js';
import type { CourtesyFeedback } from '../src/courtesy-feedback.js';
import { findPersonalData, maskPersonalData, type PersonalDataKind } from '../src/chunks/detect.js';
import { litDevWarnings, sameOriginBin, shadow, typeInto } from './helpers.js';
import { expectAccessible } from './accessibility.js';

/** What the detector finds in `text`: each finding's kind and the exact characters. */
function found(text: string): [PersonalDataKind, string][] {
  return findPersonalData(text).map(({ kind, start, end }) => [kind, text.slice(start, end)]);
}

describe('personal data in comments', () => {
  describe('findPersonalData', () => {
    const mustFind: [string, PersonalDataKind, string][] = [
      ['제 주민번호는 900101-1234567 입니다', 'rrn', '900101-1234567'],
      ['주민등록번호 8501022345678 로 조회해 주세요', 'rrn', '8501022345678'],
      ['외국인등록번호 951231 5123456', 'rrn', '951231 5123456'],
      ['연락 주세요 010-1234-5678', 'phone', '010-1234-5678'],
      ['01012345678로 문자 주세요', 'phone', '01012345678'],
      ['010 1234 5678', 'phone', '010 1234 5678'],
      ['011.234.5678 (옛날 번호)', 'phone', '011.234.5678'],
      ['사무실 02-123-4567', 'phone', '02-123-4567'],
      ['집 031-987-6543', 'phone', '031-987-6543'],
      ['인터넷전화 070-4321-8765', 'phone', '070-4321-8765'],
      ['Call me on +82 10-1234-5678', 'phone', '+82 10-1234-5678'],
      ['or +82-2-123-4567 at the office', 'phone', '+82-2-123-4567'],
      ['Tôi ở Việt Nam: +84 912 345 678', 'phone', '+84 912 345 678'],
      ['London office +44 20 7946 0958', 'phone', '+44 20 7946 0958'],
      ['메일은 kim.minwon+seoul@example.go.kr 입니다', 'email', 'kim.minwon+seoul@example.go.kr'],
      ['write to a_b@mail.example.co.uk please', 'email', 'a_b@mail.example.co.uk'],
      ['카드 4111 1111 1111 1111 결제가 두 번 됐어요', 'card', '4111 1111 1111 1111'],
      ['card 5500-0000-0000-0004', 'card', '5500-0000-0000-0004'],
      ['번호 4012888888881881', 'card', '4012888888881881'],
    ];
    for (const [text, kind, match] of mustFind) {
      it(`should find the ${kind} in "${text}"`, () => {
        expect(found(text)).to.deep.equal([[kind, match]]);
      });
    }

    const mustNotFind = [
      '2026-11-25에 방문했어요',
      '2026.11.25 오전 9:30에 갔어요',
      '접수 번호 CF-20261125-7F3K 로 확인했어요',
      '수수료 15,000원, 총 1,234,567원을 냈어요',
      '대기 번호 123번, 30분 기다렸어요',
      '대표번호 1588-1234 로 안내받았어요',
      '민원 처리 번호 1AA-2311-000123',
      '여권 번호는 알려 드릴 수 없어요 M12345678',
      '1234 5678 9012 3456 은 카드 번호가 아니에요 (Luhn 검사 실패)',
      '우편번호 04524, 서울 중구 세종대로 110',
      '2026년 11월 25일 14시 30분',
      'version 10.2.1-beta, build 20261125',
    ];
    for (const text of mustNotFind) {
      it(`should find nothing in "${text}"`, () => {
        expect(found(text)).to.deep.equal([]);
      });
    }

    it('should mask every letter and digit of each finding and keep the rest', () => {
      const text = '010-1234-5678 또는 kim@example.com 으로, 2026-11-25 방문';
      expect(maskPersonalData(text)).to.deep.equal({
        text: '***-****-**** 또는 ***@*******.*** 으로, 2026-11-25 방문',
        masked: true,
        kinds: ['phone', 'email'],
      });
      expect(maskPersonalData('친절했어요')).to.deep.equal({ text: '친절했어요', masked: false, kinds: [] });
    });
  });

  describe('<courtesy-feedback pii>', () => {
    afterEach(() => expect(litDevWarnings()).to.deep.equal([]));

    async function typeComment(el: CourtesyFeedback, text: string) {
      typeInto(shadow(el).textarea()!, text);
      await waitUntil(() => el.shadowRoot!.querySelector('[part="pii-notice"]'), 'no personal-data notice');
      return el.shadowRoot!.querySelector<HTMLElement>('[part="pii-notice"]')!;
    }

    it('should tell the visitor before sending, then send the comment masked with piiMasked true (the default)', async () => {
      const bin = sameOriginBin();
      const el = await fixture<CourtesyFeedback>(
        html`<courtesy-feedback endpoint=${bin.endpoint()}></courtesy-feedback>`
      );
      shadow(el).radio(2).click();
      const notice = await typeComment(el, '답변은 010-1234-5678 로 주세요. 주민번호 900101-1234567');
      expect(notice.textContent).to.equal('개인정보로 보이는 내용(주민등록번호, 전화번호)은 * 표로 가려서 보내요.');
      expect(shadow(el).textarea()!.getAttribute('aria-describedby')).to.contain('comment-pii');
      // The live region says it too, once typing pauses.
      await waitUntil(() => el.shadowRoot!.querySelector('[aria-live="polite"]')!.textContent!.includes('가려서'));
      await expectAccessible(el);
      expect(await el.submit()).to.equal(true);
      const [request] = await bin.waitForSubmissions(1);
      expect(request.schemaErrors).to.equal(null);
      expect(request.payload!.comment).to.equal('답변은 ***-****-**** 로 주세요. 주민번호 ******-*******');
      expect(request.payload!.piiMasked).to.equal(true);
      expect(request.body).to.not.contain('1234-5678');
    });

    it('should mask even when the visitor sends before the notice could appear', async () => {
      const bin = sameOriginBin();
      const el = await fixture<CourtesyFeedback>(
        html`<courtesy-feedback endpoint=${bin.endpoint()}></courtesy-feedback>`
      );
      shadow(el).radio(4).click();
      typeInto(shadow(el).textarea()!, 'kim@example.com');
      expect(await el.submit()).to.equal(true);
      const [request] = await bin.waitForSubmissions(1);
      expect(request.payload!.comment).to.equal('***@*******.***');
    });

    it('should only warn with pii="warn", and send the comment as written', async () => {
      const bin = sameOriginBin();
      const el = await fixture<CourtesyFeedback>(
        html`<courtesy-feedback endpoint=${bin.endpoint()} pii="warn" lang="en"></courtesy-feedback>`
      );
      shadow(el).radio(5).click();
      const notice = await typeComment(el, 'Call me on 010-1234-5678');
      expect(notice.textContent).to.equal(
        'This looks like personal data (phone number). Please remove it before you send.'
      );
      expect(await el.submit()).to.equal(true);
      const [request] = await bin.waitForSubmissions(1);
      expect(request.payload!.comment).to.equal('Call me on 010-1234-5678');
      expect(request.payload!.piiMasked).to.equal(false);
    });

    it('should neither warn nor mask with pii="off"', async () => {
      const bin = sameOriginBin();
      const el = await fixture<CourtesyFeedback>(
        html`<courtesy-feedback endpoint=${bin.endpoint()} pii="off"></courtesy-feedback>`
      );
      shadow(el).radio(5).click();
      typeInto(shadow(el).textarea()!, '010-1234-5678');
      await new Promise((resolve) => setTimeout(resolve, 900));
      expect(el.shadowRoot!.querySelector('[part="pii-notice"]')).to.equal(null);
      expect(await el.submit()).to.equal(true);
      const [request] = await bin.waitForSubmissions(1);
      expect(request.payload!.comment).to.equal('010-1234-5678');
    });

    it('should take the notice away when the visitor removes the personal data', async () => {
      const el = await fixture<CourtesyFeedback>(html`<courtesy-feedback endpoint="/x"></courtesy-feedback>`);
      await typeComment(el, '010-1234-5678');
      typeInto(shadow(el).textarea()!, '친절했어요');
      await waitUntil(() => !el.shadowRoot!.querySelector('[part="pii-notice"]'), 'the notice stayed');
      expect(shadow(el).textarea()!.getAttribute('aria-describedby')).to.not.contain('comment-pii');
    });
  });
});
