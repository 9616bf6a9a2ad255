import type { LocaleCode } from '../i18n/locales.js';
import type { ModeMessages } from '../i18n/messages.js';

/** The strings of button and kiosk mode in every language; part of their chunks. */
export const messages: Record<LocaleCode, ModeMessages> = {
  ko: {
    close: '닫기',
    kioskResetSoon: '{seconds}초 뒤 처음 화면으로 돌아가요.',
    kioskIdle: '아직 계신가요? {seconds}초 뒤 처음 화면으로 돌아가요.',
    kioskContinue: '계속하기',
    kioskKeep: '이 화면 계속 보기',
    kioskKept: '이 화면을 그대로 둘게요.',
    kioskStartedOver: '처음 화면으로 돌아왔어요.',
  },
  en: {
    close: 'Close',
    kioskResetSoon: 'This screen starts over in {seconds} seconds.',
    kioskIdle: 'Are you still there? This screen starts over in {seconds} seconds.',
    kioskContinue: 'Keep going',
    kioskKeep: 'Keep this screen',
    kioskKept: 'This screen stays while you need it.',
    kioskStartedOver: 'The screen has started over.',
  },
  ja: {
    close: '閉じる',
    kioskResetSoon: '{seconds}秒後に最初の画面に戻ります。',
    kioskIdle: 'まだいらっしゃいますか？{seconds}秒後に最初の画面に戻ります。',
    kioskContinue: '続ける',
    kioskKeep: 'この画面を表示し続ける',
    kioskKept: 'この画面をそのまま表示します。',
    kioskStartedOver: '最初の画面に戻りました。',
  },
  zh: {
    close: '关闭',
    kioskResetSoon: '{seconds}秒后将返回初始画面。',
    kioskIdle: '您还在吗？{seconds}秒后将返回初始画面。',
    kioskContinue: '继续',
    kioskKeep: '保留此画面',
    kioskKept: '此画面将继续显示。',
    kioskStartedOver: '已返回初始画面。',
  },
  vi: {
    close: 'Đóng',
    kioskResetSoon: 'Màn hình sẽ trở về ban đầu sau {seconds} giây.',
    kioskIdle: 'Bạn vẫn còn ở đây chứ? Màn hình sẽ trở về ban đầu sau {seconds} giây.',
    kioskContinue: 'Tiếp tục',
    kioskKeep: 'Giữ màn hình này',
    kioskKept: 'Màn hình này sẽ được giữ lại.',
    kioskStartedOver: 'Màn hình đã trở về ban đầu.',
  },
};
