// The answer mail's words, in the language the visitor rated in (the widget's five), so that a
// visitor who wrote in Vietnamese is answered in Vietnamese around the manager's own answer.
import type { StatusLanguage } from '../views/status-messages.js';

export interface AnswerMailWords {
  subject: (receipt: string) => string;
  opening: (receipt: string) => string;
  statusLink: (statusUrl: string) => string;
  noReply: string;
}

export const answerMailWords: Record<StatusLanguage, AnswerMailWords> = {
  ko: {
    subject: (receipt) => `[${receipt}] 남기신 의견에 답변드립니다`,
    opening: (receipt) => `접수번호 ${receipt}에 답변드립니다.`,
    statusLink: (url) => `처리 상황과 답변은 여기에서도 볼 수 있고, 답변이 만족스러웠는지 알려 주실 수 있어요: ${url}`,
    noReply: '이 메일에는 회신하지 마세요. 답변할 때만 보내는 주소예요.',
  },
  en: {
    subject: (receipt) => `[${receipt}] An answer to your feedback`,
    opening: (receipt) => `This is our answer to your feedback, reference ${receipt}.`,
    statusLink: (url) => `You can also read it here, and tell us whether it satisfied you: ${url}`,
    noReply: 'Please do not reply to this mail: the address only sends answers.',
  },
  ja: {
    subject: (receipt) => `[${receipt}] ご意見への回答`,
    opening: (receipt) => `受付番号 ${receipt} のご意見に回答いたします。`,
    statusLink: (url) =>
      `処理状況と回答はこちらでもご覧いただけ、回答にご満足いただけたかもお知らせいただけます: ${url}`,
    noReply: 'このメールには返信しないでください。回答の送信専用のアドレスです。',
  },
  zh: {
    subject: (receipt) => `[${receipt}] 对您意见的答复`,
    opening: (receipt) => `现答复受理编号为 ${receipt} 的意见。`,
    statusLink: (url) => `您也可以在此查看处理进度和答复，并告诉我们您是否满意：${url}`,
    noReply: '请勿回复此邮件，该地址仅用于发送答复。',
  },
  vi: {
    subject: (receipt) => `[${receipt}] Trả lời ý kiến của bạn`,
    opening: (receipt) => `Đây là câu trả lời cho ý kiến của bạn, số tiếp nhận ${receipt}.`,
    statusLink: (url) => `Bạn cũng có thể đọc tại đây và cho biết bạn có hài lòng không: ${url}`,
    noReply: 'Vui lòng không trả lời e-mail này: địa chỉ này chỉ dùng để gửi câu trả lời.',
  },
};
