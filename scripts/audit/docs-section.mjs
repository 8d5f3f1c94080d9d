// Writes the audit's figures into README.md as the "Quality figures" section,
// replacing the previous figures and leaving the rest of the README as it is.
import { readFileSync, writeFileSync } from 'node:fs';
import * as prettier from 'prettier';

const HEADING = '## Quality figures';

/**
 * Replaces (or appends) the section that starts at HEADING and runs to the
 * next `## ` heading. The section is formatted with the project's Prettier
 * settings, so `npm run lint` stays green after an audit.
 */
export async function writeReadmeSection(readmePath, body) {
  const readme = readFileSync(readmePath, 'utf8');
  const options = { ...(await prettier.resolveConfig(readmePath)), parser: 'markdown' };
  const section = await prettier.format(`${HEADING}\n\n${body.trim()}\n`, options);
  const start = readme.indexOf(`\n${HEADING}\n`);
  if (start < 0) {
    writeFileSync(readmePath, `${readme.trimEnd()}\n\n${section}`);
    return;
  }
  const next = readme.indexOf('\n## ', start + HEADING.length + 1);
  const rest = next < 0 ? '' : `\n${readme.slice(next + 1)}`;
  writeFileSync(readmePath, `${readme.slice(0, start + 1)}${section}${rest}`);
}
