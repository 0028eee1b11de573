import {publish, setup} from './fixture';

describe('FormApp', () => {
  it('starts unpublished with only the file name set', () => {
    // platform.md: Forms
    const {FormApp} = setup();
    const form = FormApp.create('Drive name');
    expect(form.getTitle()).toBe('');
    expect(form.isAcceptingResponses()).toBe(false);
    publish(form);
    expect(form.isAcceptingResponses()).toBe(true);
    expect(FormApp.openById(form.getId())).toBe(form);
    expect(FormApp.openByUrl(form.getPublishedUrl())).toBe(form);
    expect(() => FormApp.openById('nope')).toThrow(
      /^No item with the given ID could be found/
    );
  });

  it('links a spreadsheet through a new first "Form Responses 1" sheet', () => {
    // platform.md: Forms (setDestination creates a "Form Responses N" sheet)
    const {ledger, FormApp, form} = setup();
    form.setDestination(FormApp.DestinationType.SPREADSHEET, ledger.getId());
    expect(ledger.getSheets().map(s => s.getName())).toEqual([
      'Form Responses 1',
      'Sheet1',
    ]);
    expect(ledger.getFormUrl()).toBe(form.getEditUrl());
    expect(
      ledger
        .getSheetByName('Form Responses 1')!
        .getRange(1, 1, 1, 5)
        .getValues()
    ).toEqual([['Timestamp', 'Email Address', 'Campus', 'Problem', 'Room']]);
    expect(
      form.getItems().map(i => [i.getTitle(), String(i.getType())])
    ).toEqual([
      ['Campus', 'LIST'],
      ['Problem', 'PARAGRAPH_TEXT'],
      ['Room', 'TEXT'],
    ]);
  });

  it('writes a submission to the response sheet and builds both submit events', () => {
    // platform.md: Trigger events (spreadsheet-bound and form-bound form submit)
    const {ledger, FormApp, form} = setup();
    form.setDestination(FormApp.DestinationType.SPREADSHEET, ledger.getId());
    publish(form);
    const submission = FormApp.submit(
      form.getId(),
      {Campus: 'North', Problem: 'Projector dead'},
      'teacher@school.example'
    );
    expect(submission.row).toBe(2);
    const row = ledger
      .getSheetByName('Form Responses 1')!
      .getRange(2, 1, 1, 5)
      .getValues()[0];
    expect(row[0]).toEqual(new Date(Date.UTC(2025, 0, 6, 8, 0)));
    expect(row.slice(1)).toEqual([
      'teacher@school.example',
      'North',
      'Projector dead',
      '',
    ]);
    const event = FormApp.spreadsheetSubmitEvent(submission, '123');
    expect(event.values).toEqual([
      '1/6/2025 3:00:00',
      'teacher@school.example',
      'North',
      'Projector dead',
      '',
    ]);
    expect(event.namedValues.Campus).toEqual(['North']);
    expect(event.range!.getA1Notation()).toBe('A2:E2');
    const formEvent = FormApp.formSubmitEvent(submission, '123');
    expect(formEvent.response.getRespondentEmail()).toBe(
      'teacher@school.example'
    );
    expect(
      formEvent.response
        .getItemResponses()
        .map(r => [r.getItem().getTitle(), r.getResponse()])
    ).toEqual([
      ['Campus', 'North'],
      ['Problem', 'Projector dead'],
    ]);
  });

  it('refuses what the form UI would not send', () => {
    // https://developers.google.com/apps-script/reference/forms/list-item
    const {FormApp, form} = setup();
    expect(() =>
      FormApp.submit(form.getId(), {Campus: 'North', Problem: 'x'})
    ).toThrow('is not accepting responses');
    publish(form);
    expect(() =>
      FormApp.submit(form.getId(), {Campus: 'East', Problem: 'x'})
    ).toThrow('"East" is not a choice of "Campus".');
    expect(() => FormApp.submit(form.getId(), {Campus: 'North'})).toThrow(
      '"Problem" is required.'
    );
  });
});
