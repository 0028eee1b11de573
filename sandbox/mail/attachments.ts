import {ScriptException} from '../core/service';
import {FakeBlob} from '../utilities/blob';
import {StoredAttachment} from './mailbox';

/** Anything a script may attach: a Blob, or what has one (a Drive file, an HTTP response). */
interface BlobSourceFake {
  getBlob(): unknown;
}

/** The files a script attaches to a message, read from the Blobs it passes. */
export function attachmentsOf(
  sources: readonly unknown[] | undefined
): StoredAttachment[] {
  return (sources ?? []).map(source => {
    const blob =
      source instanceof FakeBlob
        ? source
        : (source as Partial<BlobSourceFake> | null)?.getBlob?.();
    if (!(blob instanceof FakeBlob))
      throw new ScriptException('Invalid argument: attachments');
    return {
      name: blob.getName() ?? 'attachment',
      contentType: blob.getContentType() ?? 'application/octet-stream',
      bytes: blob.buffer(),
    };
  });
}
