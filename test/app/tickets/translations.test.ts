import {
  allCompleted,
  chicago,
  completed,
  exampleDesk,
  PROJECTOR_DOWN,
  TEACHER,
} from '../../support/peer-desk';

const LANGUAGE_QUESTION = 'Preferred language / Idioma preferido';

describe('languages as data', () => {
  it('offers the five shipped languages on the form and writes each teacher in theirs', () => {
    const ws = exampleDesk();
    const form = [...ws.services.forms.forms.values()][0];
    // The emulator's item keeps its choices as set by setChoiceValues.
    const question = form.items.find(item => item.title === LANGUAGE_QUESTION);
    expect(question?.choices).toEqual([
      'English',
      'Español (Spanish)',
      'Polski (Polish)',
      '简体中文 (Simplified Chinese)',
      'العربية (Arabic)',
    ]);
    allCompleted(
      ws.submitForm(
        {...PROJECTOR_DOWN, [LANGUAGE_QUESTION]: 'العربية (Arabic)'},
        {as: TEACHER, at: chicago('2026-11-23 09:10')}
      )
    );
    const mail = ws.outbox.find(m => m.to.includes(TEACHER));
    expect(mail?.subject).toBe(
      // The English summary keeps its own direction (FSI … PDI, Unicode UAX #9).
      '[T-000001] استلمنا طلبك: \u2068Projector shows no signal\u2069'
    );
    expect(mail?.htmlBody).toContain('<html lang="ar" dir="rtl">');
    // The Knowledge Base has the projector article in Arabic: the tip comes in Arabic.
    expect(mail?.body).toContain('جهاز العرض يُظهر «لا توجد إشارة»');
  });

  it('takes the coordinator’s texts and a new language from the Translations tab', () => {
    const ws = exampleDesk();
    ws.sheet('Translations')
      .getRange('A2:C5')
      .setValues([
        ['vi', 'language.name', 'Tiếng Việt'],
        ['vi', 'language.english', 'Vietnamese'],
        [
          'vi',
          'confirmation.subject',
          '[{ticketId}] Chúng tôi đã nhận yêu cầu: {summary}',
        ],
        ['Español', 'status.assigned', '{assignee} ya está en ello.'],
      ]);
    // An edit of the tab makes the desk read it again; setup puts the new language on the form.
    allCompleted(ws.edit('Translations', 'C5', '{assignee} ya está en ello.'));
    completed(ws.run('setupDesk'));
    for (const [i, language] of [
      'Tiếng Việt (Vietnamese)',
      'Español (Spanish)',
    ].entries())
      allCompleted(
        ws.submitForm(
          {...PROJECTOR_DOWN, Room: `10${i}`, [LANGUAGE_QUESTION]: language},
          {as: `t${i}@school.example`, at: chicago(`2026-11-23 09:1${i}`)}
        )
      );
    const to = (who: string) => ws.outbox.find(m => m.to.includes(who));
    expect(to('t0@school.example')?.subject).toBe(
      '[T-000001] Chúng tôi đã nhận yêu cầu: Projector shows no signal'
    );
    // A text the new language lacks is sent in English.
    expect(to('t0@school.example')?.body).toContain('Your summary');
    expect(to('t1@school.example')?.body).toContain('Liam ya está en ello.');
  });
});
