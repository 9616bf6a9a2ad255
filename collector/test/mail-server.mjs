// A real SMTP server for the tests (the smtp-server package) on 127.0.0.1: every mail it takes is
// parsed with mailparser, as a visitor's mail program would read it.
import { SMTPServer } from 'smtp-server';
import { simpleParser } from 'mailparser';

export async function startMailServer() {
  const mails = [];
  /** Mails still to be refused with a temporary failure, as a server that is down for a moment does. */
  let refusals = 0;
  const server = new SMTPServer({
    // Loopback only, so no TLS to negotiate and no account to sign in with.
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      if (refusals > 0) {
        refusals--;
        stream.resume();
        stream.on('end', () => callback(Object.assign(new Error('try again later'), { responseCode: 451 })));
        return;
      }
      simpleParser(stream).then(
        (mail) => {
          mails.push({ ...mail, envelopeTo: session.envelope.rcptTo.map((to) => to.address) });
          callback();
        },
        (error) => callback(error)
      );
    },
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `smtp://127.0.0.1:${server.server.address().port}`,
    mails,
    refuseNext: (count = 1) => (refusals = count),
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
