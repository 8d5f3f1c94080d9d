import type { Server } from 'node:http';

/** A running static server (see serve-static.mjs). */
export interface StaticServer {
  /** `http://127.0.0.1:<port>`, without a trailing slash. */
  url: string;
  server: Server;
  /** Requests served and bytes sent, to cross-check a browser's figures. */
  stats: { requests: number; bytesSent: number };
  close(): Promise<void>;
}

/** How to serve: under a base path (`/news/`), with the deployed site's headers (deploy/headers.json). */
export interface ServeOptions {
  base?: string;
  siteHeaders?: boolean;
}

/** Serves `root` on 127.0.0.1 on a free port, like a static host with gzip. */
export function serveStatic(root: string, options?: ServeOptions): Promise<StaticServer>;
