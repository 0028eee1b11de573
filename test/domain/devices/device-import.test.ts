import {parseCsv} from '../../../src/domain/devices/csv';
import {importDevices} from '../../../src/domain/devices/device-import';
import {DEVICE_HEADERS} from '../../../src/domain/devices/tabs';

const UTC = () => 0;

describe('parseCsv', () => {
  it('reads quoted commas, doubled quotes, line breaks in quotes and CRLF rows', () => {
    expect(
      parseCsv('a,"b, c","say ""hi"""\r\n"two\nlines",x,\r\n\r\nlast,,')
    ).toEqual([
      ['a', 'b, c', 'say "hi"'],
      ['two\nlines', 'x', ''],
      ['last', '', ''],
    ]);
  });
});

describe('importDevices', () => {
  const headers = [...DEVICE_HEADERS];

  it("recognises other lists' column names and adds each device once", () => {
    const result = importDevices(
      headers,
      [],
      [
        ['Serial Number', 'Annotated Asset ID', 'Model', 'Status'],
        ['5CD1', 'CB-1', 'Lenovo 300e', 'ACTIVE'],
        ['5CD2', 'CB-2', 'Lenovo 300e', 'DEPROVISIONED'],
        ['5CD1', 'cb-1 ', 'Lenovo 300e', ''],
      ],
      UTC
    );
    expect(result.added).toBe(2);
    expect(result.rows.map(row => row.slice(0, 3))).toEqual([
      ['CB-1', '5CD1', 'Lenovo 300e'],
      ['CB-2', '5CD2', 'Lenovo 300e'],
    ]);
    expect(result.rows.map(row => row[headers.indexOf('Status')])).toEqual([
      'in service',
      'retired',
    ]);
  });

  it('refuses a list without an Asset Tag column and changes nothing', () => {
    const existing = [headers.map((_, i) => (i === 0 ? 'CB-1' : ''))];
    const result = importDevices(
      headers,
      existing,
      [
        ['Serial', 'Model'],
        ['5CD1', 'Lenovo'],
      ],
      UTC
    );
    expect(result.rows).toEqual(existing);
    expect(result.skipped[0]).toContain('no Asset Tag column');
  });

  it("reads m/d/yyyy and yyyy-MM-dd warranty dates as the school's midnight", () => {
    const result = importDevices(
      headers,
      [],
      [
        ['Asset Tag', 'Warranty End'],
        ['A', '6/30/2027'],
        ['B', '2027-07-01'],
        ['C', 'next June'],
      ],
      () => -300
    );
    const warranty = headers.indexOf('Warranty End');
    expect(result.rows.map(row => row[warranty])).toEqual([
      new Date('2027-06-30T05:00:00Z'),
      new Date('2027-07-01T05:00:00Z'),
      'next June',
    ]);
  });
});
