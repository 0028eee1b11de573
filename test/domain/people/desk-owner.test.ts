import {
  checkOwner,
  refusal,
  strayTriggersReport,
} from '../../../src/domain/people/desk-owner';

const OWNER = 'coordinator@school.example';
const NEXT = 'new.coordinator@school.example';

describe("the desk's owner", () => {
  it('is claimed by the first account that may claim it, and by the account it was handed to', () => {
    expect(checkOwner(undefined, undefined, OWNER, true)).toEqual({
      kind: 'claims',
    });
    expect(checkOwner(undefined, undefined, OWNER, false)).toEqual({
      kind: 'other',
      owner: '',
    });
    expect(checkOwner(OWNER, NEXT, NEXT, true)).toEqual({kind: 'claims'});
    expect(
      checkOwner(OWNER, NEXT, 'Coordinator@School.example', false)
    ).toEqual({kind: 'owner'});
    expect(checkOwner(OWNER, NEXT, 'student@school.example', true)).toEqual({
      kind: 'other',
      owner: OWNER,
    });
  });

  it('is never an unknown (blank) account', () => {
    expect(checkOwner(undefined, undefined, '', true).kind).toBe('other');
    expect(checkOwner('', '', '', true).kind).toBe('other');
  });

  it('is named, with the way to hand over, in a refusal', () => {
    expect(
      refusal('rebuild the metrics', OWNER, 'student@school.example')
    ).toMatch(
      /^student@school\.example cannot rebuild the metrics: this desk belongs to coordinator@school\.example, .* Peer Desk › Hand over the desk .* "peerDesk\.owner"/
    );
  });

  it('is to be made first, by setup, when nobody owns the desk yet', () => {
    expect(refusal('rebuild the metrics', '', OWNER)).toBe(
      `${OWNER} cannot rebuild the metrics yet: the desk has no owner. Run Peer Desk › Set up or repair first: whoever runs it becomes the owner, and its triggers do the desk’s work.`
    );
  });

  it('hears of every trigger set it cannot see', () => {
    expect(
      strayTriggersReport([
        {
          account: 'a@x.org',
          handler: 'sweep',
          lastRunIso: '2026-11-23T15:00:00.000Z',
        },
      ])
    ).toEqual([
      'A second set of triggers installed by a@x.org is running and doing nothing (last: sweep at 2026-11-23T15:00:00.000Z). Only a@x.org can see them: ask them to delete them in Extensions › Apps Script › Triggers.',
    ]);
  });
});
