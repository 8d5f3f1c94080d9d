import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { readArticles, type ReadArticle } from '../../../src/lib/content/read-articles';
import type { Ask } from '../../../src/lib/import/collect-fields';
import { ImportError } from '../../../src/lib/import/decode-text';
import { importArticle } from '../../../src/lib/import/import-article';
import { parseArticle, projectFile, ROOT, SEED_CASES, seedBytes } from './seed-cases';

const utf8 = (text: string) => new TextEncoder().encode(text);

/** A text in a single-byte encoding, by inverting that encoding's decoder. */
function encodeSingleByte(text: string, encoding: string): Uint8Array {
  const decoder = new TextDecoder(encoding);
  const table = new Map<string, number>();
  for (let byte = 0; byte < 256; byte++) table.set(decoder.decode(Uint8Array.of(byte)), byte);
  return Uint8Array.from([...text].map((c) => table.get(c) ?? 0x3f));
}

let collection: ReadArticle[];
beforeAll(async () => {
  collection = (await readArticles(fileURLToPath(ROOT))).articles;
});

describe.each(SEED_CASES)('importing the seed $seed', ({ seed, file, flags }) => {
  const committed = () => parseArticle(projectFile(file));
  // The collection as it would be before this article was added.
  const others = () => collection.filter((a) => a.file !== file);

  it('gives the committed file name (slug)', async () => {
    const result = await importArticle(seedBytes(seed), { ...flags, existing: others() });
    expect(result.file).toBe(file);
  });

  it('gives exactly the committed body', async () => {
    const result = await importArticle(seedBytes(seed), { ...flags, existing: others() });
    expect(parseArticle(result.markdown).body).toBe(committed().body);
  });

  it('gives front matter that parses to the committed data', async () => {
    const result = await importArticle(seedBytes(seed), { ...flags, existing: others() });
    expect(parseArticle(result.markdown).data).toEqual(committed().data);
    expect(result.article.data).toEqual(committed().data);
  });

  it('gives the same result from a copy with a byte-order mark and Windows line endings', async () => {
    const plain = await importArticle(seedBytes(seed), flags);
    const text = new TextDecoder().decode(seedBytes(seed)).replace(/\n/g, '\r\n');
    const windows = await importArticle(utf8(`\uFEFF${text}`), flags);
    expect(windows.markdown).toBe(plain.markdown);
  });

  it('refuses to replace the committed article', async () => {
    await expect(
      importArticle(seedBytes(seed), { ...flags, existing: collection }),
    ).rejects.toThrow(/already exists and is never overwritten/);
  });
});

describe('what the importer reports', () => {
  it('names every removed line of the Russian seed with its line number', async () => {
    const { notes } = await importArticle(seedBytes('003_aaa0f4996a652047.txt'));
    const removed = notes.filter((n) => n.message.startsWith('removed'));
    expect(removed.map((n) => n.line)).toEqual([1, 2, 3, 4, 5, 9]);
    expect(removed.map((n) => n.message)).toEqual([
      'removed page clutter (no words): $41.27 €43.65',
      'removed page clutter (a run of short lines (menu or link list)): menu closed',
      'removed page clutter (a run of short lines (menu or link list)): menu open',
      'removed page clutter (a run of short lines (menu or link list)): weather 0 Киев',
      'removed page clutter (a run of short lines (menu or link list)): languages',
      expect.stringMatching(/^removed the headline repeated at the start of the paragraph: Блогер/),
    ]);
    expect(notes).toContainEqual({ line: 10, message: 'took the photo credit: bzns.media' });
  });

  it('reports the date line, the headline and the headings of the Polish seed', async () => {
    const { notes } = await importArticle(seedBytes('004_4aff1e08da48c974.txt'));
    expect(notes.map((n) => n.line)).toEqual([1, 3, 7, 9]);
    expect(notes[0]!.message).toBe('took the date line as the date: 2023-06');
  });
});

describe('flags and answers', () => {
  const text = utf8(
    'Ein kurzer Titel\nDas ist der erste Absatz eines Artikels, der lang genug ist, um die Sprache sicher zu erkennen.\n',
  );

  it('writes every given fact into the front matter', async () => {
    const { article } = await importArticle(text, {
      outlet: 'Beispielblatt',
      url: 'https://example.org/a',
      author: 'Erika Muster',
      date: '2024-02-29',
      group: 'sample-group',
      translationOf: 'external',
      originalLanguage: 'fr',
      machineTranslation: true,
    });
    expect(article.id).toBe('de/ein-kurzer-titel');
    expect(article.data).toMatchObject({
      title: 'Ein kurzer Titel',
      lang: 'de',
      source: { outlet: 'Beispielblatt', url: 'https://example.org/a' },
      author: 'Erika Muster',
      date: { iso: '2024-02-29', precision: 'day' },
      group: 'sample-group',
      translationOf: 'external',
      originalLanguage: 'fr',
      machineTranslation: true,
    });
  });

  it('takes --title and --lang over what the text suggests', async () => {
    const result = await importArticle(text, { title: 'Anderer Titel', lang: 'de' });
    expect(result.article.data.title).toBe('Anderer Titel');
    // The text's own first line is then text, kept as written.
    expect(parseArticle(result.markdown).body).toContain('Ein kurzer Titel');
  });

  it('refuses a bad flag value, naming the flag and what it expects', async () => {
    await expect(importArticle(text, { url: 'javascript:alert(1)' })).rejects.toThrow(
      /--url "javascript:alert\(1\)": expected an absolute http:\/\/ or https:\/\/ URL/,
    );
    await expect(importArticle(text, { lang: 'fr' })).rejects.toThrow(/--lang "fr"/);
    await expect(importArticle(text, { date: '2023-02-30' })).rejects.toThrow(/--date/);
  });

  it('refuses a combination the schema refuses, before anything is written', async () => {
    await expect(importArticle(text, { machineTranslation: true })).rejects.toThrow(
      /machineTranslation: expected only on a translation/,
    );
  });

  it('asks for each missing fact in order, again after a bad answer, and takes "" as unknown', async () => {
    const asked: string[] = [];
    const answers: Record<string, string[]> = {
      url: ['not a url', 'https://example.org/b'],
      translationOf: ['external'],
      machineTranslation: ['no'],
    };
    const ask: Ask = async (field, error) => {
      asked.push(error ? `${field.key} (${error})` : field.key);
      return answers[field.key]?.shift() ?? '';
    };
    const { article } = await importArticle(text, { ask });
    expect(asked).toEqual([
      'date',
      'outlet',
      'url',
      'url (expected an absolute http:// or https:// URL)',
      'author',
      'group',
      'translationOf',
      'originalLanguage',
      'machineTranslation',
    ]);
    expect(article.data.source).toEqual({ url: 'https://example.org/b' });
    expect(article.data.machineTranslation).toBe(false);
    expect(article.data.author).toBeUndefined();
  });
});

describe('refused input', () => {
  const refuse = (bytes: Uint8Array) => expect(importArticle(bytes)).rejects;

  it('refuses an empty file', async () => {
    await refuse(new Uint8Array()).toThrow(/empty/);
    await refuse(utf8(' \n\r\n\t')).toThrow(/no text/);
  });

  it('refuses a binary file', async () => {
    await refuse(
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
    ).toThrow(/NUL bytes.*expected plain UTF-8 text/);
  });

  it('reads a windows-1251 or ISO-8859-2 text that chardet recognises, and says so', async () => {
    const russian =
      'Заголовок статьи о новой станции метро\nПервые пассажиры смогли воспользоваться новой станцией в понедельник утром, сообщили в пресс-службе метрополитена.\n';
    const polish =
      'Rząd przyjął projekt ustawy o cenach energii\nRada Ministrów przyjęła we wtorek projekt ustawy, który ma zamrozić ceny prądu dla gospodarstw domowych do końca roku.\n';
    for (const [text, encoding] of [
      [russian, 'windows-1251'],
      [polish, 'iso-8859-2'],
    ] as const) {
      const bytes = encodeSingleByte(text, encoding);
      const { article, notes, markdown } = await importArticle(bytes);
      expect(article.data.title).toBe(text.split('\n')[0]);
      expect(markdown).toContain(text.split('\n')[1]);
      expect(notes[0]!.message).toMatch(new RegExp(`read it as ${encoding}`, 'i'));
    }
  });

  it('refuses text in an encoding it cannot recognise surely, naming the line and its guess', async () => {
    // "Größe" in windows-1252 on line 2: too little text to tell the encoding.
    const bytes = new Uint8Array([...utf8('Titel\n'), 0x47, 0x72, 0xf6, 0xdf, 0x65, 0x0a]);
    await refuse(bytes).toThrow(/not valid UTF-8 \(first bad byte on line 2\).*iconv -f/);
  });

  it('refuses a French or an Italian text, naming the language', async () => {
    const french =
      'Le Kazakhstan prend ses distances\nDepuis le début de la guerre, le Kazakhstan cherche à préserver sa neutralité tout en évitant que son territoire serve à contourner les sanctions occidentales.\n';
    const italian =
      'Il Kazakistan prende le distanze\nDall’inizio della guerra, il Kazakistan cerca di preservare la propria neutralità evitando che il suo territorio venga usato per aggirare le sanzioni occidentali.\n';
    await refuse(utf8(french)).toThrow(
      /looks like French \(fr\), which is not one of the site's languages/,
    );
    await refuse(utf8(italian)).toThrow(/looks like Italian \(it\)/);
  });

  it('refuses a text too short to tell its language unless --lang is given', async () => {
    await refuse(utf8('Short news\nIt happened today.\n')).toThrow(/too short.*--lang/);
    const { article } = await importArticle(utf8('Short news\nIt happened today.\n'), {
      lang: 'en',
    });
    expect(article.id).toBe('en/short-news');
  });

  it('refuses a headline without text, and text without a headline', async () => {
    await refuse(utf8('Nur ein Titel\n')).toThrow(/no article text/);
    await refuse(utf8('Ein Satz. Noch ein Satz.\nUnd ein dritter Satz.\n')).toThrow(/--title/);
  });

  it('refuses a second version in a language its group already has', async () => {
    const [es] = SEED_CASES;
    await expect(
      importArticle(seedBytes(es!.seed), {
        ...es!.flags,
        slug: 'otra-version',
        existing: collection,
      }),
    ).rejects.toThrow(
      /expected at most one article per language in group "kazakhstan-west-russia"/,
    );
  });

  it('throws ImportError for everything the editor can fix', async () => {
    await expect(importArticle(new Uint8Array())).rejects.toBeInstanceOf(ImportError);
  });
});
