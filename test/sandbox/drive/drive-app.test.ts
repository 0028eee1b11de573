import {FakeDriveApp} from '../../../sandbox/drive/drive-app';
import {FakeBlob} from '../../../sandbox/utilities/blob';
import {createServices} from '../../../sandbox/workspace/services';
import {
  inExecution,
  OWNER,
  testEnvironment,
} from '../utilities/test-environment';

type Access = GoogleAppsScript.Drive.Access;
type Permission = GoogleAppsScript.Drive.Permission;

function drive() {
  const env = testEnvironment();
  const services = createServices(env);
  const app = services.globals.DriveApp as FakeDriveApp;
  const as = <T>(user: string, run: () => T) => inExecution(env, user, run);
  return {services, app, as};
}

const screenshot = () =>
  FakeBlob.from(
    'png bytes',
    'image/png',
    'screenshot.png'
  ) as unknown as GoogleAppsScript.Base.Blob;

describe('DriveApp', () => {
  it('keeps a folder by id, makes files from blobs with their name, type and URL', () => {
    // https://developers.google.com/apps-script/reference/drive/folder#createFile(BlobSource)
    const {app, as} = drive();
    const folderId = as(OWNER, () =>
      app.createFolder('Peer Desk attachments').getId()
    );
    const file = as(OWNER, () =>
      app.getFolderById(folderId).createFile(screenshot())
    );
    expect([file.getName(), file.getMimeType(), file.getSize()]).toEqual([
      'screenshot.png',
      'image/png',
      9,
    ]);
    expect(file.getUrl()).toBe(
      `https://drive.google.com/file/d/${file.getId()}/view?usp=drivesdk`
    );
    expect(file.getBlob().getDataAsString()).toBe('png bytes');
    const listed = as(OWNER, () => app.getFolderById(folderId).getFiles());
    expect([listed.hasNext(), listed.next().getId(), listed.hasNext()]).toEqual(
      [true, file.getId(), false]
    );
    expect(() => listed.next()).toThrow(
      'Cannot retrieve the next object: iterator has reached the end.'
    );
  });

  it("shares inside the school's domain only, unless the admin lets files out", () => {
    const {services, app, as} = drive();
    const file = as(OWNER, () => app.createFile(screenshot()));
    const access = (name: string) => name as unknown as Access;
    const view = 'VIEW' as unknown as Permission;
    // Another account cannot open a private file (Drive's "No item with the given ID…").
    expect(() =>
      as('tech@school.example', () => app.getFileById(file.getId()))
    ).toThrow('No item with the given ID could be found.');
    as(OWNER, () => file.setSharing(access('DOMAIN_WITH_LINK'), view));
    expect(
      as('tech@school.example', () => app.getFileById(file.getId()).getName())
    ).toBe('screenshot.png');
    expect(() =>
      as(OWNER, () => file.setSharing(access('ANYONE_WITH_LINK'), view))
    ).toThrow('Access denied: DriveApp.');
    expect(String(file.getSharingAccess())).toBe('DOMAIN_WITH_LINK');
    services.driveFiles.sharingOutsideDomain = true;
    as(OWNER, () => file.setSharing(access('ANYONE_WITH_LINK'), view));
    expect(String(file.getSharingAccess())).toBe('ANYONE_WITH_LINK');
  });
});
