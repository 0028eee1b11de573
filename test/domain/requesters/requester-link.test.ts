import {createHmac} from 'crypto';
import {
  LINK_LIFETIME_DAYS,
  openRequester,
  sealRequester,
  teacherLink,
  verifiedTeacherLink,
} from '../../../src/domain/requesters/requester-link';

const hmac = (key: string) => (payload: string) => [
  ...createHmac('sha256', key).update(payload).digest(),
];
const keys = {
  hash: hmac('desk key'),
  sign: (payload: string) =>
    createHmac('sha256', 'desk key').update(payload).digest('base64url'),
};
const NOW = Date.UTC(2026, 10, 23, 15);
const DAY = 86_400_000;

function parameters(link: string): Record<string, string> {
  return Object.fromEntries(new URL(link).searchParams);
}

describe('teacher-page links', () => {
  it('seal the address: same token for the same address, none of it readable', () => {
    const token = sealRequester('R.Garcia@school.example ', keys.hash);
    expect(token).toBe(sealRequester('r.garcia@school.example', keys.hash));
    expect(token).toMatch(/^[0-9a-f]+$/);
    expect(token).not.toContain(Buffer.from('garcia').toString('hex'));
    expect(openRequester(token, keys.hash)).toBe('r.garcia@school.example');
  });

  it('do not open with another key, or when one character changed', () => {
    const token = sealRequester('r.garcia@school.example', keys.hash);
    expect(openRequester(token, hmac('other key'))).toBeUndefined();
    const flipped = token.slice(0, -1) + (token.endsWith('0') ? '1' : '0');
    expect(openRequester(flipped, keys.hash)).toBeUndefined();
    expect(openRequester('zz', keys.hash)).toBeUndefined();
  });

  it('two addresses sealed never reveal each other (each has its own pad)', () => {
    const a = sealRequester('aaaa@school.example', keys.hash).slice(32);
    const b = sealRequester('bbbb@school.example', keys.hash).slice(32);
    const xor = Buffer.from(a, 'hex').map(
      (x, i) => x ^ Buffer.from(b, 'hex')[i]
    );
    // With one shared pad this would be "a" XOR "b" (3) for the first four letters.
    expect([...xor.slice(0, 4)]).not.toEqual([3, 3, 3, 3]);
  });

  it('are checked: the requester, or forged, or stale after their lifetime', () => {
    const link = teacherLink(
      'https://x.example/exec',
      'r.garcia@school.example',
      NOW,
      keys
    );
    expect(verifiedTeacherLink(parameters(link), NOW, keys)).toEqual({
      ok: true,
      requester: 'r.garcia@school.example',
    });
    const later = NOW + (LINK_LIFETIME_DAYS + 1) * DAY;
    expect(verifiedTeacherLink(parameters(link), later, keys)).toEqual({
      ok: false,
      reason: 'stale',
    });
    const moved = {...parameters(link), d: String(Math.floor(later / DAY))};
    expect(verifiedTeacherLink(moved, later, keys)).toEqual({
      ok: false,
      reason: 'forged',
    });
    expect(verifiedTeacherLink({}, NOW, keys)).toEqual({
      ok: false,
      reason: 'forged',
    });
  });
});
