import type { Locale } from './locales';
import { uiSchema, type UiStrings } from './ui-schema';
import de from './ui/de';
import en from './ui/en';
import es from './ui/es';
import pl from './ui/pl';
import ru from './ui/ru';

/**
 * The UI strings of every language, checked against the schema when the site is
 * built: a file that TypeScript let through (e.g. an empty string) still fails.
 */
export const uiStrings: Record<Locale, UiStrings> = {
  en: uiSchema.parse(en),
  es: uiSchema.parse(es),
  de: uiSchema.parse(de),
  ru: uiSchema.parse(ru),
  pl: uiSchema.parse(pl),
};
