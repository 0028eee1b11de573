import {
  afterFailure,
  afterSuccess,
  EMPTY_FAILURE_LOG,
  isSetAside,
  parseFailureLog,
} from '../../../src/domain/tickets/set-aside';

describe('setting poison inputs aside', () => {
  it('counts a first failure, sets the item aside at the second', () => {
    const once = afterFailure(EMPTY_FAILURE_LOG, 'r1');
    expect(once.setAside).toBe(false);
    expect(isSetAside(once.log, 'r1')).toBe(false);
    const twice = afterFailure(once.log, 'r1');
    expect(twice).toMatchObject({setAside: true, tries: 2});
    expect(isSetAside(twice.log, 'r1')).toBe(true);
    expect(twice.log.failures).toEqual({});
  });

  it('forgets a failure once the item goes through, and survives a damaged store', () => {
    const once = afterFailure(EMPTY_FAILURE_LOG, 'r1').log;
    expect(afterSuccess(once, 'r1').failures).toEqual({});
    expect(parseFailureLog('{not json')).toEqual(EMPTY_FAILURE_LOG);
    expect(parseFailureLog(JSON.stringify(once))).toEqual(once);
  });
});
