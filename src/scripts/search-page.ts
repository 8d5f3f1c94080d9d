import { isLocale, locales, type Locale } from '../i18n/locales';
import type { UiStrings } from '../i18n/ui-schema';
import { formatPartialDate, parsePartialDate } from '../lib/partial-date';
import { buildExcerpt } from '../lib/search/excerpt';
import { languageSwitches } from '../lib/search/passage-anchors';
import { fallbackLanguages, firstOfEachLanguage } from '../lib/search/verify-match';
import { queryKey, words } from '../lib/search/search-key';
import { readSearchParams, writeSearchParams, type SearchState } from '../lib/search/search-params';
import { chunksToPreload } from '../lib/search/index-chunks';
import { languageFacet, newestFirst } from '../lib/search/page-languages';
import {
  loadSearch,
  preloadSearch,
  type PagefindResult,
  type PagefindResultData,
} from './pagefind-api';
import { workSlicer } from './yield-to-browser';

interface Strings {
  loading: string;
  count: UiStrings['search.count'];
  none: string;
  error: string;
  more: string;
  outletUnknown: string;
  dateUnknown: string;
  entityFilter: string;
  removeEntity: string;
}

const PAGE_SIZE = 10;

/** The query keys of what the reader typed (see lib/search/search-key.ts). */
function keysOf(query: string): string[] {
  return [...new Set(words(query).map(queryKey))].filter(Boolean);
}

/** Wires the search page: form, language filter, URL, results. */
export function startSearchPage(): void {
  const root = document.querySelector<HTMLElement>('.search-page');
  if (!root) return;
  const ui = (isLocale(root.dataset.ui) ? root.dataset.ui : locales[0]) as Locale;
  const strings = JSON.parse(root.dataset.strings ?? '{}') as Strings;
  const entityNames = JSON.parse(root.dataset.entities ?? '{}') as Record<string, string>;
  const form = root.querySelector<HTMLFormElement>('#search-form')!;
  const input = root.querySelector<HTMLInputElement>('#search-input')!;
  const boxes = [...root.querySelectorAll<HTMLInputElement>('input[name="lang"]')];
  const order = root.querySelector<HTMLSelectElement>('#search-sort')!;
  const status = root.querySelector<HTMLElement>('#search-status')!;
  const results = root.querySelector<HTMLElement>('#search-results')!;
  const list = results.querySelector<HTMLOListElement>('ol')!;
  const more = results.querySelector<HTMLButtonElement>('.search-results__more')!;
  const entityFilter = root.querySelector<HTMLElement>('#search-entities')!;
  const plural = new Intl.PluralRules(ui);
  const languageNames = new Intl.DisplayNames([ui], { type: 'language' });
  let searchId = 0;
  let pending: PagefindResult[] = [];
  let keys: string[] = [];
  // The entity filter has no form control: it comes from the URL (entity pages
  // link to `?entity=<id>`) and is shown by name with a button that removes it.
  let entities: string[] = [];

  const state = (): SearchState => ({
    query: input.value.trim(),
    languages: boxes
      .filter((box) => box.checked)
      .map((box) => box.value)
      .filter(isLocale),
    entities,
    order: order.value === 'newest' ? 'newest' : 'relevance',
  });

  const show = (next: SearchState) => {
    input.value = next.query;
    order.value = next.order;
    for (const box of boxes) box.checked = next.languages.includes(box.value as Locale);
    entities = next.entities.filter((id) => id in entityNames);
    showEntities();
  };

  const showEntities = () => {
    entityFilter.hidden = entities.length === 0;
    entityFilter.replaceChildren(strings.entityFilter, ' ');
    for (const id of entities) {
      const name = entityNames[id]!;
      const chip = entityFilter.appendChild(document.createElement('span'));
      chip.className = 'search-entity';
      chip.dataset.entity = id;
      chip.append(name, ' ');
      const remove = chip.appendChild(document.createElement('button'));
      remove.type = 'button';
      remove.textContent = '×';
      remove.setAttribute('aria-label', strings.removeEntity.replace('{name}', name));
      remove.addEventListener('click', () => {
        entities = entities.filter((other) => other !== id);
        showEntities();
        update(true);
        input.focus();
      });
    }
  };

  const renderMore = async (loaded?: Promise<PagefindResultData[]>) => {
    const batch = pending.splice(0, PAGE_SIZE);
    const id = searchId;
    const data = await (loaded ?? Promise.all(batch.map((result) => result.data())));
    if (id !== searchId) return;
    // An excerpt stems words of its result: a whole page of them in one task could
    // block input for hundreds of ms on a slow phone, so the work is sliced.
    const pause = workSlicer();
    for (const item of data) {
      list.append(resultItem(item, keys, ui, strings, languageNames));
      await pause();
      if (id !== searchId) return;
    }
    more.hidden = pending.length === 0;
  };

  const run = async () => {
    const id = ++searchId;
    const current = state();
    keys = keysOf(current.query);
    if (keys.length === 0 && current.entities.length === 0) {
      list.replaceChildren();
      more.hidden = true;
      status.textContent = '';
      for (const cell of root.querySelectorAll('[data-count-for]')) cell.textContent = '';
      results.dataset.state = 'idle';
      return;
    }
    results.dataset.state = 'loading';
    // The keys actually searched, for anyone checking why something matched.
    results.dataset.keys = keys.join(' ');
    status.textContent = strings.loading;
    try {
      const { pagefind, pages, chunkStarts } = await loadSearch();
      // Pagefind loads one index chunk per key; the words a key starts may go on
      // into the next chunks, which it would not search (see index-chunks.ts).
      // The keys' own chunks are loaded alongside, not after them.
      const extra = keys.flatMap((key) => chunksToPreload(chunkStarts, key));
      if (extra.length > 0) {
        await Promise.all([...keys, ...extra].map((word) => pagefind.preload(word)));
        if (id !== searchId) return;
      }
      // The language facet and the date order are ours, not a Pagefind filter
      // and sort (see page-languages.ts); the entity filter is Pagefind's.
      const filters = current.entities.length ? { entity: { any: current.entities } } : {};
      const search = await pagefind.search(keys.length ? keys.join(' ') : null, { filters });
      if (id !== searchId) return;
      // Without words, an entity filter alone lists every article that mentions it,
      // newest first (there is no relevance to rank by).
      const newest = current.order === 'newest' || keys.length === 0;
      let all = newest ? newestFirst(search.results, pages) : search.results;
      let facet = languageFacet(all, pages, current.languages);
      // The first page of results is fetched at once, with the first match of
      // each language, which tells whether that language's matches are genuine
      // (see verify-match.ts).
      const firsts = keys.length ? firstOfEachLanguage(all, pages) : [];
      const shown = facet.kept.slice(0, PAGE_SIZE);
      const fetched = new Map<PagefindResult, Promise<PagefindResultData>>();
      const data = (r: PagefindResult) => {
        if (!fetched.has(r)) fetched.set(r, r.data());
        return fetched.get(r)!;
      };
      const [checked, firstPage] = await Promise.all([
        Promise.all(firsts.map(data)),
        Promise.all(shown.map(data)),
      ]);
      if (id !== searchId) return;
      const fallback = fallbackLanguages(firsts, checked, keys, pages);
      if (fallback.size > 0) {
        all = all.filter((r) => !fallback.has(pages.get(r.id)?.lang));
        facet = languageFacet(all, pages, current.languages);
      }
      for (const cell of root.querySelectorAll<HTMLElement>('[data-count-for]')) {
        cell.textContent = `(${facet.counts[cell.dataset.countFor!] ?? 0})`;
      }
      pending = [...facet.kept];
      list.replaceChildren();
      // The page fetched above, unless a language's matches were dropped from it.
      const next = facet.kept.slice(0, PAGE_SIZE);
      const same = next.length === shown.length && next.every((r, i) => r === shown[i]);
      await renderMore(same ? Promise.resolve(firstPage) : undefined);
      if (id !== searchId) return;
      const total = facet.kept.length;
      const forms = strings.count;
      const template = forms[plural.select(total) as keyof typeof forms] ?? forms.other;
      status.textContent =
        total === 0
          ? strings.none.replace('{query}', current.query)
          : template.replace('{count}', new Intl.NumberFormat(ui).format(total));
      results.dataset.count = String(total);
      results.dataset.state = 'done';
    } catch (error) {
      if (id !== searchId) return;
      console.error(error);
      status.textContent = strings.error;
      results.dataset.state = 'error';
    }
  };

  const update = (push: boolean) => {
    const url = `${location.pathname}${writeSearchParams(state())}`;
    if (push) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
    void run();
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    update(true);
  });
  input.addEventListener('input', () => update(false));
  for (const box of boxes) box.addEventListener('change', () => update(true));
  order.addEventListener('change', () => update(true));
  more.addEventListener('click', () => void renderMore());
  window.addEventListener('popstate', () => {
    show(readSearchParams(new URLSearchParams(location.search)));
    void run();
  });

  show(readSearchParams(new URLSearchParams(location.search)));
  void run();
  // Without a query in the address, Pagefind is loaded while the reader types one.
  if (keysOf(input.value).length === 0) preloadSearch();
}

function resultItem(
  data: PagefindResultData,
  keys: string[],
  ui: Locale,
  strings: Strings,
  languageNames: Intl.DisplayNames,
): HTMLLIElement {
  const lang = data.meta.lang ?? 'und';
  const item = document.createElement('li');
  item.className = 'result';
  const heading = item.appendChild(document.createElement('h2'));
  heading.className = 'result__title';
  const link = heading.appendChild(document.createElement('a'));
  link.href = data.url;
  link.lang = lang;
  link.hreflang = lang;
  link.textContent = data.meta.title ?? data.url;
  const meta = item.appendChild(document.createElement('p'));
  meta.className = 'result__meta';
  const badge = meta.appendChild(document.createElement('span'));
  badge.className = 'badge';
  badge.textContent = languageNames.of(lang) ?? lang;
  meta.append(' ');
  meta.appendChild(document.createElement('span')).textContent =
    data.meta.outlet ?? strings.outletUnknown;
  meta.append(' ');
  const date = data.meta.date ? parsePartialDate(data.meta.date) : undefined;
  if (date) {
    const time = meta.appendChild(document.createElement('time'));
    time.dateTime = date.iso;
    time.textContent = formatPartialDate(date, ui);
  } else {
    meta.appendChild(document.createElement('span')).textContent = strings.dateUnknown;
  }
  const excerpt = item.appendChild(document.createElement('p'));
  excerpt.className = 'result__excerpt';
  excerpt.lang = lang;
  // Words of a passage in another language (the English of a German article)
  // go into an element with its `lang`, as on the article page.
  const switches = languageSwitches(data.anchors, lang);
  let passage: HTMLElement | undefined;
  for (const part of buildExcerpt(data.content, keys, lang, { switches })) {
    const node = part.mark
      ? Object.assign(document.createElement('mark'), { textContent: part.text })
      : part.text;
    if (part.lang === lang) {
      passage = undefined;
      excerpt.append(node);
      continue;
    }
    if (passage?.lang !== part.lang) {
      passage = excerpt.appendChild(document.createElement('span'));
      passage.lang = part.lang;
    }
    passage.append(node);
  }
  return item;
}
