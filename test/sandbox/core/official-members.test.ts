import {readdirSync, readFileSync, statSync} from 'node:fs';
import {join} from 'node:path';
import {
  officialInterface,
  officialMembers,
} from '../../../sandbox/core/official-members';
import {
  MEMBERS_FILE,
  readOfficialMembers,
  renderOfficialMembers,
} from '../../../sandbox/core/official-typings';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap(name => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return path.endsWith('.ts') ? [readFileSync(path, 'utf8')] : [];
  });
}

describe('the official members a script sees', () => {
  it('are those of the installed @types/google-apps-script (regenerate with npx ts-node sandbox/core/official-typings.ts)', () => {
    expect(readFileSync(MEMBERS_FILE, 'utf8')).toBe(
      renderOfficialMembers(readOfficialMembers())
    );
  });

  it('are known for every service tag a fake declares', () => {
    const tags = new Set<string>();
    for (const text of sources('sandbox')) {
      for (const [, tag] of text.matchAll(/\[SERVICE\] = '([\w.]+)'/g))
        tags.add(tag);
      // Tags chosen at run time: `new FakeUser(email, 'SpreadsheetApp.User')`, trigger builders.
      for (const [, tag] of text.matchAll(
        /'((?:[A-Z]\w*(?:App|Service)|Session|Utilities)\.[A-Z]\w+)'/g
      ))
        tags.add(tag);
    }
    expect(tags.size).toBeGreaterThan(40);
    const unknown = [...tags].filter(tag => {
      try {
        return officialMembers(tag).size === 0;
      } catch {
        return true;
      }
    });
    expect(unknown).toEqual([]);
  });

  it('map a tag to its class, in its service or in Base, with what the typings lack', () => {
    expect(officialInterface('SpreadsheetApp.Range')).toBe(
      'GoogleAppsScript.Spreadsheet.Range'
    );
    expect(officialInterface('Session.User')).toBe(
      'GoogleAppsScript.Base.User'
    );
    expect(officialInterface('Utilities.Blob')).toBe(
      'GoogleAppsScript.Base.Blob'
    );
    // https://developers.google.com/apps-script/reference/forms/form#setPublished(Boolean)
    expect(officialMembers('FormApp.Form').has('setPublished')).toBe(true);
    expect(officialMembers('FormApp.Item').has('setChoiceValues')).toBe(true);
    expect(officialMembers('console').has('log')).toBe(true);
    expect(() => officialMembers('SpreadsheetApp.Nothing')).toThrow(
      'The emulator knows no official Apps Script class for the service tag "SpreadsheetApp.Nothing".'
    );
  });
});
