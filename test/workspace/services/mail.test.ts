import {sendMessages} from '../../../src/workspace/services/mail';
import {useFakeWorkspace} from '../../support/apps-script-globals';

const workspace = useFakeWorkspace();

const message = {
  to: 'teacher@example.org',
  subject: '[T-000001] We got your request',
  body: 'Thank you.\n',
  htmlBody: '<p>Thank you.</p>',
  name: 'Peer Desk',
};

describe('sending mail', () => {
  it('sends HTML and plain text from the desk, with no Reply-To', () => {
    expect(sendMessages([message])).toEqual({sent: 1, unsent: []});
    expect(workspace().mail.outbox[0]).toMatchObject({
      to: ['teacher@example.org'],
      subject: '[T-000001] We got your request',
      body: 'Thank you.\n',
      htmlBody: '<p>Thank you.</p>',
      name: 'Peer Desk',
    });
    expect(workspace().mail.outbox[0].replyTo).toBeUndefined();
  });

  // platform.md: Quotas — getRemainingDailyQuota counts recipients.
  it('keeps what the daily quota cannot send instead of failing', () => {
    workspace().mail.exhaustQuota();
    expect(sendMessages([message, message])).toEqual({
      sent: 0,
      unsent: [message, message],
    });
    expect(workspace().mail.outbox).toHaveLength(0);
  });
});
