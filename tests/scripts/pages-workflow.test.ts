/**
 * The GitHub Pages workflow cannot run here, so what it must do is checked on
 * its text: build with the project's own commands, for the address Pages gives
 * (whose path becomes the base path), with the Node.js of package.json's
 * engines, and publish dist/.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

interface Step {
  id?: string;
  uses?: string;
  run?: string;
  with?: Record<string, string>;
  env?: Record<string, string>;
}

const workflow = parse(
  readFileSync(new URL('../../.github/workflows/pages.yml', import.meta.url), 'utf8'),
) as { jobs: Record<string, { steps: Step[] }>; permissions: Record<string, string> };
const build = workflow.jobs.build!.steps;
const step = (uses: string) => build.find((s) => s.uses?.startsWith(uses));

describe('.github/workflows/pages.yml', () => {
  it('installs from the lock file and builds with the npm script, as a user would', () => {
    const commands = build.filter((s) => s.run).map((s) => s.run);
    expect(commands).toEqual(['npm ci', 'npm run build']);
  });

  it("builds for Pages' own address, with a trailing slash, so a project site gets its base path", () => {
    const buildStep = build.find((s) => s.run === 'npm run build')!;
    const pages = build.find((s) => s.uses?.startsWith('actions/configure-pages'))!;
    expect(buildStep.env?.SITE_URL).toBe(`\${{ steps.${pages.id}.outputs.base_url }}/`);
    expect(build.indexOf(pages)).toBeLessThan(build.indexOf(buildStep));
  });

  it('uses the Node.js version of package.json (engines.node), stated nowhere else', () => {
    expect(step('actions/setup-node')?.with?.['node-version-file']).toBe('package.json');
    expect(step('actions/setup-node')?.with).not.toHaveProperty('node-version');
  });

  it('publishes dist/, with the permissions Pages needs', () => {
    expect(step('actions/upload-pages-artifact')?.with?.path).toBe('dist');
    expect(
      workflow.jobs.deploy!.steps.some((s) => s.uses?.startsWith('actions/deploy-pages')),
    ).toBe(true);
    expect(workflow.permissions).toMatchObject({ pages: 'write', 'id-token': 'write' });
  });
});
