import {exampleReference} from '../../support/example-reference';
import {
  confirmationEmail,
  escalatedEmail,
  resolvedEmail,
  messageEmail,
  waitingEmail,
} from '../../../src/domain/notifications/requester-emails';
import {
  assigneeEmail,
  staffEmail,
} from '../../../src/domain/notifications/tech-emails';
import {senderOf} from '../../../src/domain/settings/reference';
import {taggedTicket} from '../../../src/domain/conversation/inbound-mail';

const ticket = {
  id: 'T-000042',
  summary: '<b>Projector</b> dead =1+1',
  details: '',
  priority: 'P1',
  campus: 'North Campus',
  room: '214',
  category: 'Projector or Display',
  assetTag: '',
  requester: 'teacher@example.org',
};

const reference = exampleReference();
const sender = senderOf(reference);

describe('requester emails', () => {
  const articles = reference.articles.slice(3, 4);

  it('confirms in English with the ID, the status by first name, the priority explained and self-help', () => {
    const mail = confirmationEmail({
      sender,
      language: 'en',
      ticket,
      standing: {kind: 'assigned', assignee: 'Liam'},
      duplicateOf: '',
      articles,
    });
    expect(mail.to).toBe('teacher@example.org');
    expect(mail.subject).toBe(
      '[T-000042] We got your request: <b>Projector</b> dead =1+1'
    );
    expect(mail.body).toContain(
      'Liam is on it and will contact you if they need anything.'
    );
    expect(mail.body).toContain('How urgent: Urgent: handled first');
    expect(mail.body).toContain('Where: North Campus, room 214');
    expect(mail.body).toContain(articles[0].title);
    expect(mail.body).not.toMatch(/Priority: P1|Device|reply to this email/i);
    expect(mail.htmlBody).toMatch(/^<!DOCTYPE html><html lang="en" dir="ltr">/);
    expect(mail.htmlBody).toContain('&lt;b&gt;Projector&lt;/b&gt;');
    expect(mail.htmlBody).not.toContain('<b>Projector');
  });

  it('confirms in Arabic, right to left, with the next duty time instead of "nobody is on duty"', () => {
    const mail = confirmationEmail({
      sender,
      language: 'ar',
      ticket,
      standing: {
        kind: 'nextDuty',
        duty: {date: '2026-11-24', weekday: 'Tue', time: '10:50', today: false},
      },
      duplicateOf: '',
      articles: [],
    });
    // The English summary isolated (FSI … PDI) keeps its own direction; the tag stays plain.
    expect(mail.subject).toBe(
      '[T-000042] استلمنا طلبك: \u2068<b>Projector</b> dead =1+1\u2069'
    );
    expect(taggedTicket(mail.subject)).toBe('T-000042');
    expect(mail.body).toContain('يبدأ فني مناوبته يوم الثلاثاء الساعة 10:50');
    expect(mail.htmlBody).toContain('<html lang="ar" dir="rtl">');
  });

  it('keeps subjects on one line and short', () => {
    const mail = resolvedEmail({
      sender,
      language: 'es',
      ticket: {...ticket, summary: `line one\nline two ${'x'.repeat(200)}`},
      resolution: 'Replaced the lamp',
      resolver: 'Maya',
    });
    expect(mail.subject).not.toMatch(/[\r\n]/);
    expect(mail.subject.length).toBeLessThanOrEqual(110);
    expect(mail.body).toContain('Maya lo resolvió.');
    expect(mail.body).not.toMatch(/responda a este correo/i);
  });

  it("quotes the tech's question, signed by first name, with answers back to the ticket, not the tech", () => {
    const mail = waitingEmail({
      sender: {...sender, repliesByEmail: true},
      language: 'en',
      ticket,
      question: {assigneeName: 'Liam', text: 'Which room is the cart in?'},
    });
    expect('replyTo' in mail).toBe(false);
    expect(mail.body).toContain('Liam writes:\nWhich room is the cart in?');
    expect(mail.body).toContain('Liam, for Peer Desk');
    expect(mail.body).toContain(
      'Reply to this email: your answer is added to ticket T-000042, where Liam reads it.'
    );
    expect(mail.body).not.toContain('@students');
    // Without the mailbox read, the answer goes through the requester's page instead.
    expect(
      waitingEmail({
        sender,
        language: 'en',
        ticket,
        question: {assigneeName: 'Liam', text: 'Which room?'},
      }).body
    ).toContain('To answer, open your requests page with the link below');
  });

  it('sends what a tech writes, in the teacher’s language, with the ticket tag in the subject', () => {
    const mail = messageEmail({
      sender,
      language: 'es',
      ticket,
      message: {assigneeName: 'Liam', text: 'Paso a las 10.'},
      standing: {kind: 'assigned', assignee: 'Liam'},
    });
    expect(mail.subject).toBe(
      '[T-000042] Un mensaje de Liam: <b>Projector</b> dead =1+1'
    );
    expect(mail.step).toBe('message');
    expect(mail.body).toContain('Liam escribe:\nPaso a las 10.');
  });

  it('tells the teacher the ticket went to the district tech team', () => {
    const mail = escalatedEmail({sender, language: 'es', ticket});
    expect(mail.to).toBe('teacher@example.org');
    expect(mail.body).toContain(
      'Su ticket pasó al equipo técnico del distrito.'
    );
  });
});

describe('tech emails', () => {
  it('leave out empty fields and show the sheet as a link', () => {
    const mail = assigneeEmail({
      sender,
      ticket,
      to: 'liam@students.example.org',
      assignmentNote: 'On duty.',
      sheetUrl: 'https://docs.google.com/spreadsheets/d/abc/edit',
    });
    expect(mail.body).not.toMatch(/Device|Details/);
    expect(mail.htmlBody).toContain(
      '<a href="https://docs.google.com/spreadsheets/d/abc/edit"'
    );
  });

  it('name the person who escalated, as given', () => {
    const mail = staffEmail({
      notice: 'escalatedByHand',
      sender,
      ticket,
      to: 'staff@example.org',
      values: {editor: 'Maya Patel', rowUrl: 'https://example.org/row'},
    });
    expect(mail.subject).toContain('Escalated to Level 2 by Maya Patel');
  });
});
