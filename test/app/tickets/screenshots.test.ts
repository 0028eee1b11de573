import {
  allCompleted,
  chicago,
  exampleDesk,
  PROJECTOR_DOWN,
  TEACHER,
  ticket,
} from '../../support/peer-desk';

const LIAM = 'liam.obrien@students.example.org';
const SHOT = {name: 'no-signal.png', mimeType: 'image/png', bytes: 350_000};

/** The coordinator adds the optional question by hand in the Forms editor, as the README says. */
function deskWithUploads() {
  const ws = exampleDesk();
  ws.intakeForm().addFileUploadByHand('Screenshot (optional)', {
    maxFiles: 5,
    maxFileBytes: 10 * 1024 * 1024,
  });
  return ws;
}

describe('screenshots from the intake form', () => {
  it('links an uploaded screenshot on the ticket and in the tech notice', () => {
    const ws = deskWithUploads();
    allCompleted(
      ws.submitForm(PROJECTOR_DOWN, {
        as: TEACHER,
        at: chicago('2026-11-23 09:10'),
        files: {'Screenshot (optional)': [SHOT]},
      })
    );
    const [file] = [...ws.services.drive.files.values()];
    const link = `https://drive.google.com/open?id=${file.id}`;
    expect(ticket(ws, 'T-000001').Screenshots).toBe(link);
    const notice = ws.outbox.find(m => [m.to].flat().includes(LIAM));
    expect(notice?.body).toContain(`Screenshots: ${link}`);
    expect(notice?.htmlBody).toContain(`<a href="${link}"`);
  });

  it('works the same without one', () => {
    const ws = deskWithUploads();
    allCompleted(
      ws.submitForm(PROJECTOR_DOWN, {
        as: TEACHER,
        at: chicago('2026-11-23 09:10'),
      })
    );
    expect(ticket(ws, 'T-000001').Screenshots).toBe('');
    const notice = ws.outbox.find(m => [m.to].flat().includes(LIAM));
    expect(notice?.subject).toBe(
      '[T-000001] P1 for you: Projector shows no signal'
    );
    expect(notice?.body).not.toContain('Screenshots');
  });
});
