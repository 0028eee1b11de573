// The Config tab: one row per setting (each capability lists its own rows and defaults).

export const CONFIG_TAB = 'Config';

export const CONFIG_HEADERS = ['Key', 'Value', 'Description'] as const;
