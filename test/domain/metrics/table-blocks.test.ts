import {
  BLOCK_ROWS,
  blockFingerprints,
  parseBlocks,
  serialiseBlocks,
  trustedBlocks,
} from '../../../src/domain/metrics/table-blocks';

const rows = Array.from({length: BLOCK_ROWS * 2 + 10}, (_, i) => [
  `T-${i}`,
  i * 1.5,
  i % 2 === 0,
  new Date(Date.UTC(2026, 10, 1) + i * 60_000),
]);

describe('Metrics row blocks', () => {
  it('fingerprints each block, changing only the block where a cell changed', () => {
    const before = blockFingerprints(rows);
    expect(before).toHaveLength(3);
    const edited = rows.map(r => [...r]);
    edited[BLOCK_ROWS + 3][1] = 0.25;
    const after = blockFingerprints(edited);
    expect(after[0]).toBe(before[0]);
    expect(after[1]).not.toBe(before[1]);
    expect(after[2]).toBe(before[2]);
    const moved = rows.map(r => [...r]);
    moved[4][3] = new Date((moved[4][3] as Date).getTime() + 1);
    expect(blockFingerprints(moved)[0]).not.toBe(before[0]);
    const swapped = rows.map(r => [...r]);
    [swapped[7], swapped[8]] = [swapped[8], swapped[7]];
    expect(blockFingerprints(swapped)[0]).not.toBe(before[0]);
  });

  it('trusts the blocks recorded today at the same width and length, none on a new day', () => {
    const prints = blockFingerprints(rows);
    const stored = {
      day: '2026-11-25',
      width: 4,
      rows: rows.length,
      blocks: [prints[0], 'changed', prints[2]],
    };
    const now = {today: '2026-11-25', width: 4, rows: rows.length};
    expect([...trustedBlocks(stored, now, prints)]).toEqual([0, 2]);
    expect(
      trustedBlocks(stored, {...now, today: '2026-11-26'}, prints).size
    ).toBe(0);
    expect(trustedBlocks(stored, {...now, rows: 7}, prints).size).toBe(0);
    expect(trustedBlocks(stored, {...now, width: 5}, prints).size).toBe(0);
    expect(trustedBlocks(undefined, now, prints).size).toBe(0);
  });

  it('stores the record as a Script Property holds it, and rejects anything else', () => {
    const record = {
      day: '2026-11-25',
      width: 22,
      rows: 3,
      blocks: ['0a1b2c3d'],
    };
    expect(parseBlocks(serialiseBlocks(record))).toEqual(record);
    for (const junk of [
      undefined,
      '',
      '{',
      '[]',
      '{"d":1}',
      '{"d":"x","w":1,"n":2,"b":[3]}',
    ])
      expect(parseBlocks(junk)).toBeUndefined();
    const huge = {...record, blocks: new Array(2_000).fill('0a1b2c3d')};
    expect(serialiseBlocks(huge)).toBeUndefined();
  });
});
