// Devices' tabs: the Devices tab (every device the desk repairs), its dropdowns and look, and the Device Import tab.
import {tabLooks} from '../configuration/column-look';
import {ColumnDropdown} from '../configuration/dropdown';
import {DateColumn} from '../configuration/date-column';

export const DEVICES_TAB = 'Devices';

/** Where a CSV is pasted, or a Drive file imported with Sheets' File › Import, before "Import devices". */
export const DEVICE_IMPORT_TAB = 'Device Import';

/** What a device is and where it is: typed in, or filled by "Import devices". */
export const DEVICE_FACTS = [
  'Asset Tag',
  'Serial',
  'Model',
  'Kind',
  'Assigned To',
  'Campus',
  'Status',
  'Warranty End',
] as const;

export type DeviceFact = (typeof DEVICE_FACTS)[number];

/** The device's repairs, written by the desk from the tickets linked to it. */
export const DEVICE_REPAIR_FIELDS = [
  'Repairs',
  'Last Repair',
  'Repeat Repairs',
  'Repair History',
] as const;

export const DEVICE_HEADERS = [
  ...DEVICE_FACTS,
  ...DEVICE_REPAIR_FIELDS,
] as const;

export type DeviceField = (typeof DEVICE_HEADERS)[number];

export const DEVICE_STATUS = {
  inService: 'in service',
  inRepair: 'in repair',
  loaner: 'loaner',
  retired: 'retired',
} as const;

export const DEVICE_STATUSES: readonly string[] = Object.values(DEVICE_STATUS);

export const DEVICE_KINDS = [
  'Chromebook',
  'Laptop',
  'Projector',
  'Printer',
  'Board',
  'Other',
];

export const DEVICE_DROPDOWNS: readonly ColumnDropdown[] = [
  {
    tab: DEVICES_TAB,
    header: 'Kind',
    values: DEVICE_KINDS,
    help: 'What kind of device; any other word will do.',
  },
  {
    tab: DEVICES_TAB,
    header: 'Status',
    values: DEVICE_STATUSES,
    help: 'In service, in repair, a loaner in the campus pool, or retired.',
  },
];

export const DEVICE_DATE_COLUMNS: readonly DateColumn[] = [
  {
    tab: DEVICES_TAB,
    header: 'Warranty End',
    help: 'The day the warranty ends, like 2027-08-31.',
  },
];

export const DEVICE_LOOKS = tabLooks(
  DEVICES_TAB,
  {
    'Asset Tag': 110,
    Serial: 130,
    Model: 170,
    Kind: 100,
    'Assigned To': 220,
    Campus: 110,
    Status: 100,
    'Warranty End': 110,
    Repairs: 70,
    'Last Repair': 110,
    'Repeat Repairs': 130,
    'Repair History': 420,
  },
  ['Repair History']
);
