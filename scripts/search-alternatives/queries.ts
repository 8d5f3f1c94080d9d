/**
 * The queries the designs are compared on, and what each one must find.
 *
 * Exists so the test set is data, in one place: the expected results are not a
 * hand-written list of articles but a pattern per query ("must"), matched
 * against the article texts in content/articles/ when the script runs, so the
 * expected set follows the content. A query is satisfied when a design finds
 * every article the pattern matches and no false hit: an article with no form
 * of the word in any language ("related"). Finding more related articles than
 * required (the country for its Spanish spelling) is not counted against it.
 */
export interface Query {
  /** What the reader types. */
  text: string;
  /** The word forms a correct design must find for this query. */
  must: RegExp;
  /** Any form of the word in any language: a result without one is a false hit. */
  related: RegExp;
}

/** Every spelling and form of the name Tokayev in the five languages. */
const TOKAYEV = /tokay|tokaj|tokáy|tokaev|токаев/iu;
/** Every spelling and form of Kazakhstan in the five languages. */
const KAZAKHSTAN = /kazakhstan|kasachstan|kazajst[aá]n|kazachstan|казахстан/iu;
const IVANOV = /ivanov|iwanow|иванов/iu;
const LUKASHENKO = /[łl]ukaszenk|lukaschenk|lukashenk|лукашенк/iu;
const SANCTIONS = /sanktion|sanction|sancion|sankcj|санкци/iu;

export const QUERIES: Query[] = [
  // A name, in four spellings: every article that mentions Tokayev.
  { text: 'Tokayev', must: TOKAYEV, related: TOKAYEV },
  { text: 'Tokajew', must: TOKAYEV, related: TOKAYEV },
  { text: 'Токаев', must: TOKAYEV, related: TOKAYEV },
  { text: 'Tokaev', must: TOKAYEV, related: TOKAYEV },
  { text: 'Ivanov', must: IVANOV, related: IVANOV },
  // The country, in its five languages' spellings: every article that names it.
  { text: 'Kazakhstan', must: KAZAKHSTAN, related: KAZAKHSTAN },
  { text: 'Kasachstan', must: KAZAKHSTAN, related: KAZAKHSTAN },
  { text: 'Kazajstán', must: KAZAKHSTAN, related: KAZAKHSTAN },
  { text: 'Kazachstan', must: KAZAKHSTAN, related: KAZAKHSTAN },
  { text: 'Казахстан', must: KAZAKHSTAN, related: KAZAKHSTAN },
  // Typed without its accent or its Ł: at least the article in that language.
  { text: 'kazajstan', must: /kazajst[aá]n/iu, related: KAZAKHSTAN },
  { text: 'lukaszenka', must: /[łl]ukaszenk/iu, related: LUKASHENKO },
  // An inflected form: at least the article in that language, whatever form it uses.
  { text: 'Казахстана', must: /казахстан/iu, related: KAZAKHSTAN },
  { text: 'Kazachstanu', must: /kazachstan/iu, related: KAZAKHSTAN },
  { text: 'Sanktionen', must: /sanktion/iu, related: SANCTIONS },
];
