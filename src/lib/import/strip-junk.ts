/**
 * Removes page clutter that a copy from a web page drags along: widgets of the
 * page's chrome (currency tickers, menu buttons, weather, a language switcher)
 * and the headline printed a second time. Every removal is reported with its
 * line so that the editor can check that no sentence of the article was lost.
 */

/** A line of the raw text with its 1-based number, so every report can point at it. */
export interface SourceLine {
  line: number;
  text: string;
}

/** Something the importer removed from the text or took out of it, for the editor to check. */
export interface Note {
  /** 1-based line in the raw file. */
  line?: number;
  message: string;
}

/** Splits decoded text into numbered lines. */
export function toLines(text: string): SourceLine[] {
  return text.split('\n').map((value, i) => ({ line: i + 1, text: value }));
}

const MONEY = String.raw`(?:[$€£¥₽₴₸]\s?\d[\d.,]*|\d[\d.,]*\s?(?:[$€£¥₽₴₸]|USD|EUR|RUB|UAH|PLN|KZT))`;

/**
 * A widget line. `anywhere` rules are specific enough to be clutter wherever
 * they stand; the others (a lone "Menu", "Languages" or price) could be real
 * text inside an article, so they are removed only from the top of the page,
 * before the article starts.
 */
interface JunkRule {
  reason: string;
  pattern: RegExp;
  anywhere: boolean;
}

const RULES: readonly JunkRule[] = [
  {
    reason: 'currency ticker',
    pattern: new RegExp(`^${MONEY}(?:\\s+${MONEY})+$`, 'iu'),
    anywhere: true,
  },
  { reason: 'currency ticker', pattern: new RegExp(`^${MONEY}$`, 'iu'), anywhere: false },
  {
    reason: 'menu button',
    pattern: /^(?:menu|меню)\s+(?:open|opened|closed?|toggle)$/iu,
    anywhere: true,
  },
  { reason: 'menu button', pattern: /^(?:menu|меню|menü)$/iu, anywhere: false },
  {
    reason: 'weather widget',
    pattern:
      /^(?:weather|погода|wetter|tiempo|pogoda)\s+[+\-−]?\d+(?:[.,]\d+)?\s*(?:°\s*[CF]?)?(?:\s+\p{L}[\p{L} .'-]{0,40})?$/iu,
    anywhere: true,
  },
  {
    reason: 'language switcher',
    pattern: /^(?:languages?|sprachen?|idiomas?|языки|язык|języki|język)$/iu,
    anywhere: false,
  },
];

/** Drops widget lines (see `RULES`); returns the other lines and a note for each removed one. */
export function stripJunk(lines: readonly SourceLine[]): { lines: SourceLine[]; notes: Note[] } {
  const kept: SourceLine[] = [];
  const notes: Note[] = [];
  let atTop = true;
  for (const source of lines) {
    const text = source.text.trim();
    const rule = text && RULES.find((r) => (r.anywhere || atTop) && r.pattern.test(text));
    if (rule) {
      notes.push({ line: source.line, message: `removed ${rule.reason}: ${text}` });
      continue;
    }
    if (text) atTop = false;
    kept.push(source);
  }
  return { lines: kept, notes };
}

/** A paragraph or heading of the text: one non-blank line. */
export interface Block {
  line: number;
  text: string;
}

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Matches `title` at the start of a text, whatever white space separates its words. */
function headlinePrefix(title: string): RegExp {
  const words = normalise(title)
    .split(' ')
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${words.join('\\s+')}\\s+`, 'u');
}

/**
 * Takes the headline (the block at `at`, if it is in the text) out of the
 * blocks, and its copies with it: pages often print the headline twice, as the
 * heading and again glued to the start of the first paragraph or on a line of
 * its own. The copy goes, the text after it stays. Only the block right after
 * the headline loses a glued copy, and elsewhere only exact copies go, so a
 * paragraph further down that merely begins like the headline is kept.
 */
export function removeHeadline(
  blocks: readonly Block[],
  title: string,
  at: number | undefined,
): { blocks: Block[]; notes: Note[] } {
  const notes: Note[] = [];
  if (at !== undefined) {
    notes.push({ line: blocks[at]!.line, message: `took the headline: ${blocks[at]!.text}` });
  }
  const head = normalise(title);
  const prefix = headlinePrefix(title);
  const result: Block[] = [];
  blocks.forEach((block, index) => {
    if (index === at) return;
    const text = block.text.trim();
    if (normalise(text) === head) {
      notes.push({ line: block.line, message: `removed repeated headline: ${text}` });
      return;
    }
    const glued = index === (at ?? -1) + 1 ? prefix.exec(text) : null;
    if (glued) {
      notes.push({
        line: block.line,
        message: `removed the headline repeated at the start of the paragraph: ${glued[0].trim()}`,
      });
      result.push({ line: block.line, text: text.slice(glued[0].length) });
      return;
    }
    result.push(block);
  });
  return { blocks: result, notes };
}
