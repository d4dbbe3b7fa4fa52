import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/** A received message, decoded enough for tests to read. */
export interface ReceivedMessage {
  messageId: string;
  from: string;
  to: string;
  subject: string;
  contentLanguage: string;
  text: string;
}

/**
 * A real SMTP server on loopback (port 0) for tests. Like a mailbox that deduplicates by Message-ID, it keeps the
 * first copy of each message and counts repeats. `reject` makes it refuse every message with a 451;
 * `beforeAccept` runs after the message is stored and before the 250 goes back (the crash test kills the sender
 * there).
 */
export class TestSmtpPeer {
  readonly mailbox = new Map<string, ReceivedMessage>();
  /** Every accepted hand-over, repeats included, by Message-ID. */
  readonly deliveries: string[] = [];
  /** Connections that broke (a sender killed mid-conversation resets its sockets); a mail server carries on. */
  readonly connectionErrors: Error[] = [];
  reject = false;
  beforeAccept: ((message: ReceivedMessage) => Promise<void>) | undefined;

  private constructor(
    private readonly server: SMTPServer,
    readonly url: string,
  ) {}

  static async start(): Promise<TestSmtpPeer> {
    let peer: TestSmtpPeer | undefined;
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['AUTH', 'STARTTLS'],
      logger: false,
      onData(stream, _session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          if (!peer) return callback(new Error('peer not ready'));
          peer.receive(Buffer.concat(chunks).toString('utf8')).then(
            () => callback(),
            (error: Error) => callback(error),
          );
        });
      },
    });
    server.on('error', (error) => peer?.connectionErrors.push(error));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.server.address() as AddressInfo;
    peer = new TestSmtpPeer(server, `smtp://127.0.0.1:${port}`);
    return peer;
  }

  private async receive(raw: string): Promise<void> {
    if (this.reject) {
      throw Object.assign(new Error('Mailbox temporarily unavailable'), { responseCode: 451 });
    }
    const message = parseMessage(raw);
    this.deliveries.push(message.messageId);
    if (!this.mailbox.has(message.messageId)) this.mailbox.set(message.messageId, message);
    await this.beforeAccept?.(message);
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

function parseMessage(raw: string): ReceivedMessage {
  const split = raw.indexOf('\r\n\r\n');
  const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ');
  const body = raw.slice(split + 4);
  const headers = new Map<string, string>();
  for (const line of head.split('\r\n')) {
    const colon = line.indexOf(':');
    headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  const header = (name: string) => headers.get(name) ?? '';
  const encoding = header('content-transfer-encoding').toLowerCase();
  return {
    messageId: header('message-id'),
    from: decodeWords(header('from')),
    to: decodeWords(header('to')),
    subject: decodeWords(header('subject')),
    contentLanguage: header('content-language'),
    text: decodeBody(body, encoding).replace(/\r\n/g, '\n').replace(/\n$/, ''),
  };
}

/** RFC 2047 encoded words (=?UTF-8?Q?…?= and =?UTF-8?B?…?=), as nodemailer writes non-ASCII headers. */
function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?utf-8\?([qb])\?([^?]*)\?=/gi, (_all, kind: string, text: string) =>
      kind.toLowerCase() === 'b'
        ? Buffer.from(text, 'base64').toString('utf8')
        : quotedPrintable(text.replace(/_/g, ' ')),
    );
}

function decodeBody(body: string, encoding: string): string {
  if (encoding === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (encoding === 'quoted-printable') return quotedPrintable(body.replace(/=\r\n/g, ''));
  return body;
}

function quotedPrintable(text: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '=' && /^[0-9A-F]{2}$/i.test(text.slice(i + 1, i + 3))) {
      bytes.push(Number.parseInt(text.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(text[i] ?? '', 'utf8'));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}
