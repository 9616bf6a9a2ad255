// The answer, mailed to a visitor who left an e-mail address (nodemailer over the agency's SMTP
// server). Plain text: it reaches every mail program, and carries nothing a filter would mistake.
import nodemailer, { type Transporter } from 'nodemailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport/index.js';
import type { Config } from '../config.js';

export interface AnswerMail {
  to: string;
  receipt: string;
  answer: string;
  statusUrl: string | undefined;
}

export interface Mailer {
  send(mail: AnswerMail): Promise<void>;
  close(): void;
}

/** The mailer of the settings, or undefined without SMTP_URL. */
export function mailerFor(config: Pick<Config, 'smtpUrl' | 'mailFrom'>): Mailer | undefined {
  if (!config.smtpUrl || !config.mailFrom) return undefined;
  const transport: Transporter = nodemailer.createTransport({
    url: config.smtpUrl,
    // A mail server that never answers must not hold the manager's request.
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  } as SMTPTransport.Options);
  const from = config.mailFrom;
  return {
    async send({ to, receipt, answer, statusUrl }) {
      await transport.sendMail({
        from,
        to,
        subject: `[${receipt}] 남기신 의견에 답변드립니다 (Answer to your feedback)`,
        text: [
          `접수번호 ${receipt}에 답변드립니다.`,
          '',
          answer,
          '',
          ...(statusUrl
            ? [`처리 상황과 답변은 여기에서도 볼 수 있고, 답변이 만족스러웠는지 알려 주실 수 있어요: ${statusUrl}`, '']
            : []),
          '이 메일에는 회신하지 마세요. 답변할 때만 보내는 주소예요.',
        ].join('\n'),
      });
    },
    close: () => transport.close(),
  };
}
