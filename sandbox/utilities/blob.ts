import {SERVICE} from '../core/service';
import {decodeText, encodeText, fromJavaBytes, toJavaBytes} from './bytes';
import {asOfficial} from '../core/official-types';

type Blob = GoogleAppsScript.Base.Blob;

/** A Blob held in memory: bytes, a content type and a name (Utilities.newBlob, HTTPResponse.getBlob). */
export class FakeBlob implements Pick<
  Blob,
  | 'getBytes'
  | 'setBytes'
  | 'getDataAsString'
  | 'setDataFromString'
  | 'getContentType'
  | 'setContentType'
  | 'getName'
  | 'setName'
  | 'copyBlob'
  | 'getBlob'
  | 'isGoogleType'
> {
  readonly [SERVICE]: string = 'Utilities.Blob';

  constructor(
    private data: Buffer,
    private contentType: string | null = null,
    private name: string | null = null
  ) {}

  static from(
    data: string | readonly number[],
    contentType?: string,
    name?: string
  ): FakeBlob {
    const bytes =
      typeof data === 'string' ? encodeText(data) : fromJavaBytes(data);
    return new FakeBlob(bytes, contentType ?? null, name ?? null);
  }

  /** Host view of the raw bytes. */
  buffer(): Buffer {
    return Buffer.from(this.data);
  }

  getBytes(): number[] {
    return toJavaBytes(this.data);
  }

  setBytes(data: number[]): Blob {
    this.data = fromJavaBytes(data);
    return asOfficial(this);
  }

  getDataAsString(charset?: string): string {
    return decodeText(this.data, charset);
  }

  setDataFromString(value: string, charset?: string): Blob {
    this.data = encodeText(value, charset?.toUpperCase().replace('-', '_'));
    return asOfficial(this);
  }

  getContentType(): string | null {
    return this.contentType;
  }

  setContentType(contentType: string | null): Blob {
    this.contentType = contentType;
    return asOfficial(this);
  }

  getName(): string | null {
    return this.name;
  }

  setName(name: string): Blob {
    this.name = name;
    return asOfficial(this);
  }

  copyBlob(): Blob {
    return asOfficial(new FakeBlob(this.buffer(), this.contentType, this.name));
  }

  getBlob(): Blob {
    return asOfficial(this);
  }

  isGoogleType(): boolean {
    return false;
  }
}
