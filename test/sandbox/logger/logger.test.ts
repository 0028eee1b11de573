import {createLogging} from '../../../sandbox/logger/logger';
import {testEnvironment} from '../utilities/test-environment';

describe('Logger and console', () => {
  it('records formatted messages with level and virtual time', () => {
    // https://developers.google.com/apps-script/reference/base/logger#log(String,Object...)
    const env = testEnvironment();
    const {log, Logger, console} = createLogging(env);
    Logger.log('Ticket %s for %s', 'T-1', 'room 12');
    env.clock.advance(1000);
    console.warn('SLA breached: %d min', 45);
    console.error(new Error('boom').message);
    expect(Logger.getLog()).toBe('Ticket T-1 for room 12');
    expect(log.entries.map(e => [e.source, e.level, e.message])).toEqual([
      ['Logger', 'INFO', 'Ticket T-1 for room 12'],
      ['console', 'WARNING', 'SLA breached: 45 min'],
      ['console', 'ERROR', 'boom'],
    ]);
    expect(log.entries[1].at - log.entries[0].at).toBe(1000);
    Logger.clear();
    expect(Logger.getLog()).toBe('');
  });
});
