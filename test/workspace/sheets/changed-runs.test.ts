import {changedRuns} from '../../../src/workspace/sheets/changed-runs';

describe('changedRuns', () => {
  const desk = new Set([3, 4, 5]);
  const bridgeable = (column: number) => desk.has(column);

  it('covers nothing when nothing changed, dates compared by instant', () => {
    const when = new Date('2026-11-23T15:00:00Z');
    expect(
      changedRuns(
        ['a', when, 1],
        ['a', new Date(when.getTime()), '1'],
        bridgeable
      )
    ).toEqual([]);
  });

  it("joins changes across the desk's own columns, never across a person's", () => {
    const before = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
    expect(
      changedRuns(before, ['A', 'b', 'C', 'd', 'E', 'f', 'G'], bridgeable)
    ).toEqual([
      {first: 1, last: 1},
      {first: 3, last: 5},
      {first: 7, last: 7},
    ]);
  });
});
