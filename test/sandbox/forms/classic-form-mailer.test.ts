import {Workspace} from '../../../sandbox/workspace/workspace';
import {publish} from './fixture';

const SCRIPT = 'test/fixtures/classic/classic-form-mailer.js';
const TEACHER = 'teacher@school.example';
const OTHER_TEACHER = 'music@school.example';

/**
 * The school's set-up, done by hand: a form made in Google Forms sending its responses to the
 * spreadsheet, "Status" typed next to the answers, and the script's trigger added in the editor.
 */
function school(): Workspace {
  const ws = new Workspace().loadBundle(SCRIPT);
  const FormApp = ws.services.forms;
  const form = FormApp.create('Help desk');
  form.setCollectEmail(true);
  form.addTextItem().setTitle('Room').setRequired(true);
  form.addParagraphTextItem().setTitle('Problem').setRequired(true);
  form.setDestination(
    FormApp.DestinationType.SPREADSHEET,
    ws.spreadsheet.getId()
  );
  publish(form);
  ws.edit('Form Responses 1', 'E1', 'Status');
  ws.services.triggers.add({
    handlerFunction: 'onFormSubmit',
    eventType: 'ON_FORM_SUBMIT',
    triggerSource: 'SPREADSHEETS',
    sourceId: ws.spreadsheet.getId(),
    owner: ws.env.owner,
  });
  return ws;
}

describe('a classic onFormSubmit mailer, unmodified', () => {
  it('mails and marks each request after the response tab is renamed and a column inserted in it', () => {
    // Google keeps the response sheet linked through a rename and writes each answer under its
    // question (https://developers.google.com/apps-script/reference/spreadsheet/sheet#getformurl);
    // issue 10 records the script overwriting an earlier row when the emulator did not.
    const ws = school();
    const [first] = ws.submitForm(
      {Room: '204', Problem: 'Projector shows no picture'},
      {as: TEACHER}
    );
    expect(first.outcome).toBe('completed');

    ws.renameSheet('Form Responses 1', 'Requests');
    ws.insertColumns('Requests', 3);
    ws.edit('Requests', 'C1', [['Assigned to'], ['Sam']]);
    ws.advance(60 * 60 * 1000);
    const [second] = ws.submitForm(
      {Room: '112', Problem: 'Piano keyboard will not charge'},
      {as: OTHER_TEACHER}
    );
    expect(second.outcome).toBe('completed');

    expect(ws.table('Requests')).toEqual([
      {
        Timestamp: expect.any(Date),
        'Email Address': TEACHER,
        'Assigned to': 'Sam',
        Room: 204,
        Problem: 'Projector shows no picture',
        Status: 'Emailed 11/23/2026',
      },
      {
        Timestamp: expect.any(Date),
        'Email Address': OTHER_TEACHER,
        'Assigned to': '',
        Room: 112,
        Problem: 'Piano keyboard will not charge',
        Status: 'Emailed 11/23/2026',
      },
    ]);
    expect(ws.outbox.map(m => [m.to, m.subject])).toEqual([
      [[TEACHER], 'Help desk: we got your request (room 204)'],
      [[OTHER_TEACHER], 'Help desk: we got your request (room 112)'],
    ]);
    expect(ws.outbox[1].body).toContain(
      'We got your request for room 112:\nPiano keyboard will not charge'
    );
  });
});
