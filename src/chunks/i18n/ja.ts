import type { CoreMessages, ReceiptMessages } from '../../i18n/messages.js';

/** Japanese, in the polite です・ます style of Japanese public-service forms. */
/** With the thank-you's receipt lines, which Korean pages get with the delivery chunk instead. */
export const ja: CoreMessages & ReceiptMessages = {
  question: '職員の対応はどのくらい親切でしたか？',
  staffLabel: '担当職員：{name}',
  unavailable: '現在ご意見を受け付けられません。しばらくしてから再度ご利用ください。',

  scale5: ['とても不親切', '不親切', 'ふつう', '親切', 'とても親切'],
  scale3: ['不親切', 'ふつう', '親切'],
  thumbs: ['残念', 'よかった'],

  aspectsQuestion: '印象に残った点は？（複数選択可）',
  aspectNames: {
    attitude: '態度',
    explanation: '説明',
    speed: '処理の速さ',
    waiting: '待ち時間',
    facilities: '施設',
    accuracy: '正確さ',
  },

  commentLabel: 'ご意見',
  optional: '（任意）',
  required: '（必須）',
  commentHint: 'お名前や電話番号などの個人情報は書かないでください。',
  commentHintWhenLow: '残念な点を選んだ場合は、どの点が残念だったかをお書きください。',
  counter: '{count}/{max}文字',
  piiMask: '個人情報と思われる内容（{kinds}）は * で伏せて送信します。',
  piiWarn: '個人情報と思われる内容（{kinds}）があります。削除してから送信してください。',
  piiKinds: { rrn: '住民登録番号', phone: '電話番号', email: 'メールアドレス', card: 'カード番号' },
  counterRemaining: 'あと{remaining}文字書けます。',
  counterOver: '{over}文字超えています。',

  submit: '送信',
  sending: '送信中…',
  sent: 'ご意見ありがとうございました。確かに受け付けました。',
  receipt: '受付番号：{receipt}',
  check: '確認コード：{check}',
  followLink: '処理状況を見る',
  sendAnother: '新しい意見を書く',
  queued: '今は送信できなかったため、この端末に保存しました。接続が戻ると自動で送信します。',

  errorRatingRequired: '親切さの程度を選んでください。',
  errorCommentRequired: 'ご意見を書いてください。',
  errorCommentTooLong: '{max}文字まで書けます。{over}文字減らしてください。',
  errorSummary: '送信する前に直すところがあります。',

  failedTimeout: 'サーバーの応答が間に合わず、送信できませんでした。',
  failedNetwork: 'サーバーに接続できず、送信できませんでした。インターネット接続を確認してください。',
  failedRejected: 'サーバーがこのご意見を受け付けませんでした（エラー {status}）。内容を確認してください。',
  failedServer: 'サーバーに問題があり送信できませんでした（エラー {status}）。しばらくしてから再度送信してください。',
  failedToken: 'セキュリティ確認が完了しなかったため、送信していません。しばらくしてから再度送信してください。',
  failedKept: '入力した内容はそのまま残っています。',
  failedLoad: 'フォームの一部を読み込めなかったため、送信できませんでした。',
  queuedLoad:
    'フォームの一部を読み込めなかったため、まだ送信していません。入力内容はこの端末に保存し、このサイトでフォームが正しく開いたときに送信します。',

  launcher: '対応を評価する',

  notPetition: 'この評価はアンケートへの回答のため、個別の返信はしていません。',
  complaintLink: '回答が必要な苦情・要望はこちらから申請してください',
  opensInNewTab: '（新しいタブで開きます）',
};
