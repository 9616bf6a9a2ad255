import { expect } from '@open-wc/testing';
import { nextOptionIndex } from '../src/rating/keyboard.js';
import { isLowRating } from '../src/rating/scales.js';
import { visibleLength } from '../src/text-length.js';
import { pageAddress } from '../src/page-address.js';
import { toFormFields } from '../src/chunks/delivery/encode.js';
import { fromFormFields } from '../src/transport/decode-form.js';
import { randomId } from '../src/uuid.js';
import { VERSION } from '../src/version.js';
import '../src/define.js';
import { recorderInfo } from './helpers.js';

describe('modules', () => {
  describe('nextOptionIndex', () => {
    it('should wrap forward and backward and jump with Home and End', () => {
      expect(nextOptionIndex('ArrowRight', 4, 5, false)).to.equal(0);
      expect(nextOptionIndex('ArrowLeft', 0, 5, false)).to.equal(4);
      expect(nextOptionIndex('ArrowDown', 1, 2, false)).to.equal(0);
      expect(nextOptionIndex('Home', 3, 5, false)).to.equal(0);
      expect(nextOptionIndex('End', 0, 3, false)).to.equal(2);
      expect(nextOptionIndex('ArrowRight', 1, 5, true), 'mirrored in RTL').to.equal(0);
      expect(nextOptionIndex('ArrowUp', 1, 5, true), 'up is not mirrored').to.equal(0);
      expect(nextOptionIndex('a', 1, 5, false)).to.equal(undefined);
    });
  });

  describe('isLowRating', () => {
    it('should call the lower half of each scale low', () => {
      expect([1, 2, 3, 4, 5].map((value) => isLowRating('faces5', value))).to.deep.equal([
        true,
        true,
        false,
        false,
        false,
      ]);
      expect([1, 2, 3].map((value) => isLowRating('faces3', value))).to.deep.equal([true, false, false]);
      expect([1, 2].map((value) => isLowRating('thumbs2', value))).to.deep.equal([true, false]);
    });
  });

  describe('visibleLength', () => {
    it('should count grapheme clusters', () => {
      expect(visibleLength('')).to.equal(0);
      expect(visibleLength('친절해요')).to.equal(4);
      expect(visibleLength('👨‍👩‍👧‍👦')).to.equal(1);
      expect(visibleLength('🇰🇷🇯🇵')).to.equal(2);
      expect(visibleLength('한글 ok')).to.equal(5);
    });
  });

  describe('pageAddress', () => {
    const href = 'https://www.example.go.kr/minwon/passport?name=kim&mail=kim@example.com#apply';
    it('should reduce the address as page-url asks', () => {
      expect(pageAddress('path', href, '민원실')).to.deep.equal({
        url: 'https://www.example.go.kr/minwon/passport',
        title: '민원실',
      });
      expect(pageAddress('full', href, 't')!.url).to.equal(
        'https://www.example.go.kr/minwon/passport?name=kim&mail=[email]'
      );
      expect(pageAddress('none', href, 't')).to.equal(null);
    });
  });

  describe('form encoding', () => {
    it('should round-trip a payload through form fields using the schema', async () => {
      const schema = await (await fetch('/schema/courtesy-feedback-v1.schema.json')).json();
      const payload = {
        schema: 'courtesy-feedback/v1',
        id: randomId(),
        createdAt: new Date().toISOString(),
        rating: { value: 1, max: 2, scale: 'thumbs2', label: '아쉬워요' },
        aspects: ['waiting', 'speed'],
        comment: 'a=b&c',
        piiMasked: true,
        contact: null,
        subject: { department: '세무과' },
        page: null,
        locale: 'ko',
        metadata: { desk: '3' },
        client: { name: 'courtesy-feedback', version: VERSION, attempt: 3 },
      };
      const fields = new URLSearchParams(toFormFields(payload).toString());
      expect(fromFormFields(fields, schema)).to.deep.equal(payload);
    });
  });

  describe('randomId', () => {
    it('should make distinct version 4 UUIDs', () => {
      const ids = new Set(Array.from({ length: 100 }, () => randomId()));
      expect(ids.size).to.equal(100);
      for (const id of ids)
        expect(id).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    });
  });

  describe('test run', () => {
    it('should run against the Lit build this run asks for (development or production)', async () => {
      document.body.append(document.createElement('courtesy-feedback'));
      const { litMode } = await recorderInfo();
      // Only development Lit keeps the set of warnings it issued.
      const devBuild = (globalThis as { litIssuedWarnings?: Set<string> }).litIssuedWarnings !== undefined;
      expect(devBuild).to.equal(litMode === 'dev');
      document.querySelector('courtesy-feedback')!.remove();
    });
  });

  describe('version', () => {
    it('should match package.json, the one source of the version', async () => {
      const pkg = await (await fetch('/package.json')).json();
      expect(VERSION).to.equal(pkg.version);
    });
  });
});
