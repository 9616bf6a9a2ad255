import type { LocaleCode } from '../i18n/locales.js';
import type { ModeMessages } from '../i18n/messages.js';

/** The strings of button and kiosk mode in every language; part of their chunks. */
export const messages: Record<LocaleCode, ModeMessages> = {
  ko: {
    close: '닫기',
    kioskResetSoon: '{seconds}초 뒤 처음 화면으로 돌아가요.',
    kioskIdle: '아직 쓰고 계신가요? {seconds}초 뒤 처음 화면으로 돌아가요.',
    kioskContinue: '계속 쓰기',
  },
  en: {
    close: 'Close',
    kioskResetSoon: 'This screen starts over in {seconds} seconds.',
    kioskIdle: 'Are you still there? This screen starts over in {seconds} seconds.',
    kioskContinue: 'Keep going',
  },
  ja: {
    close: '閉じる',
    kioskResetSoon: '{seconds}秒後に最初の画面に戻ります。',
    kioskIdle: 'まだ入力中ですか？{seconds}秒後に最初の画面に戻ります。',
    kioskContinue: '入力を続ける',
  },
  zh: {
    close: '关闭',
    kioskResetSoon: '{seconds}秒后将返回初始画面。',
    kioskIdle: '您还在填写吗？{seconds}秒后将返回初始画面。',
    kioskContinue: '继续填写',
  },
  vi: {
    close: 'Đóng',
    kioskResetSoon: 'Màn hình sẽ trở về ban đầu sau {seconds} giây.',
    kioskIdle: 'Bạn vẫn đang viết chứ? Màn hình sẽ trở về ban đầu sau {seconds} giây.',
    kioskContinue: 'Tiếp tục viết',
  },
};
