// The one way this project starts a browser: Debian's Chromium driven by playwright-core, never
// a downloaded browser. Tests, the reader PDFs and the benchmark all launch through here.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** Flags for a headless Chromium on a closed network: no background connections, no GPU. */
export const CHROME_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROME_PATH)) {
    throw new Error(`Chromium not found at ${CHROME_PATH}. Install it with: sudo apt-get install -y chromium (or set CHROME_PATH).`);
  }
  return chromium.launch({ executablePath: CHROME_PATH, args: CHROME_ARGS });
}
