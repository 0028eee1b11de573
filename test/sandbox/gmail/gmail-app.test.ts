import {BundleRealm} from '../../../sandbox/core/realm';
import {FakeGmailApp} from '../../../sandbox/gmail/gmail-app';
import {
  bounce,
  outOfOffice,
  replyTo,
  screenshot,
} from '../../../sandbox/mail/inbound';
import {createServices} from '../../../sandbox/workspace/services';
import {
  inExecution,
  OWNER,
  testEnvironment,
} from '../utilities/test-environment';

type Thread = GoogleAppsScript.Gmail.GmailThread;

const TEACHER = 'Ms Rivera <rivera@school.example>';

function desk(account: 'workspace' | 'consumer' = 'workspace') {
  const env = testEnvironment({account});
  const services = createServices(env);
  const gmail = services.globals.GmailApp as FakeGmailApp;
  const asDesk = <T>(run: () => T) => inExecution(env, OWNER, run);
  return {env, services, gmail, asDesk};
}

const subjects = (threads: Thread[]) =>
  threads.map(t => t.getFirstMessageSubject());

describe('GmailApp', () => {
  it('sends into the one outbox, from the desk, with name, replyTo, htmlBody and noReply', () => {
    // https://developers.google.com/apps-script/reference/gmail/gmail-app#sendEmail(String,String,String,Object)
    const {services, gmail, asDesk} = desk();
    asDesk(() => {
      gmail.sendEmail('rivera@school.example', '[T-000042] Projector', 'Hi', {
        name: 'Peer Desk',
        replyTo: 'desk@school.example',
        htmlBody: '<p>Hi</p>',
      });
      services.mail.sendEmail('lee@school.example', 'From MailApp', 'Hello');
      gmail.sendEmail('lee@school.example', 'No reply', 'x', {noReply: true});
    });
    expect(
      services.post.outbox.map(m => [m.service, m.from, m.to, m.subject])
    ).toEqual([
      ['GmailApp', OWNER, ['rivera@school.example'], '[T-000042] Projector'],
      ['MailApp', OWNER, ['lee@school.example'], 'From MailApp'],
      [
        'GmailApp',
        'noreply@school.example',
        ['lee@school.example'],
        'No reply',
      ],
    ]);
    expect(services.post.outbox[0]).toMatchObject({
      name: 'Peer Desk',
      replyTo: 'desk@school.example',
      htmlBody: '<p>Hi</p>',
    });
    // MailApp's mail is in the sender's Sent mail too, where GmailApp finds it.
    expect(asDesk(() => subjects(gmail.search('in:sent')))).toEqual([
      'No reply',
      'From MailApp',
      '[T-000042] Projector',
    ]);
  });

  it("shares MailApp's daily recipient quota", () => {
    // Google's quota table counts "Email recipients per day" for the account, whichever service sends.
    const {services, gmail, asDesk} = desk('consumer');
    asDesk(() => gmail.sendEmail('a@x.org, b@x.org', 's', 'b'));
    expect(services.mail.remainingQuotaOf(OWNER)).toBe(98);
    services.mail.exhaustQuota(OWNER);
    expect(() => asDesk(() => gmail.sendEmail('a@x.org', 's', 'b'))).toThrow(
      'Service invoked too many times for one day: email.'
    );
  });

  it("threads a teacher's reply with the desk's message, with its headers and attachment", () => {
    // A reply joins the thread when it names the message and the subjects agree
    // (https://developers.google.com/workspace/gmail/api/guides/threads).
    const {services, gmail, asDesk} = desk();
    asDesk(() =>
      gmail.sendEmail(
        'rivera@school.example',
        '[T-000042] Projector',
        'Which room?'
      )
    );
    const [sent] = services.post.outbox;
    services.post.receive(
      OWNER,
      replyTo(sent, {
        from: TEACHER,
        body: 'Room 204.',
        signature: 'Ms Rivera',
        attachments: [screenshot()],
      })
    );
    const [thread] = asDesk(() => gmail.search('in:inbox'));
    const [question, answer] = asDesk(() => thread.getMessages());
    expect(asDesk(() => thread.getMessageCount())).toBe(2);
    expect(question.getSubject()).toBe('[T-000042] Projector');
    expect(answer.getSubject()).toBe('Re: [T-000042] Projector');
    expect(answer.getFrom()).toBe(TEACHER);
    expect(answer.getPlainBody()).toMatch(
      /^Room 204\.\n\n--\nMs Rivera\n\nOn .* wrote:\n> Which room\?$/
    );
    expect(answer.getHeader('In-Reply-To')).toBe(sent.messageId);
    expect(answer.getHeader('References')).toBe(sent.messageId);
    expect(answer.getHeader('Auto-Submitted')).toBe('');
    const [picture] = answer.getAttachments();
    expect([
      picture.getName(),
      picture.getContentType(),
      picture.getSize(),
    ]).toEqual(['screenshot.png', 'image/png', 70]);
    expect(answer.isUnread()).toBe(true);
    asDesk(() => gmail.markMessageRead(answer));
    expect(answer.isUnread()).toBe(false);
  });

  it('marks auto-replies and bounces as Gmail and RFC 3834 do', () => {
    const {services, gmail, asDesk} = desk();
    asDesk(() => gmail.sendEmail('rivera@school.example', 'Hello', 'x'));
    const [sent] = services.post.outbox;
    services.post.receive(OWNER, outOfOffice(sent, TEACHER));
    services.post.receive(OWNER, bounce(sent, 'rivera@school.example'));
    services.post.receive(
      OWNER,
      outOfOffice(sent, 'lee@school.example', {
        'X-Autoreply': 'yes',
        Precedence: 'auto_reply',
      })
    );
    const messages = asDesk(() =>
      gmail.search('in:inbox').flatMap(t => t.getMessages())
    ).filter(m => !m.getFrom().startsWith(OWNER));
    expect(
      messages.map(m => [
        m.getFrom(),
        m.getHeader('Auto-Submitted'),
        m.getHeader('X-Autoreply'),
        m.getHeader('precedence'),
      ])
    ).toEqual(
      expect.arrayContaining([
        [TEACHER, 'auto-replied', '', ''],
        [
          'Mail Delivery Subsystem <mailer-daemon@googlemail.com>',
          'auto-replied',
          '',
          '',
        ],
        ['lee@school.example', '', 'yes', 'auto_reply'],
      ])
    );
  });

  it('finds mail with label:, -label:, in:inbox, after:, subject: and from:', () => {
    // https://support.google.com/mail/answer/7190 (search operators); dates are midnight Pacific
    // (https://developers.google.com/workspace/gmail/api/guides/filtering).
    const {services, gmail, asDesk} = desk();
    const receive = (from: string, subject: string, at: string) =>
      services.post.receive(OWNER, {
        from,
        subject,
        body: 'b',
        date: new Date(at),
      });
    receive(
      'rivera@school.example',
      'Projector broken',
      '2025-01-05T12:00:00Z'
    );
    receive('lee@school.example', 'Printer jam', '2025-01-06T07:59:00Z');
    receive(
      'Lee <lee@school.example>',
      'Projector cable',
      '2025-01-06T08:00:00Z'
    );
    const done = asDesk(() => gmail.createLabel('Peer Desk/Processed'));
    const [cable] = asDesk(() => gmail.search('subject:cable'));
    asDesk(() => cable.addLabel(done));
    const find = (query: string) => asDesk(() => subjects(gmail.search(query)));
    expect(find('in:inbox')).toEqual([
      'Projector cable',
      'Printer jam',
      'Projector broken',
    ]);
    expect(find('label:peer-desk-processed')).toEqual(['Projector cable']);
    expect(find('in:inbox -label:"Peer Desk/Processed"')).toEqual([
      'Printer jam',
      'Projector broken',
    ]);
    expect(find('subject:projector from:lee')).toEqual(['Projector cable']);
    // 2025/01/06 is 08:00 UTC (midnight Pacific): the 07:59 message is before it.
    expect(find('after:2025/01/06')).toEqual(['Projector cable']);
    expect(find(`after:${Date.parse('2025-01-06T07:00:00Z') / 1000}`)).toEqual([
      'Projector cable',
      'Printer jam',
    ]);
    expect(find('before:2025/01/06 -from:lee')).toEqual(['Projector broken']);
    asDesk(() => cable.moveToArchive());
    expect(find('in:inbox projector')).toEqual(['Projector broken']);
    expect(
      asDesk(() => gmail.getUserLabelByName('peer desk/processed')).getName()
    ).toBe('Peer Desk/Processed');
    expect(asDesk(() => gmail.getUserLabelByName('Nope'))).toBeNull();
    expect(() => asDesk(() => gmail.search('in:inbox', 0, 501))).toThrow(
      'Argument max cannot be larger than 500, got 501.'
    );
  });

  it('sends a draft once: a sent draft no longer exists, and its message is in Sent', () => {
    // https://developers.google.com/apps-script/reference/gmail/gmail-draft#send();
    // a sent draft "is automatically deleted" (https://developers.google.com/workspace/gmail/api/guides/drafts).
    const {services, gmail, asDesk} = desk();
    const draft = asDesk(() =>
      gmail.createDraft('rivera@school.example', '[T-000007] Done', 'Fixed.', {
        name: 'Peer Desk',
      })
    );
    const id = draft.getId();
    expect(id).toMatch(/^r\d+$/);
    expect(services.post.outbox).toEqual([]);
    expect(asDesk(() => gmail.getDraft(id).getMessage().getSubject())).toBe(
      '[T-000007] Done'
    );
    expect(asDesk(() => gmail.getDrafts().map(d => d.getId()))).toEqual([id]);
    const sent = asDesk(() => gmail.getDraft(id).send());
    expect(sent.isDraft()).toBe(false);
    expect(
      services.post.outbox.map(m => [m.service, m.subject, m.name])
    ).toEqual([['GmailApp', '[T-000007] Done', 'Peer Desk']]);
    expect(() => asDesk(() => gmail.getDraft(id))).toThrow(
      'Invalid argument: draftId'
    );
    expect(asDesk(() => gmail.getDrafts())).toEqual([]);
    expect(() => asDesk(() => draft.send())).toThrow(
      'The draft no longer exists.'
    );
    expect(asDesk(() => subjects(gmail.search('in:sent')))).toEqual([
      '[T-000007] Done',
    ]);
  });

  it('counts reads and writes against the daily Gmail quota, not sends', () => {
    // "Email read/write (excluding send)": 20,000 a day consumer, 50,000 Workspace
    // (https://developers.google.com/apps-script/guides/services/quotas).
    const {services, gmail, asDesk} = desk('consumer');
    expect(services.gmail.remainingOperationsOf(OWNER)).toBe(20_000);
    asDesk(() => {
      gmail.sendEmail('a@x.org', 's', 'b');
      const threads = gmail.search('in:sent');
      gmail.markThreadsRead(threads);
    });
    expect(services.gmail.remainingOperationsOf(OWNER)).toBe(19_998);
    services.gmail.exhaust(OWNER);
    expect(() => asDesk(() => gmail.getInboxThreads())).toThrow(
      'Service invoked too many times for one day: gmail.'
    );
  });

  it('reads the mailbox of the account the script runs as', () => {
    const {services, gmail, env} = desk();
    services.post.receive('tech@school.example', {
      from: TEACHER,
      subject: 'For the tech',
      body: 'b',
    });
    expect(inExecution(env, OWNER, () => gmail.getInboxThreads())).toEqual([]);
    expect(
      inExecution(env, 'tech@school.example', () =>
        subjects(gmail.getInboxThreads())
      )
    ).toEqual(['For the tech']);
  });
});

describe('GmailApp as a script sees it', () => {
  // The desk's exactly-once pattern (issue 22): record the draft id, send the draft; on recovery,
  // a draft that no longer exists was sent.
  const SCRIPT = String.raw`
function sendOnce(to) {
  const id = GmailApp.createDraft(to, '[T-000001] Resolved', 'Fixed.').getId();
  GmailApp.getDraft(id).send();
  return id;
}
function wasSent(id) {
  try { GmailApp.getDraft(id); return false; } catch (e) { return e.name + ': ' + e.message; }
}
function lookups() {
  return [GmailApp.getThreadById('nope'), GmailApp.getMessageById('nope'), GmailApp.getUserLabelByName('nope')];
}
function unmodelled() {
  try { GmailApp.getChatThreads(); } catch (e) { return String(e); }
}`;

  it('finds a sent draft gone, answers null for unknown ids, and names what it does not model', () => {
    const env = testEnvironment();
    const services = createServices(env);
    const realm = new BundleRealm(SCRIPT, services.globals, env);
    const id = inExecution(env, OWNER, () =>
      realm.call('sendOnce', 'rivera@school.example')
    );
    expect(services.post.outbox.map(m => m.subject)).toEqual([
      '[T-000001] Resolved',
    ]);
    expect(inExecution(env, OWNER, () => realm.call('wasSent', id))).toBe(
      'Exception: Invalid argument: draftId'
    );
    expect(inExecution(env, OWNER, () => realm.call('lookups'))).toEqual([
      null,
      null,
      null,
    ]);
    expect(inExecution(env, OWNER, () => realm.call('unmodelled'))).toBe(
      'Exception: not emulated: GmailApp.getChatThreads'
    );
  });
});
