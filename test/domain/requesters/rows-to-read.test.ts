import {rowsToRead} from '../../../src/domain/requesters/rows-to-read';

function hitsAt(rows: number[]) {
  const asked: number[] = [];
  return {
    asked,
    hits: {
      count: rows.length,
      rowAt: (i: number) => {
        asked.push(i);
        return rows[i];
      },
    },
  };
}

const BUDGET = {newest: 3, maxReads: 2, joinGap: 20, maxRows: 400};

describe('the rows a requester page reads', () => {
  it('reads the newest matches in one read when they lie together, asking only them for their row', () => {
    const {hits, asked} = hitsAt([5, 900, 20_001, 20_004, 20_010]);
    expect(rowsToRead(hits, [], BUDGET)).toEqual({
      rows: [20_001, 20_004, 20_010],
      spans: [{first: 20_001, count: 10}],
    });
    expect(asked.sort()).toEqual([2, 3, 4]);
  });

  it('adds an older match the sweep last saw live (an open ticket of any age) as a read of its own', () => {
    const {hits} = hitsAt([5, 900, 20_001, 20_004, 20_010]);
    expect(rowsToRead(hits, [900, 7_000, 20_004], BUDGET)).toEqual({
      rows: [900, 20_001, 20_004, 20_010],
      spans: [
        {first: 900, count: 1},
        {first: 20_001, count: 10},
      ],
    });
  });

  it('leaves out the oldest closed matches, then the oldest open ones, when they lie too far apart for the reads', () => {
    const {hits} = hitsAt([100, 5_000, 10_000, 15_000, 20_000]);
    const budget = {...BUDGET, newest: 3};
    expect(rowsToRead(hits, [100, 5_000], budget).rows).toEqual([100, 5_000]);
    expect(rowsToRead(hits, [100, 5_000, 10_000], budget).rows).toEqual([
      5_000, 10_000,
    ]);
    expect(rowsToRead(hits, [], budget).rows).toEqual([15_000, 20_000]);
  });
});
