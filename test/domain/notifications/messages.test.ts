import {exampleReference} from '../../support/example-reference';
import {
  confirmationEmail,
  resolvedEmail,
  waitingEmail,
} from '../../../src/domain/notifications/messages';

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

describe('requester emails', () => {
  const articles = exampleReference().articles.slice(3, 4);

  it('confirms in English with the ID, the summary, next steps and self-help', () => {
    const mail = confirmationEmail({
      language: 'en',
      deskName: 'Peer Desk',
      ticket,
      assigneeName: "Liam O'Brien",
      duplicateOf: '',
      articles,
    });
    expect(mail.to).toBe('teacher@example.org');
    expect(mail.subject).toBe(
      '[T-000042] We got your request: <b>Projector</b> dead =1+1'
    );
    expect(mail.body).toBe(
      [
        'Thank you. Your request is ticket T-000042.',
        'Your summary: "<b>Projector</b> dead =1+1"',
        'Priority: P1.',
        "What happens next: Liam O'Brien from Peer Desk will work on it and will contact you if they need anything.",
        'While you wait, these steps may help:',
        '- Projector shows "No signal": Check both ends of the HDMI cable, press Input/Source on the remote until HDMI shows, then press Ctrl + Shift + F4 on a Chromebook.',
      ].join('\n\n') + '\n'
    );
    expect(mail.htmlBody).toContain(
      '<p>Your summary: "&lt;b&gt;Projector&lt;/b&gt; dead =1+1"</p>'
    );
    expect(mail.htmlBody).not.toContain('<b>Projector</b>');
    expect(mail.htmlBody).toContain(
      '<li><b>Projector shows &quot;No signal&quot;</b>:'
    );
  });

  it('confirms in Spanish and says the ticket is queued when nobody is on duty', () => {
    const mail = confirmationEmail({
      language: 'es',
      deskName: 'Peer Desk',
      ticket,
      assigneeName: undefined,
      duplicateOf: 'T-000040',
      articles: [],
    });
    expect(mail.subject).toBe(
      '[T-000042] Recibimos su solicitud: <b>Projector</b> dead =1+1'
    );
    expect(mail.body).toContain('Gracias. Su solicitud es el ticket T-000042.');
    expect(mail.body).toContain('Próximos pasos: ahora no hay nadie de turno');
    expect(mail.body).toContain('Parece el mismo problema que T-000040');
    expect(mail.body).not.toContain('Mientras espera');
  });

  it('keeps subjects on one line and short', () => {
    const mail = resolvedEmail({
      language: 'en',
      deskName: 'Peer Desk',
      ticket: {
        ...ticket,
        summary: 'line one\r\nBcc: victim@example.org ' + 'x'.repeat(200),
      },
      resolution: 'Swapped the lamp',
    });
    expect(mail.subject).not.toMatch(/[\r\n]/);
    expect(mail.subject.length).toBeLessThanOrEqual(
      '[T-000042] Resolved: '.length + 80
    );
    expect(mail.body).toContain('What was done: Swapped the lamp');
  });

  it('asks the requester for help and lets them reply to the tech', () => {
    const mail = waitingEmail({
      language: 'en',
      deskName: 'Peer Desk',
      ticket,
      assigneeName: 'Ava Chen',
      assigneeEmail: 'ava.chen@students.example.org',
    });
    expect(mail.replyTo).toBe('ava.chen@students.example.org');
    expect(mail.body).toContain('Ava Chen is working on ticket T-000042');
  });
});
