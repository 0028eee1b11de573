import {parseConfig} from '../../../src/domain/configuration/config';
import {
  answersFrom,
  intakeFormSpec,
  isBlankResponse,
  QUESTION,
  responseKey,
  withStoredMoment,
} from '../../../src/domain/tickets/intake-form';

describe('the intake form', () => {
  it('asks every question the issue lists, with the configured choices', () => {
    const spec = intakeFormSpec(
      parseConfig([{key: 'Campuses', value: 'North, South'}]).config
    );
    expect(spec.questions.map(q => q.title)).toEqual([
      'Campus',
      'Room',
      'Category',
      'Device asset tag',
      'Who is affected?',
      'How urgent is it?',
      'Short summary',
      'Details',
      'Preferred language / Idioma preferido',
    ]);
    expect(spec.questions[0].choices).toEqual(['North', 'South']);
    expect(spec.questions[4].choices).toEqual([
      'Just me',
      'A group',
      'Whole class',
      'Whole building',
    ]);
  });

  // platform.md: Trigger events — namedValues maps each title to an array of strings.
  it('reads answers from namedValues and keys the response by timestamp and email', () => {
    const answers = answersFrom({
      Timestamp: ['8/18/2026 9:10:00'],
      'Email Address': ['R.Garcia@Example.org'],
      [QUESTION.summary]: ['  Projector dead  '],
    });
    expect(answers.summary).toBe('  Projector dead  ');
    expect(responseKey(answers)).toBe('8/18/2026 9:10:00|r.garcia@example.org');
    expect(isBlankResponse(answers)).toBe(false);
  });

  it('keys a response by the moment stored in its row, whatever the column shows', () => {
    const answers = answersFrom({
      Timestamp: ['2026-08-18'],
      'Email Address': ['r.garcia@example.org'],
    });
    const stored = new Date('2026-08-18T14:10:00.250Z');
    expect(responseKey(withStoredMoment(answers, stored))).toBe(
      '2026-08-18T14:10:00.250Z|r.garcia@example.org'
    );
    // No Date in the row (an odd event): the displayed text is all there is.
    expect(responseKey(withStoredMoment(answers, ''))).toBe(
      '2026-08-18|r.garcia@example.org'
    );
  });

  it('treats an event with no answers as blank', () => {
    expect(
      isBlankResponse(
        answersFrom({Timestamp: ['8/18/2026 9:10:05'], [QUESTION.room]: ['']})
      )
    ).toBe(true);
  });
});
