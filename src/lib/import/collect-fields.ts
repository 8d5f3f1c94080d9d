import { ImportError } from './decode-text';
import { FIELDS, type EditorFields, type FieldSpec } from './editor-fields';

/**
 * Gathers what the editor knows: the flags they gave, checked before any work
 * is done, and answers to prompts for what is still missing. How a question is
 * put to the editor is the caller's business (`Ask`), so this stays testable.
 */

/** Asks the editor one field, repeating `error` after a bad answer; resolves to '' for "unknown". */
export type Ask = (field: FieldSpec, error?: string) => Promise<string>;

/** The spec of one field. */
export function fieldSpec(key: keyof EditorFields): FieldSpec {
  return FIELDS.find((f) => f.key === key)!;
}

/**
 * Checks every field given as a flag with the schema's rule for it.
 *
 * @throws {ImportError} naming the flag, the value and what is expected.
 */
export function checkGiven(fields: EditorFields): void {
  for (const spec of FIELDS) {
    const value = fields[spec.key];
    if (typeof value !== 'string') continue;
    const parsed = spec.parse(value);
    if ('error' in parsed) {
      throw new ImportError(`${spec.flag} ${JSON.stringify(value)}: ${parsed.error}`);
    }
  }
}

/** Asks for one field until the answer is valid or left empty, and stores it in `fields`. */
export async function askField(fields: EditorFields, key: keyof EditorFields, ask: Ask) {
  const spec = fieldSpec(key);
  let error: string | undefined;
  for (;;) {
    const answer = await ask(spec, error);
    if (!answer.trim()) return;
    const parsed = spec.parse(answer);
    if ('value' in parsed) {
      Object.assign(fields, { [key]: parsed.value });
      return;
    }
    error = parsed.error;
  }
}

/**
 * Whether a field still needs asking: never when known, and the translation
 * details only for a translation (the schema refuses them on an original).
 */
export function needsAsking(key: keyof EditorFields, fields: EditorFields): boolean {
  if (fields[key] !== undefined) return false;
  if (key === 'originalLanguage') return fields.translationOf === 'external';
  if (key === 'machineTranslation') return fields.translationOf !== undefined;
  return true;
}

/** Asks, in order, for every field that is still unknown and applies to this article. */
export async function askMissing(fields: EditorFields, ask: Ask): Promise<void> {
  for (const spec of FIELDS) {
    if (needsAsking(spec.key, fields)) await askField(fields, spec.key, ask);
  }
}
