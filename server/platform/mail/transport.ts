import nodemailer from 'nodemailer';
import { SEND_CONCURRENCY } from './worker.ts';

/** One outbox row as handed to the SMTP server. */
interface MailMessage {
  from: string;
  to: string;
  subject: string;
  text: string;
  /** The row's Message-ID, fixed at enqueue: every attempt carries the same one. */
  messageId: string;
  /** BCP 47 language of the text, sent as Content-Language. */
  locale: string;
  date: Date;
}

/** Hands a message to an SMTP server; resolves once the server accepted it (250), rejects otherwise. */
export interface MailTransport {
  send(message: MailMessage): Promise<void>;
  close(): void;
}

/**
 * nodemailer over SMTP to `smtpUrl` (smtp://user:pass@host:port, smtps:// for implicit TLS). Timeouts are short
 * so a send finishes well within the first retry delay, the time for which the worker's claim keeps a row from
 * other workers (worker.ts).
 */
export function smtpTransport(smtpUrl: string): MailTransport {
  const transporter = nodemailer.createTransport({
    url: smtpUrl,
    // One connection per sending lane of the worker, reused for the messages of one run.
    pool: true,
    maxConnections: SEND_CONCURRENCY,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  });
  return {
    async send(message) {
      await transporter.sendMail({
        from: message.from,
        to: message.to,
        subject: message.subject,
        text: message.text,
        messageId: message.messageId,
        date: message.date,
        headers: { 'Content-Language': message.locale },
      });
    },
    close: () => transporter.close(),
  };
}
