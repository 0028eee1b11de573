import {createScriptApp} from '../../../sandbox/script/script-app';
import {TriggerStore} from '../../../sandbox/script/trigger-store';
import {
  inExecution,
  OWNER,
  testEnvironment,
} from '../utilities/test-environment';

function setup() {
  const env = testEnvironment({timeZone: 'America/New_York'});
  const triggers = new TriggerStore();
  return {env, triggers, ScriptApp: createScriptApp(env, triggers)};
}

describe('ScriptApp triggers', () => {
  it('installs spreadsheet, form and clock triggers with their identities', () => {
    // https://developers.google.com/apps-script/reference/script/trigger
    const {ScriptApp, triggers} = setup();
    const edit = ScriptApp.newTrigger('onEditInstalled')
      .forSpreadsheet('sheet-1')
      .onEdit()
      .create();
    ScriptApp.newTrigger('onSubmit').forForm('form-1').onFormSubmit().create();
    const clock = ScriptApp.newTrigger('sweep')
      .timeBased()
      .everyMinutes(5)
      .create();
    expect(edit.getHandlerFunction()).toBe('onEditInstalled');
    expect(edit.getEventType()).toBe(ScriptApp.EventType.ON_EDIT);
    expect(edit.getTriggerSource()).toBe(ScriptApp.TriggerSource.SPREADSHEETS);
    expect(edit.getTriggerSourceId()).toBe('sheet-1');
    expect(clock.getTriggerSourceId()).toBeNull();
    expect(String(clock.getEventType())).toBe('CLOCK');
    expect(
      triggers.forSource('ON_FORM_SUBMIT', 'form-1').map(t => t.handlerFunction)
    ).toEqual(['onSubmit']);
    expect(triggers.list().map(t => t.owner)).toEqual([OWNER, OWNER, OWNER]);
  });

  it('validates everyMinutes and everyHours', () => {
    // platform.md: Trigger builders
    const {ScriptApp} = setup();
    expect(() => ScriptApp.newTrigger('f').timeBased().everyMinutes(7)).toThrow(
      'The value you passed to everyMinutes was invalid. It must be one of 1, 5, 10, 15 or 30.'
    );
    expect(() => ScriptApp.newTrigger('f').timeBased().everyHours(3)).toThrow(
      'The value you passed to everyHours was invalid. It must be one of 1, 2, 4, 6, 8 or 12.'
    );
  });

  it('allows 20 triggers per user and lists only the current user’s', () => {
    // platform.md: Trigger builders; https://developers.google.com/apps-script/guides/services/quotas
    const {env, ScriptApp} = setup();
    for (let i = 0; i < 20; i++)
      ScriptApp.newTrigger(`f${i}`).timeBased().everyHours(1).create();
    expect(() =>
      ScriptApp.newTrigger('f21').timeBased().everyHours(1).create()
    ).toThrow(
      'This script has too many triggers. Triggers must be deleted from the script before more can be added.'
    );
    inExecution(env, 'tech@school.example', () => {
      expect(ScriptApp.getProjectTriggers()).toHaveLength(0);
      ScriptApp.newTrigger('mine').timeBased().everyHours(1).create();
      expect(
        ScriptApp.getProjectTriggers().map(t => t.getHandlerFunction())
      ).toEqual(['mine']);
    });
    const first = ScriptApp.getProjectTriggers()[0];
    ScriptApp.deleteTrigger(first);
    expect(ScriptApp.getProjectTriggers()).toHaveLength(19);
  });

  it('fires periodic triggers on their period and daily ones once in their hour', () => {
    // platform.md: Trigger builders (a 9:00 trigger runs in 9:00–10:00)
    const {env, ScriptApp, triggers} = setup();
    const start = env.clock.now();
    ScriptApp.newTrigger('sweep').timeBased().everyMinutes(10).create();
    ScriptApp.newTrigger('digest').timeBased().everyDays(1).atHour(9).create();
    const day = 24 * 3600_000;
    const firings = triggers.dueBetween(start, start + day);
    expect(
      firings.filter(f => f.trigger.handlerFunction === 'sweep')
    ).toHaveLength(144);
    const digests = firings.filter(f => f.trigger.handlerFunction === 'digest');
    expect(digests).toHaveLength(1);
    const event = triggers.timeEvent(digests[0].trigger, digests[0].at);
    expect(event.hour).toBe(9);
    expect(event.timezone).toBe('America/New_York');
    expect(event['day-of-month']).toBe(6);
    expect(event['day-of-week']).toBe(1);
    expect(event.triggerUid).toBe(digests[0].trigger.uid);
    expect(firings.map(f => f.at)).toEqual(
      [...firings.map(f => f.at)].sort((a, b) => a - b)
    );
  });

  it('fires weekly triggers on their weekday and one-shot triggers once', () => {
    // https://developers.google.com/apps-script/reference/script/clock-trigger-builder
    const {env, ScriptApp, triggers} = setup();
    const start = env.clock.now();
    ScriptApp.newTrigger('weekly')
      .timeBased()
      .onWeekDay(ScriptApp.WeekDay.FRIDAY)
      .atHour(16)
      .nearMinute(30)
      .create();
    ScriptApp.newTrigger('later').timeBased().after(90_000).create();
    const firings = triggers.dueBetween(start, start + 14 * 24 * 3600_000);
    const weekly = firings.filter(f => f.trigger.handlerFunction === 'weekly');
    expect(weekly.map(f => new Date(f.at).toISOString())).toEqual([
      '2025-01-10T21:30:00.000Z',
      '2025-01-17T21:30:00.000Z',
    ]);
    expect(
      firings.filter(f => f.trigger.handlerFunction === 'later').map(f => f.at)
    ).toEqual([start + 90_000]);
    expect(triggers.list().map(t => t.handlerFunction)).toEqual(['weekly']);
  });

  it('gives the web app URL and script id', () => {
    // https://developers.google.com/apps-script/reference/script/service#getUrl()
    const {ScriptApp} = setup();
    expect(ScriptApp.getService().getUrl()).toMatch(
      /^https:\/\/script\.google\.com\/macros\/s\/[^/]+\/exec$/
    );
    expect(ScriptApp.getScriptId()).toBe('1PeerDeskEmulatedScriptId');
  });
});
