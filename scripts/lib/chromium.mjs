// The one way this project starts Chromium (browser tests, benchmark, audit,
// search comparison): Debian's build, headless, and with none of its own
// background traffic, which this machine's closed network would refuse.

/** Debian's Chromium (`apt-get install chromium`); no browser is downloaded. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/** Flags: headless, no sandbox (containers, root), no traffic of its own. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
