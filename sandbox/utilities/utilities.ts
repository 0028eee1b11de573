import {createHash, createHmac} from 'node:crypto';
import {Environment} from '../core/environment';
import {isDate, ScriptException, SERVICE} from '../core/service';
import {FakeBlob} from './blob';
import {encodeText, fromJavaBytes, toJavaBytes} from './bytes';
import {formatJavaDate} from './java-date-format';
import {asOfficial, officialEnum} from '../core/official-types';

type Utilities = GoogleAppsScript.Utilities.Utilities;
type Charset = GoogleAppsScript.Utilities.Charset;
type Bytes = GoogleAppsScript.Byte[];

const DIGESTS: Record<string, string> = {
  MD5: 'md5',
  SHA_1: 'sha1',
  SHA_256: 'sha256',
  SHA_384: 'sha384',
  SHA_512: 'sha512',
};
const MACS: Record<string, string> = {
  HMAC_MD5: 'md5',
  HMAC_SHA_1: 'sha1',
  HMAC_SHA_256: 'sha256',
  HMAC_SHA_384: 'sha384',
  HMAC_SHA_512: 'sha512',
};

function bytesOf(value: string | Bytes, charset?: Charset): Buffer {
  return typeof value === 'string'
    ? encodeText(value, charset)
    : fromJavaBytes(value);
}

/** Java's name for a script value's type, as Apps Script prints it in signature errors. */
function javaTypeName(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (isDate(value)) return 'Date';
  if (Array.isArray(value)) return 'number[]';
  if (typeof value === 'number') return 'number';
  if (typeof value === 'string') return 'String';
  if (typeof value === 'boolean') return 'Boolean';
  return 'Object';
}

function decodeBase64(encoded: string, webSafe: boolean): Buffer {
  const alphabet = webSafe
    ? /^[A-Za-z0-9_-]*={0,2}$/
    : /^[A-Za-z0-9+/]*={0,2}$/;
  const compact = encoded.replace(/\s+/g, '');
  // https://developers.google.com/apps-script/reference/utilities/utilities#base64Decode(String):
  // undecodable input throws; the message text is unverified.
  if (!alphabet.test(compact) || compact.replace(/=+$/, '').length % 4 === 1)
    throw new ScriptException('Could not decode string.');
  return Buffer.from(compact, webSafe ? 'base64url' : 'base64');
}

export class FakeUtilities implements Pick<
  Utilities,
  | 'Charset'
  | 'DigestAlgorithm'
  | 'MacAlgorithm'
  | 'formatDate'
  | 'sleep'
  | 'computeHmacSha256Signature'
  | 'computeHmacSignature'
  | 'computeDigest'
  | 'base64Encode'
  | 'base64EncodeWebSafe'
  | 'base64Decode'
  | 'base64DecodeWebSafe'
  | 'getUuid'
  | 'newBlob'
> {
  readonly [SERVICE] = 'Utilities';
  readonly Charset = officialEnum<Utilities['Charset']>(['US_ASCII', 'UTF_8']);
  readonly DigestAlgorithm = officialEnum<Utilities['DigestAlgorithm']>([
    'MD2',
    'MD5',
    'SHA_1',
    'SHA_256',
    'SHA_384',
    'SHA_512',
  ]);
  readonly MacAlgorithm = officialEnum<Utilities['MacAlgorithm']>([
    'HMAC_MD5',
    'HMAC_SHA_1',
    'HMAC_SHA_256',
    'HMAC_SHA_384',
    'HMAC_SHA_512',
  ]);
  private uuids = 0;

  constructor(private readonly env: Environment) {}

  formatDate(
    date: GoogleAppsScript.Base.Date,
    timeZone: string,
    format: string
  ): string {
    if (
      !isDate(date) ||
      typeof timeZone !== 'string' ||
      typeof format !== 'string'
    )
      throw new ScriptException(
        `The parameters (${[date, timeZone, format].map(javaTypeName).join(',')}) don't match the method signature for Utilities.formatDate.`
      );
    return formatJavaDate(date.getTime(), timeZone, format);
  }

  /** Waits on the virtual clock, charged to the running execution. */
  sleep(milliseconds: number): void {
    this.env.executions.charge(milliseconds);
  }

  computeHmacSha256Signature(
    value: string | Bytes,
    key: string | Bytes,
    charset?: Charset
  ): Bytes {
    return this.hmac('sha256', value, key, charset);
  }

  computeHmacSignature(
    algorithm: GoogleAppsScript.Utilities.MacAlgorithm,
    value: string | Bytes,
    key: string | Bytes,
    charset?: Charset
  ): Bytes {
    return this.hmac(MACS[String(algorithm)], value, key, charset);
  }

  computeDigest(
    algorithm: GoogleAppsScript.Utilities.DigestAlgorithm,
    value: string | Bytes,
    charset?: Charset
  ): Bytes {
    const name = DIGESTS[String(algorithm)];
    if (!name)
      throw new ScriptException(
        `Unsupported digest algorithm: ${String(algorithm)}`
      );
    return toJavaBytes(
      createHash(name).update(bytesOf(value, charset)).digest()
    );
  }

  base64Encode(data: string | Bytes, charset?: Charset): string {
    return bytesOf(data, charset).toString('base64');
  }

  /** Web-safe Base64 keeps its `=` padding in Apps Script, unlike Node's base64url. */
  base64EncodeWebSafe(data: string | Bytes, charset?: Charset): string {
    return this.base64Encode(data, charset)
      .replace(/\+/g, '-')
      .replace(/\//g, '_');
  }

  base64Decode(encoded: string): Bytes {
    return toJavaBytes(decodeBase64(encoded, false));
  }

  base64DecodeWebSafe(encoded: string): Bytes {
    return toJavaBytes(decodeBase64(encoded, true));
  }

  /** A version-4-shaped UUID, deterministic for a run so emulated runs can be replayed. */
  getUuid(): string {
    const hex = createHash('sha256')
      .update(`${this.env.scriptId}:uuid:${++this.uuids}`)
      .digest('hex');
    const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  }

  newBlob(
    data: string | Bytes,
    contentType?: string,
    name?: string
  ): GoogleAppsScript.Base.Blob {
    return asOfficial(FakeBlob.from(data, contentType, name));
  }

  private hmac(
    algorithm: string,
    value: string | Bytes,
    key: string | Bytes,
    charset?: Charset
  ): Bytes {
    return toJavaBytes(
      createHmac(algorithm, bytesOf(key, charset))
        .update(bytesOf(value, charset))
        .digest()
    );
  }
}

export function createUtilities(env: Environment): FakeUtilities {
  return new FakeUtilities(env);
}
