/** Debian's Chromium (`apt-get install chromium`); no browser is downloaded. */
export const CHROMIUM_PATH: string;
/** Flags: headless, no sandbox (containers, root), no traffic of its own. */
export const CHROMIUM_ARGS: string[];
