// The answer, mailed to a visitor who left an e-mail address (nodemailer over the agency's SMTP
// server). Plain text: it reaches every mail program, and carries nothing a filter would mistake.
// Its words are in the language the visitor rated in (answer-mail-messages.ts).
import nodemailer, { type Transporter } from 'nodemailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport/index.js';
import type { Config } from '../config.js';
import type { StatusLanguage } from '../views/status-messages.js';
import { answerMailWords } from './answer-mail-messages.js';

export interface AnswerMail {
  to: string;
  receipt: string;
  answer: string;
  statusUrl: string | undefined;
  /** The visitor's language: the one they rated in. */
  lang: StatusLanguage;
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
    async send({ to, receipt, answer, statusUrl, lang }) {
      const words = answerMailWords[lang];
      await transport.sendMail({
        from,
        to,
        subject: words.subject(receipt),
        text: [
          words.opening(receipt),
          '',
          answer,
          '',
          ...(statusUrl ? [words.statusLink(statusUrl), ''] : []),
          words.noReply,
        ].join('\n'),
      });
    },
    close: () => transport.close(),
  };
}
