import {SERVICE} from '../core/service';

/**
 * A Google account as Apps Script hands it out (https://developers.google.com/apps-script/reference/base/user):
 * by `Session.getActiveUser()`, `Spreadsheet.getOwner()`, `Protection.getEditors()`. Calls are
 * counted under the service that handed it out (`Session.User`, `SpreadsheetApp.User`).
 */
export class FakeUser implements Pick<GoogleAppsScript.Base.User, 'getEmail'> {
  readonly [SERVICE]: string;

  constructor(
    private readonly email: string,
    service = 'Session.User'
  ) {
    this[SERVICE] = service;
  }

  getEmail(): string {
    return this.email;
  }
}
