import {ScriptException} from '../../../sandbox/core/service';
import {createUtilities} from '../../../sandbox/utilities/utilities';
import {testEnvironment} from './test-environment';

describe('Utilities', () => {
  const env = testEnvironment();
  const utilities = createUtilities(env);
  // 2025-03-09 14:05:07.089 UTC, a Sunday.
  const date = new Date(Date.UTC(2025, 2, 9, 14, 5, 7, 89));

  it('formats dates with Java SimpleDateFormat letters in a time zone', () => {
    // https://developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String)
    expect(
      utilities.formatDate(
        date,
        'America/New_York',
        "yyyy-MM-dd'T'HH:mm:ss.SSSXXX"
      )
    ).toBe('2025-03-09T10:05:07.089-04:00');
    expect(
      utilities.formatDate(date, 'Europe/Berlin', 'EEE, d MMM yy h:mm a z Z')
    ).toBe('Sun, 9 Mar 25 3:05 PM GMT+01:00 +0100');
    expect(utilities.formatDate(date, 'UTC', 'EEEE MMMM u D w k K X')).toBe(
      'Sunday March 7 68 11 14 2 Z'
    );
    expect(utilities.formatDate(date, 'UTC', "h 'o''clock' ''")).toBe(
      "2 o'clock '"
    );
  });

  it('falls back to GMT for an unknown zone, as Java does', () => {
    // https://docs.oracle.com/javase/8/docs/api/java/util/TimeZone.html#getTimeZone-java.lang.String-
    expect(utilities.formatDate(date, 'Mars/Olympus', 'HH:mm')).toBe('14:05');
    expect(utilities.formatDate(date, 'GMT+05:30', 'HH:mm')).toBe('19:35');
  });

  it('rejects a non-Date with the signature message', () => {
    // https://developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String)
    expect(() => utilities.formatDate('2025' as never, 'UTC', 'yyyy')).toThrow(
      new ScriptException(
        "The parameters (String,String,String) don't match the method signature for Utilities.formatDate."
      )
    );
    expect(() => utilities.formatDate(date, 'UTC', 'yyyy q')).toThrow(
      "Illegal pattern character 'q'"
    );
  });

  it('returns HMAC-SHA256 signatures as Java signed bytes', () => {
    // https://developers.google.com/apps-script/reference/utilities/utilities#computeHmacSha256Signature(String,String)
    const signature = utilities.computeHmacSha256Signature('message', 'key');
    expect(signature).toHaveLength(32);
    expect(signature.every(b => b >= -128 && b <= 127)).toBe(true);
    const hex = signature
      .map(b => (b & 0xff).toString(16).padStart(2, '0'))
      .join('');
    expect(hex).toBe(
      '6e9ef29b75fffc5b7abae527d58fdadb2fe42e7219011976917343065f58ed4a'
    );
  });

  it('computes digests and base64 in both alphabets', () => {
    // https://developers.google.com/apps-script/reference/utilities/utilities#computeDigest(DigestAlgorithm,String)
    const md5 = utilities.computeDigest(utilities.DigestAlgorithm.MD5, 'abc');
    expect(md5.slice(0, 4)).toEqual([-112, 1, 80, -104]);
    expect(utilities.base64Encode('é?>')).toBe('w6k/Pg==');
    expect(utilities.base64EncodeWebSafe('é?>')).toBe('w6k_Pg==');
    expect(utilities.base64Decode('w6k/Pg==')).toEqual([-61, -87, 63, 62]);
    expect(utilities.base64DecodeWebSafe('w6k_Pg==')).toEqual([
      -61, -87, 63, 62,
    ]);
    expect(() => utilities.base64Decode('***')).toThrow(
      'Could not decode string.'
    );
  });

  it('makes blobs and deterministic v4-shaped UUIDs', () => {
    // https://developers.google.com/apps-script/reference/utilities/utilities#newBlob(String,String,String)
    const blob = utilities.newBlob('héllo', 'text/plain', 'a.txt');
    expect(blob.getDataAsString()).toBe('héllo');
    expect(blob.getBytes()).toEqual([104, -61, -87, 108, 108, 111]);
    expect(blob.getContentType()).toBe('text/plain');
    expect(blob.setName('b.txt').getName()).toBe('b.txt');
    expect(utilities.getUuid()).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/
    );
    expect(utilities.getUuid()).not.toBe(utilities.getUuid());
  });

  it('sleeps on the virtual clock, charged to the execution', () => {
    // https://developers.google.com/apps-script/reference/utilities/utilities#sleep(Integer)
    const record = env.executions.begin({
      functionName: 'f',
      cause: 'manual',
      user: 'a@school.example',
    });
    const before = env.clock.now();
    utilities.sleep(1500);
    env.executions.end('completed');
    expect(env.clock.now() - before).toBe(1500);
    expect(record.modelledMs).toBe(1500);
  });
});
