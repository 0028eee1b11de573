import {
  daySlice,
  LiveIndex,
  MAX_INDEX_CHARS,
  parseIndex,
  serialiseIndex,
  spansOf,
} from '../../../src/domain/tickets/live-index';

describe('the live-row index', () => {
  it('reads back what it stored, and nothing it did not write', () => {
    const index = {
      day: '2026-11-23',
      verifyFrom: 2002,
      lastRow: 302,
      lastId: 'T-000301',
      recordsTo: 302,
      highestIssued: 301,
      live: [{row: 302, id: 'T-000301', recordRow: 302, record: '0badf00d'}],
    };
    expect(parseIndex(serialiseIndex(index))).toEqual(index);
    // An index an earlier version wrote (no record fingerprints) is not used: every row is read once.
    expect(
      parseIndex(
        '{"d":"2026-11-23","l":[302,"T-000301"],"k":302,"r":[[302,"T-000301",302]]}'
      )
    ).toBeUndefined();
    // One written before the slices were checked starts them at the top.
    expect(
      parseIndex(
        '{"d":"2026-11-23","l":[302,"T-000301"],"k":302,"h":301,"r":[]}'
      )?.verifyFrom
    ).toBe(2);
    expect(parseIndex('{"d":"2026-11-23"}')).toBeUndefined();
    expect(parseIndex('not json')).toBeUndefined();
    expect(parseIndex(undefined)).toBeUndefined();
  });

  it('is not kept when it would not fit in one Script Property', () => {
    const live = Array.from({length: 1000}, (_, i) => ({
      row: i + 2,
      id: `T-${String(i).padStart(6, '0')}`,
      recordRow: i + 2,
      record: '0badf00d',
    }));
    const text = serialiseIndex({
      day: '2026-11-23',
      verifyFrom: 2,
      lastRow: 1001,
      lastId: 'T-000999',
      recordsTo: 1001,
      highestIssued: 999,
      live,
    });
    expect(text).toBeUndefined();
    expect(MAX_INDEX_CHARS).toBeLessThan(9 * 1024);
  });

  it('reads neighbours as one span and bridges the narrowest gaps past the limit', () => {
    expect(spansOf([5, 3, 4, 10], 8)).toEqual([
      {first: 3, count: 3},
      {first: 10, count: 1},
    ]);
    expect(spansOf([1, 100, 103, 5000], 2)).toEqual([
      {first: 1, count: 103},
      {first: 5000, count: 1},
    ]);
    expect(spansOf([1, 100, 103, 5000], 8, 5)).toEqual([
      {first: 1, count: 1},
      {first: 100, count: 4},
      {first: 5000, count: 1},
    ]);
  });

  it('names each day a slice of the rows, from where the last stopped, round to the top', () => {
    const index = (verifyFrom: number): LiveIndex => ({
      day: '2026-11-23',
      verifyFrom,
      lastRow: 5001,
      lastId: 'T-005000',
      recordsTo: 5001,
      highestIssued: 5000,
      live: [],
    });
    expect(daySlice(index(2), 2000)).toEqual({first: 2, count: 2000});
    expect(daySlice(index(4002), 2000)).toEqual({first: 4002, count: 1000});
    expect(daySlice(index(5002), 2000)).toEqual({first: 2, count: 2000});
    expect(daySlice({...index(2), lastRow: 1}, 2000)).toBeUndefined();
  });
});
