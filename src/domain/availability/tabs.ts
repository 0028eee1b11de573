// The Coverage tab.

/** The Coverage tab: the next two weeks of bell periods and who covers them, rebuilt by the desk. */
export const COVERAGE_TAB = 'Coverage';
