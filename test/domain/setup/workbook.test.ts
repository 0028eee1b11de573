import {
  DROPDOWNS,
  TAB_HEADERS,
  TabName,
} from '../../../src/domain/setup/workbook';

describe('the workbook gathered from its capabilities', () => {
  it('lays every dropdown on a column its owning tab has', () => {
    const missing = DROPDOWNS.filter(
      dropdown =>
        !(TAB_HEADERS[dropdown.tab as TabName] ?? []).includes(dropdown.header)
    ).map(dropdown => `${dropdown.tab}!${dropdown.header}`);
    expect(missing).toEqual([]);
  });

  it('lays at most one dropdown per column', () => {
    const columns = DROPDOWNS.map(d => `${d.tab}!${d.header}`);
    expect(columns.length).toBeGreaterThan(5);
    expect(new Set(columns).size).toBe(columns.length);
  });
});
