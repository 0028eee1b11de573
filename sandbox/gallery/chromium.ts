// Headless Chromium for the browser tests and the screenshots: where it is and how to start it.
import {existsSync} from 'node:fs';
import {Browser, chromium} from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

// Without these Chromium waits on the network this closed machine does not have.
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function hasChromium(): boolean {
  return existsSync(CHROMIUM);
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({executablePath: CHROMIUM, args: ARGS});
}
