import {parseConfig} from '../../../src/domain/configuration/config';
import {
  intakeFormSpec,
  QUESTION,
} from '../../../src/domain/tickets/intake-form';
import {ensureIntakeForm} from '../../../src/workspace/services/intake-form';
import {useFakeWorkspace} from '../../support/apps-script-globals';

const workspace = useFakeWorkspace();

describe('the intake form adapter', () => {
  // platform.md: Forms — setTitle, setDestination, setPublished(true), isAcceptingResponses.
  it('creates a published form with verified emails, linked to the spreadsheet', () => {
    const spec = intakeFormSpec(parseConfig([]).config);
    const state = ensureIntakeForm(workspace().ss, spec);
    const form = workspace().forms.openById(state.form.getId()) as unknown as {
      isPublished(): boolean;
      getEmailCollectionType(): unknown;
    } & GoogleAppsScript.Forms.Form;
    expect(state.created).toBe(true);
    expect(form.getTitle()).toBe('Peer Desk: report a tech problem');
    expect(form.isPublished()).toBe(true);
    expect(form.isAcceptingResponses()).toBe(true);
    expect(String(form.getEmailCollectionType())).toBe('VERIFIED');
    expect(form.getDestinationId()).toBe(workspace().ss.getId());
    expect(state.responseSheet).toBe('Form Responses 1');
    expect(form.getItems().map(item => item.getTitle())).toEqual(
      spec.questions.map(q => q.title)
    );
  });

  it('never makes a second form, and refreshes the campus choices', () => {
    const first = ensureIntakeForm(
      workspace().ss,
      intakeFormSpec(parseConfig([]).config)
    );
    const again = ensureIntakeForm(
      workspace().ss,
      intakeFormSpec(
        parseConfig([{key: 'Campuses', value: 'North Campus, South Campus'}])
          .config
      )
    );
    expect(again.created).toBe(false);
    expect(again.form.getId()).toBe(first.form.getId());
    expect(
      workspace()
        .ss.getSheets()
        .filter(s => s.getName().startsWith('Form Responses'))
    ).toHaveLength(1);
    const answers = {
      [QUESTION.campus]: 'South Campus',
      [QUESTION.room]: '12',
      [QUESTION.category]: 'Printer',
      [QUESTION.impact]: 'Just me',
      [QUESTION.urgency]: 'Today is fine',
      [QUESTION.summary]: 'Jam',
    };
    expect(() =>
      workspace().forms.submit(again.form.getId(), answers, 't@example.org')
    ).not.toThrow();
    expect(() =>
      workspace().forms.submit(
        again.form.getId(),
        {...answers, [QUESTION.campus]: 'Main Campus'},
        't@example.org'
      )
    ).toThrow('"Main Campus" is not a choice of "Campus".');
  });
});
