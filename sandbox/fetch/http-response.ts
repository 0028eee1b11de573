import {SERVICE} from '../core/service';
import {FakeBlob} from '../utilities/blob';
import {decodeText} from '../utilities/bytes';
import {asOfficial} from '../core/official-types';

type HTTPResponse = GoogleAppsScript.URL_Fetch.HTTPResponse;

/** https://developers.google.com/apps-script/reference/url-fetch/h-t-t-p-response */
export class FakeHttpResponse implements Pick<
  HTTPResponse,
  | 'getResponseCode'
  | 'getContentText'
  | 'getHeaders'
  | 'getAllHeaders'
  | 'getBlob'
  | 'getContent'
> {
  readonly [SERVICE] = 'UrlFetchApp.HTTPResponse';

  constructor(
    readonly status: number,
    readonly headers: Readonly<Record<string, string>>,
    readonly body: Buffer
  ) {}

  getResponseCode(): number {
    return this.status;
  }

  getContentText(charset?: string): string {
    return decodeText(this.body, charset);
  }

  getContent(): number[] {
    return this.blob().getBytes();
  }

  getHeaders(): Record<string, string> {
    return {...this.headers};
  }

  getAllHeaders(): Record<string, string> {
    return {...this.headers};
  }

  getBlob(): GoogleAppsScript.Base.Blob {
    return asOfficial(this.blob());
  }

  private blob(): FakeBlob {
    const type = this.headers['Content-Type'] ?? null;
    return new FakeBlob(Buffer.from(this.body), type?.split(';')[0] ?? null);
  }
}
