import { languageTagSchema } from '../../schemas/fields';

/**
 * What is wrong with a `:::lang{code=..}` passage, or undefined when nothing
 * is: its code must be a BCP 47 tag that the article's `otherLanguages` lists.
 * One rule for the Markdown plugin (remark-passage-lang) and the content check
 * (check-markdown), so what passes validation renders.
 */
export function passageLanguageError(
  code: string,
  declared: readonly unknown[],
): string | undefined {
  if (!languageTagSchema.safeParse(code).success) {
    return `expected :::lang{code=<language>} with a BCP 47 tag such as "en" or "pt-BR", got ${code ? JSON.stringify(code) : 'no code'}`;
  }
  if (!declared.includes(code)) {
    return `expected otherLanguages to include "${code}": this passage is marked as written in it`;
  }
  return undefined;
}
