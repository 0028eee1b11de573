import {toEml} from '../../../sandbox/mail/eml';
import {createMailApp} from '../../../sandbox/mail/mail-app';
import {
  inExecution,
  OWNER,
  testEnvironment,
} from '../utilities/test-environment';

describe('MailApp', () => {
  it("sends both call forms as the execution's effective user and counts recipients on that user's quota", () => {
    // https://developers.google.com/apps-script/reference/mail/mail-app#sendEmail(Object);
    // quotas are per user (https://developers.google.com/apps-script/guides/services/quotas).
    const env = testEnvironment({account: 'consumer'});
    const mail = createMailApp(env);
    inExecution(env, 'tech@school.example', () => {
      mail.sendEmail({
        to: 'a@x.org, B <b@x.org>',
        cc: 'c@x.org',
        bcc: 'd@x.org',
        subject: 'S',
        body: 'B',
        name: 'Peer Desk',
      });
    });
    mail.sendEmail('e@x.org', 'Hi', 'Body', {
      htmlBody: '<b>Body</b>',
      replyTo: 'desk@x.org',
    });
    expect(mail.getRemainingDailyQuota()).toBe(99);
    expect(mail.remainingQuotaOf('tech@school.example')).toBe(96);
    expect(mail.outbox[0]).toMatchObject({
      from: 'tech@school.example',
      to: ['a@x.org', 'b@x.org'],
      cc: ['c@x.org'],
      bcc: ['d@x.org'],
    });
    expect(mail.outbox[1]).toMatchObject({
      from: OWNER,
      subject: 'Hi',
      htmlBody: '<b>Body</b>',
      replyTo: 'desk@x.org',
    });
  });

  it('enforces the daily quota and resets it 24 hours after the first send', () => {
    // platform.md: Quotas; https://developers.google.com/apps-script/guides/services/quotas
    const env = testEnvironment({account: 'consumer'});
    const mail = createMailApp(env);
    mail.sendEmail('a@x.org', 's', 'b');
    env.clock.advance(3600_000);
    mail.exhaustQuota();
    expect(mail.getRemainingDailyQuota()).toBe(0);
    expect(() => mail.sendEmail('a@x.org', 's', 'b')).toThrow(
      'Service invoked too many times for one day: email.'
    );
    env.clock.advance(23 * 3600_000);
    expect(mail.getRemainingDailyQuota()).toBe(100);
    expect(
      createMailApp(
        testEnvironment({account: 'workspace'})
      ).getRemainingDailyQuota()
    ).toBe(1500);
  });

  it('refuses more than 50 recipients and invalid addresses', () => {
    // https://developers.google.com/apps-script/guides/services/quotas (recipients per message)
    const mail = createMailApp(testEnvironment());
    const many = Array.from({length: 51}, (_, i) => `u${i}@x.org`).join(',');
    expect(() => mail.sendEmail(many, 's', 'b')).toThrow(
      'Limit Exceeded: Email Recipients Per Message.'
    );
    expect(() => mail.sendEmail('not-an-address', 's', 'b')).toThrow(
      'Invalid email: not-an-address'
    );
    expect(mail.outbox).toHaveLength(0);
  });

  it('honours noReply only on Workspace, where it drops replyTo', () => {
    // platform.md: Mail and fetch
    const workspace = createMailApp(testEnvironment({account: 'workspace'}));
    workspace.sendEmail({
      to: 'a@x.org',
      subject: 's',
      body: 'b',
      noReply: true,
      replyTo: 'r@x.org',
    });
    expect(workspace.outbox[0]).toMatchObject({
      from: 'noreply@school.example',
      replyTo: undefined,
    });
    const consumer = createMailApp(testEnvironment({account: 'consumer'}));
    consumer.sendEmail({
      to: 'a@x.org',
      subject: 's',
      body: 'b',
      noReply: true,
      replyTo: 'r@x.org',
    });
    expect(consumer.outbox[0]).toMatchObject({from: OWNER, replyTo: 'r@x.org'});
  });

  it('writes a sent message as an RFC 5322 .eml', async () => {
    // https://www.rfc-editor.org/rfc/rfc5322
    const mail = createMailApp(testEnvironment());
    mail.sendEmail({
      to: 'a@x.org',
      bcc: 'hidden@x.org',
      subject: 'Ticket T-1',
      body: 'plain',
      htmlBody: '<p>html</p>',
      name: 'Peer Desk',
    });
    const eml = (await toEml(mail.outbox[0])).toString('utf8');
    expect(eml).toContain('From: Peer Desk <owner@school.example>');
    expect(eml).toContain('To: a@x.org');
    expect(eml).toContain('Bcc: hidden@x.org');
    expect(eml).toContain('Subject: Ticket T-1');
    expect(eml).toContain('Date: Mon, 06 Jan 2025 08:00:00 +0000');
    expect(eml).toMatch(/Content-Type: multipart\/alternative/);
  });
});
