import {
  allCompleted,
  chicago,
  PROJECTOR_DOWN,
  resolvedTicket,
  TEACHER,
} from '../../support/peer-desk';

describe('self-help in the confirmation email', () => {
  it('suggests how an earlier ticket of the same category was fixed', () => {
    // T-000001 (projector, no signal) was resolved with "Reseated the HDMI cable".
    const {ws} = resolvedTicket();
    allCompleted(
      ws.submitForm(
        {
          ...PROJECTOR_DOWN,
          Room: '118',
          'Short summary': 'HDMI cable loose on the projector',
        },
        {as: TEACHER, at: chicago('2026-11-23 10:40')}
      )
    );
    const confirmation = ws.outbox.find(m =>
      m.subject.startsWith('[T-000002] We got your request')
    );
    expect(confirmation?.body).toContain(
      '- Fixed before (T-000001): Reseated the HDMI cable'
    );
    expect(confirmation?.body).toContain('- Projector shows "No signal"');
  });
});
