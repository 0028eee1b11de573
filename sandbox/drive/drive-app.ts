import {effectiveUserEmail, Environment} from '../core/environment';
import {asOfficial, officialEnum} from '../core/official-types';
import {ScriptException, SERVICE} from '../core/service';
import {FakeBlob} from '../utilities/blob';

type Drive = GoogleAppsScript.Drive.DriveApp;
type Folder = GoogleAppsScript.Drive.Folder;
type File = GoogleAppsScript.Drive.File;
type FileIterator = GoogleAppsScript.Drive.FileIterator;
type Access = GoogleAppsScript.Drive.Access;
type Permission = GoogleAppsScript.Drive.Permission;
type BlobSource = GoogleAppsScript.Base.BlobSource;

// Unverified wordings, as Apps Script logs show Drive refusals.
const NOT_FOUND =
  'No item with the given ID could be found. Possibly because you have not edited this item or you do not have permission to access it.';
const ACCESS_DENIED = 'Access denied: DriveApp.';
const NO_MORE =
  'Cannot retrieve the next object: iterator has reached the end.';

const ACCESS = [
  'ANYONE',
  'ANYONE_WITH_LINK',
  'DOMAIN',
  'DOMAIN_WITH_LINK',
  'PRIVATE',
];
const PERMISSION = ['VIEW', 'EDIT', 'COMMENT', 'OWNER', 'ORGANIZER', 'NONE'];
/** Sharing with people outside the school's domain: off unless the admin allows it. */
const OUTSIDE_DOMAIN = ['ANYONE', 'ANYONE_WITH_LINK'];

interface DriveItem {
  readonly id: string;
  name: string;
  readonly owner: string;
  readonly parent: string | undefined;
  access: string;
  permission: string;
  readonly created: number;
}

interface StoredFile extends DriveItem {
  readonly mimeType: string;
  readonly bytes: Buffer;
}

/**
 * The Drive of one workspace: folders and files by id, and the domain's sharing policy. A Google
 * Workspace for Education domain commonly keeps files inside the school: `sharingOutsideDomain`
 * is false unless a test allows it (Admin console, Drive and Docs → Sharing settings).
 */
export class DriveStore {
  readonly folders = new Map<string, DriveItem>();
  readonly files = new Map<string, StoredFile>();
  sharingOutsideDomain = false;
  private next = 1;

  constructor(private readonly env: Environment) {}

  newId(prefix: string): string {
    return `1${prefix}${String(this.next++).padStart(10, '0')}DriveItemId`;
  }

  /** Every account's My Drive root, made when first asked for. */
  rootOf(owner: string): DriveItem {
    const id = `root-${owner}`;
    let root = this.folders.get(id);
    if (!root) {
      root = this.item(id, 'My Drive', owner, undefined);
      this.folders.set(id, root);
    }
    return root;
  }

  item(
    id: string,
    name: string,
    owner: string,
    parent: string | undefined
  ): DriveItem {
    return {
      id,
      name,
      owner,
      parent,
      access: 'PRIVATE',
      permission: 'NONE',
      created: this.env.clock.now(),
    };
  }

  share(item: DriveItem, access: string, permission: string): void {
    if (!ACCESS.includes(access) || !PERMISSION.includes(permission))
      throw new ScriptException('Invalid argument: accessType');
    if (OUTSIDE_DOMAIN.includes(access) && !this.sharingOutsideDomain)
      throw new ScriptException(ACCESS_DENIED);
    item.access = access;
    item.permission = permission;
  }
}

export class FakeDriveFile implements Pick<
  File,
  | 'getId'
  | 'getName'
  | 'setName'
  | 'getUrl'
  | 'getMimeType'
  | 'getSize'
  | 'getBlob'
  | 'getDateCreated'
  | 'getSharingAccess'
  | 'getSharingPermission'
  | 'setSharing'
> {
  readonly [SERVICE] = 'DriveApp.File';

  constructor(
    private readonly store: DriveStore,
    private readonly file: StoredFile
  ) {}

  getId(): string {
    return this.file.id;
  }

  getName(): string {
    return this.file.name;
  }

  setName(name: string): File {
    this.file.name = String(name);
    return asOfficial(this);
  }

  getUrl(): string {
    return `https://drive.google.com/file/d/${this.file.id}/view?usp=drivesdk`;
  }

  getMimeType(): string {
    return this.file.mimeType;
  }

  getSize(): number {
    return this.file.bytes.length;
  }

  getBlob(): GoogleAppsScript.Base.Blob {
    return asOfficial(
      new FakeBlob(
        Buffer.from(this.file.bytes),
        this.file.mimeType,
        this.file.name
      )
    );
  }

  getDateCreated(): GoogleAppsScript.Base.Date {
    return new Date(this.file.created);
  }

  getSharingAccess(): Access {
    return this.file.access as unknown as Access;
  }

  getSharingPermission(): Permission {
    return this.file.permission as unknown as Permission;
  }

  /** PRIVATE, DOMAIN or DOMAIN_WITH_LINK; ANYONE… only where the domain lets files out. */
  setSharing(accessType: Access, permissionType: Permission): File {
    this.store.share(this.file, String(accessType), String(permissionType));
    return asOfficial(this);
  }
}

export class FakeFileIterator implements Pick<
  FileIterator,
  'hasNext' | 'next' | 'getContinuationToken'
> {
  readonly [SERVICE] = 'DriveApp.FileIterator';
  private index = 0;

  constructor(private readonly items: readonly FakeDriveFile[]) {}

  hasNext(): boolean {
    return this.index < this.items.length;
  }

  next(): File {
    const item = this.items[this.index];
    if (!item) throw new ScriptException(NO_MORE);
    this.index++;
    return asOfficial(item);
  }

  getContinuationToken(): string {
    return String(this.index);
  }
}

/** Makes a Drive file from a Blob (or what has one), as `createFile(blob)` does. */
function fileFromBlob(
  store: DriveStore,
  source: BlobSource,
  owner: string,
  parent: string
): StoredFile {
  const blob = (source as unknown as {getBlob?: () => unknown}).getBlob?.();
  if (!(blob instanceof FakeBlob))
    throw new ScriptException('Invalid argument: blob');
  return {
    ...store.item(
      store.newId('F'),
      blob.getName() ?? 'Untitled',
      owner,
      parent
    ),
    mimeType: blob.getContentType() ?? 'application/octet-stream',
    bytes: blob.buffer(),
  };
}

export class FakeDriveFolder implements Pick<
  Folder,
  | 'getId'
  | 'getName'
  | 'getUrl'
  | 'createFile'
  | 'createFolder'
  | 'getFiles'
  | 'getFilesByName'
  | 'getSharingAccess'
  | 'getSharingPermission'
  | 'setSharing'
> {
  readonly [SERVICE] = 'DriveApp.Folder';

  constructor(
    private readonly env: Environment,
    private readonly store: DriveStore,
    private readonly folder: DriveItem
  ) {}

  getId(): string {
    return this.folder.id;
  }

  getName(): string {
    return this.folder.name;
  }

  getUrl(): string {
    return `https://drive.google.com/drive/folders/${this.folder.id}`;
  }

  /** `createFile(blob)`, or `createFile(name, content[, mimeType])`. */
  createFile(
    blobOrName: BlobSource | string,
    content?: string,
    mimeType?: string
  ): File {
    const owner = effectiveUserEmail(this.env);
    const source =
      typeof blobOrName === 'string'
        ? FakeBlob.from(content ?? '', mimeType ?? 'text/plain', blobOrName)
        : blobOrName;
    const file = fileFromBlob(
      this.store,
      source as unknown as BlobSource,
      owner,
      this.folder.id
    );
    this.store.files.set(file.id, file);
    return asOfficial(new FakeDriveFile(this.store, file));
  }

  createFolder(name: string): Folder {
    const owner = effectiveUserEmail(this.env);
    const folder = this.store.item(
      this.store.newId('D'),
      String(name),
      owner,
      this.folder.id
    );
    this.store.folders.set(folder.id, folder);
    return asOfficial(new FakeDriveFolder(this.env, this.store, folder));
  }

  getFiles(): FileIterator {
    return this.iterate(() => true);
  }

  getFilesByName(name: string): FileIterator {
    return this.iterate(file => file.name === String(name));
  }

  getSharingAccess(): Access {
    return this.folder.access as unknown as Access;
  }

  getSharingPermission(): Permission {
    return this.folder.permission as unknown as Permission;
  }

  setSharing(accessType: Access, permissionType: Permission): Folder {
    this.store.share(this.folder, String(accessType), String(permissionType));
    return asOfficial(this);
  }

  private iterate(keep: (file: StoredFile) => boolean): FileIterator {
    const files = [...this.store.files.values()].filter(
      file => file.parent === this.folder.id && keep(file)
    );
    return asOfficial(
      new FakeFileIterator(files.map(f => new FakeDriveFile(this.store, f)))
    );
  }
}

/**
 * DriveApp, the calls the desk needs: a folder for attachments, files made from Blobs, their URLs,
 * and sharing kept inside the domain
 * (https://developers.google.com/apps-script/reference/drive/drive-app). Everything else Google
 * documents throws "not emulated".
 */
export class FakeDriveApp implements Pick<
  Drive,
  | 'Access'
  | 'Permission'
  | 'getRootFolder'
  | 'createFolder'
  | 'createFile'
  | 'getFolderById'
  | 'getFileById'
> {
  readonly [SERVICE] = 'DriveApp';
  readonly Access = officialEnum<Drive['Access']>(ACCESS);
  readonly Permission = officialEnum<Drive['Permission']>(PERMISSION);

  constructor(
    private readonly env: Environment,
    readonly store: DriveStore
  ) {}

  getRootFolder(): Folder {
    return asOfficial(this.root());
  }

  createFolder(name: string): Folder {
    return this.root().createFolder(name);
  }

  createFile(
    blobOrName: BlobSource | string,
    content?: string,
    mimeType?: string
  ): File {
    return this.root().createFile(blobOrName, content, mimeType);
  }

  getFolderById(id: string): Folder {
    const folder = this.store.folders.get(String(id));
    if (!folder || !this.visible(folder)) throw new ScriptException(NOT_FOUND);
    return asOfficial(new FakeDriveFolder(this.env, this.store, folder));
  }

  getFileById(id: string): File {
    const file = this.store.files.get(String(id));
    if (!file || !this.visible(file)) throw new ScriptException(NOT_FOUND);
    return asOfficial(new FakeDriveFile(this.store, file));
  }

  private root(): FakeDriveFolder {
    return new FakeDriveFolder(
      this.env,
      this.store,
      this.store.rootOf(effectiveUserEmail(this.env))
    );
  }

  /** Its owner sees an item; others only when it is shared with the domain or beyond. */
  private visible(item: DriveItem): boolean {
    return (
      item.owner === effectiveUserEmail(this.env) || item.access !== 'PRIVATE'
    );
  }
}
