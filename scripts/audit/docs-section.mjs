// Writes the audit's figures into docs/audit.md as its "Figures" section,
// replacing the previous figures and leaving the rest of the file as it is.
import { readFileSync, writeFileSync } from 'node:fs';
import * as prettier from 'prettier';

const HEADING = '## Figures';

/**
 * Replaces (or appends) the section that starts at HEADING and runs to the
 * next `## ` heading. The section is formatted with the project's Prettier
 * settings, so `npm run lint` stays green after an audit.
 */
export async function writeFiguresSection(docPath, body) {
  const doc = readFileSync(docPath, 'utf8');
  const options = { ...(await prettier.resolveConfig(docPath)), parser: 'markdown' };
  const section = await prettier.format(`${HEADING}\n\n${body.trim()}\n`, options);
  const start = doc.indexOf(`\n${HEADING}\n`);
  if (start < 0) {
    writeFileSync(docPath, `${doc.trimEnd()}\n\n${section}`);
    return;
  }
  const next = doc.indexOf('\n## ', start + HEADING.length + 1);
  const rest = next < 0 ? '' : `\n${doc.slice(next + 1)}`;
  writeFileSync(docPath, `${doc.slice(0, start + 1)}${section}${rest}`);
}
