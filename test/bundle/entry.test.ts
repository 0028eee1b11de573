import {readFileSync} from 'node:fs';
import {createContext, runInContext} from 'node:vm';

// The functions triggers and menus call by name: renaming one would break installed triggers.
const ENTRY_POINTS = [
  'archivePastYears',
  'backFromBreak',
  'connectChat',
  'doGet',
  'doPost',
  'handOverDesk',
  'handleEdit',
  'handleFormSubmit',
  'hourlyMetrics',
  'importDeviceList',
  'issuePracticeScenario',
  'lendLoaner',
  'loadExampleSchool',
  'makePracticeScenario',
  'onOpen',
  'openDistrictReport',
  'openIntakeForm',
  'openLookerStudio',
  'proposeArticle',
  'rebuildCoverage',
  'rebuildMetrics',
  'returnLoaner',
  'sendFiguresToDistrict',
  'sendWeeklyDigest',
  'setSkillLevel',
  'setupDesk',
  'showAllTickets',
  'showMyTickets',
  'showOpenTickets',
  'showTicketThread',
  'sweep',
  'takeBreak',
];

describe('dist/Code.js', () => {
  // platform.md, Runtime: only top-level function declarations are callable by triggers and menus.
  it('declares every entry point as a top-level function of an empty realm', () => {
    const context = createContext({});
    runInContext(readFileSync('dist/Code.js', 'utf8'), context);
    const functions = runInContext(
      'Object.keys(globalThis).filter(k => typeof globalThis[k] === "function")',
      context
    ) as string[];
    expect([...functions].sort()).toEqual(ENTRY_POINTS);
  });

  it('runs its top level without touching any Apps Script service', () => {
    expect(() =>
      runInContext(readFileSync('dist/Code.js', 'utf8'), createContext({}))
    ).not.toThrow();
  });
});
