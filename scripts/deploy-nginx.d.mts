export interface NginxSite {
  base: string;
  root: string;
  serverName: string;
}
export const EXAMPLE: NginxSite;
export function nginxConfig(site: NginxSite): string;
