import { Document, YAMLMap } from 'yaml';
import { locales } from '../../i18n/locales';
import { latin } from '../search/search-key';
import type { Proposal } from './suggest-entities';

/** Latin-script languages look for a missing name first in these, in order. */
const LATIN_FIRST = ['en', 'de', 'pl', 'es'];

/** Where a language's missing name is taken from: another Latin-script name, or the Cyrillic one transliterated. */
function stand_in(proposal: Proposal, lang: string): { name: string; from: string } {
  const latinNames = Object.entries(proposal.names).filter(([, n]) => /\p{Script=Latin}/u.test(n));
  const preferred = [...LATIN_FIRST, ...Object.keys(proposal.names)];
  if (lang !== 'ru' || latinNames.length === Object.keys(proposal.names).length) {
    for (const from of preferred) {
      const name = proposal.names[from];
      if (name && /\p{Script=Latin}/u.test(name)) return { name, from };
    }
  }
  const [from, name] = Object.entries(proposal.names)[0]!;
  return {
    name: /\p{Script=Cyrillic}/u.test(name) && lang !== 'ru' ? capitalised(latin(name)) : name,
    from,
  };
}

const capitalised = (text: string) =>
  text.replace(/(^|[\s-])(\p{Ll})/gu, (_, a: string, b: string) => a + b.toUpperCase());

/**
 * The YAML of an entity file for a proposal, in the entity schema. The schema
 * needs a name in every language; a language the articles give no name in gets
 * a stand-in (another Latin-script name, or the Cyrillic one transliterated),
 * marked by a comment as missing, for the editor to replace.
 */
export function entityYaml(proposal: Proposal): string {
  const names = new YAMLMap();
  const doc = new Document({});
  for (const lang of locales) {
    const found = proposal.names[lang];
    const pair = doc.createPair(lang, found ?? stand_in(proposal, lang).name);
    if (!found)
      (pair.value as { comment?: string }).comment =
        ` missing: not in the articles; copied from ${stand_in(proposal, lang).from}`;
    names.add(pair);
  }
  doc.set('type', proposal.type);
  doc.set('names', names);
  const aliases = Object.fromEntries(
    locales.flatMap((lang) => (proposal.aliases[lang] ? [[lang, proposal.aliases[lang]]] : [])),
  );
  if (Object.keys(aliases).length > 0) doc.set('aliases', doc.createNode(aliases, { flow: false }));
  doc.commentBefore = ` Suggested by \`npm run entities -- suggest --write\` from ${proposal.articles.length} article(s): ${proposal.articles.join(', ')}.\n Review the type, the names and the aliases, then remove this comment.`;
  return doc.toString({ lineWidth: 0 });
}
