// The entry points the desk's triggers call; pinned in src/index.ts.
export const HANDLER = {
  formSubmit: 'handleFormSubmit',
  edit: 'handleEdit',
  sweep: 'sweep',
  metrics: 'hourlyMetrics',
} as const;
