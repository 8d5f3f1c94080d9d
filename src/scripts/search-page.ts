import { isLocale, locales, type Locale } from '../i18n/locales';
import type { UiStrings } from '../i18n/ui-schema';
import { formatPartialDate, parsePartialDate } from '../lib/partial-date';
import { readSearchParams, writeSearchParams, type SearchState } from '../lib/search/search-params';
import type { QueryProblem } from '../lib/search/query-check';
import { cutQuery } from '../lib/search/query-length';
import type { ResultView, SearchResponse } from './search-protocol';
import { startSearchWorker } from './search-client';

interface Strings {
  loading: string;
  count: UiStrings['search.count'];
  none: string;
  noWord: string;
  commonWords: string;
  error: string;
  matchedVia: string;
  outletUnknown: string;
  dateUnknown: string;
  entityFilter: string;
  removeEntity: string;
}

const PAGE_SIZE = 10;

/** The search page's elements and settings, read once from its markup. */
interface SearchPage {
  root: HTMLElement;
  ui: Locale;
  strings: Strings;
  /** Entity id → name, for the entity filter's chips. */
  entityNames: Record<string, string>;
  form: HTMLFormElement;
  input: HTMLInputElement;
  boxes: HTMLInputElement[];
  order: HTMLSelectElement;
  status: HTMLElement;
  results: HTMLElement;
  list: HTMLOListElement;
  more: HTMLButtonElement;
  entityFilter: HTMLElement;
}

/** Wires the search page: form, language filter, URL, results. */
export function startSearchPage(): void {
  const page = readSearchPage();
  if (!page) return;
  page.status.textContent = '';
  page.status.hidden = false;
  const filters = searchFilters(page, () => update(true));
  const view = resultsView(page);
  const worker = startSearchWorker(
    (response) => view.receive(response, searchId),
    () => view.workerFailed(),
  );
  let searchId = 0;

  const run = () => {
    const id = ++searchId;
    const current = filters.state();
    if (current.query === '' && current.entities.length === 0) return view.showIdle();
    view.showLoading();
    worker.post({ type: 'search', id, ...current, pageSize: PAGE_SIZE });
  };

  const update = (push: boolean) => {
    const url = `${location.pathname}${writeSearchParams(filters.state())}`;
    if (push) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
    run();
  };

  page.form.addEventListener('submit', (event) => {
    event.preventDefault();
    // A submitted search moves focus to the results' heading; typing does not.
    view.focusOnNextResults();
    update(true);
  });
  page.input.addEventListener('input', () => update(false));
  for (const box of page.boxes) box.addEventListener('change', () => update(true));
  page.order.addEventListener('change', () => update(true));
  page.more.addEventListener('click', () =>
    worker.post({ type: 'more', id: searchId, pageSize: PAGE_SIZE }),
  );
  window.addEventListener('popstate', () => {
    filters.show(readSearchParams(new URLSearchParams(location.search)));
    run();
  });

  filters.show(readSearchParams(new URLSearchParams(location.search)));
  run();
  // Without a query in the address, Pagefind is loaded while the reader types one.
  if (page.input.value.trim() === '') worker.warm();
}

/** The page's elements, or undefined on a page without the search form. */
function readSearchPage(): SearchPage | undefined {
  const root = document.querySelector<HTMLElement>('.search-page');
  if (!root) return undefined;
  const results = root.querySelector<HTMLElement>('#search-results')!;
  return {
    root,
    ui: (isLocale(root.dataset.ui) ? root.dataset.ui : locales[0]) as Locale,
    strings: JSON.parse(root.dataset.strings ?? '{}') as Strings,
    entityNames: JSON.parse(root.dataset.entities ?? '{}') as Record<string, string>,
    form: root.querySelector<HTMLFormElement>('#search-form')!,
    input: root.querySelector<HTMLInputElement>('#search-input')!,
    boxes: [...root.querySelectorAll<HTMLInputElement>('input[name="lang"]')],
    order: root.querySelector<HTMLSelectElement>('#search-sort')!,
    status: root.querySelector<HTMLElement>('#search-status')!,
    results,
    list: results.querySelector<HTMLOListElement>('ol')!,
    more: results.querySelector<HTMLButtonElement>('.search-results__more')!,
    entityFilter: root.querySelector<HTMLElement>('#search-entities')!,
  };
}

/**
 * The search's settings as the form shows them: query, languages, order and
 * the entity filter. The entity filter has no form control: it comes from the
 * URL (entity pages link to `?entity=<id>`) and is shown by name with a button
 * that removes it, which calls `changed`.
 */
function searchFilters(page: SearchPage, changed: () => void) {
  const { input, boxes, order, entityFilter, strings, entityNames } = page;
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
        changed();
        input.focus();
      });
    }
  };

  const show = (next: SearchState) => {
    input.value = next.query;
    order.value = next.order;
    for (const box of boxes) box.checked = next.languages.includes(box.value as Locale);
    entities = next.entities.filter((id) => id in entityNames);
    showEntities();
  };

  return { state, show };
}

/** The results area: status line, language counts, the list and its "More" button. */
function resultsView(page: SearchPage) {
  const { root, ui, strings, input, boxes, status, results, list, more } = page;
  const plural = new Intl.PluralRules(ui);
  const languageNames = new Intl.DisplayNames([ui], { type: 'language' });
  const items = (views: ResultView[]) =>
    views.map((view) => resultItem(view, ui, strings, languageNames));
  // What the status line says about the results shown.
  let countText = '';
  let focusResults = false;

  const showIdle = (reason?: QueryProblem) => {
    list.replaceChildren();
    more.hidden = true;
    status.textContent = reason ? strings[reason === 'no-word' ? 'noWord' : 'commonWords'] : '';
    for (const cell of root.querySelectorAll('[data-count-for]')) cell.textContent = '';
    for (const box of boxes) box.disabled = false;
    delete results.dataset.keys;
    // A query the page will not search (no word, only common words) is answered, not pending.
    results.dataset.state = reason ? 'refused' : 'idle';
  };

  const showError = (message: string) => {
    console.error(message);
    status.textContent = strings.error;
    results.dataset.state = 'error';
  };

  const showLoading = () => {
    results.dataset.state = 'loading';
    status.textContent = strings.loading;
  };

  const showMore = (response: Extract<SearchResponse, { type: 'more' }>) => {
    list.append(...items(response.results));
    more.hidden = !response.more;
    // After a failed "More", a retry that worked shows the count again.
    status.textContent = countText;
    results.dataset.state = 'done';
  };

  const showResults = (response: Extract<SearchResponse, { type: 'results' }>) => {
    for (const cell of root.querySelectorAll<HTMLElement>('[data-count-for]')) {
      cell.textContent = `(${response.counts[cell.dataset.countFor!] ?? 0})`;
    }
    // A language without results is shown with its (0) but cannot be ticked.
    for (const box of boxes) box.disabled = !box.checked && !response.counts[box.value];
    list.replaceChildren(...items(response.results));
    more.hidden = !response.more;
    const { total } = response;
    countText = countLine(total, cutQuery(input.value), strings, ui, plural);
    status.textContent = countText;
    if (focusResults) status.focus();
    focusResults = false;
    // The keys actually searched, for anyone checking why something matched.
    results.dataset.keys = response.keys.join(' ');
    results.dataset.count = String(total);
    results.dataset.steps = JSON.stringify(response.steps ?? {});
    results.dataset.state = 'done';
  };

  /** Shows an answer of the worker, unless it answers an older search than `newest`. */
  const receive = (response: SearchResponse, newest: number) => {
    // An answer to an older search is dropped: the reader has typed on.
    if (response.id !== newest) return;
    if (response.type === 'idle') return showIdle(response.reason);
    if (response.type === 'error') return showError(response.message);
    if (response.type === 'more') return showMore(response);
    showResults(response);
  };

  const workerFailed = () => {
    if (results.dataset.state === 'loading') showError('the search worker failed');
  };

  const focusOnNextResults = () => {
    focusResults = true;
  };

  return { receive, showIdle, showLoading, workerFailed, focusOnNextResults };
}

/** What the status line says about `total` results of `query`. */
function countLine(
  total: number,
  query: string,
  strings: Strings,
  ui: Locale,
  plural: Intl.PluralRules,
): string {
  if (total === 0) return strings.none.replace('{query}', query);
  const forms = strings.count;
  const template = forms[plural.select(total) as keyof typeof forms] ?? forms.other;
  return template.replace('{count}', new Intl.NumberFormat(ui).format(total));
}

function resultItem(
  view: ResultView,
  ui: Locale,
  strings: Strings,
  languageNames: Intl.DisplayNames,
): HTMLLIElement {
  const { lang } = view;
  const item = document.createElement('li');
  item.className = 'result';
  const heading = item.appendChild(document.createElement('h2'));
  heading.className = 'result__title';
  const link = heading.appendChild(document.createElement('a'));
  link.href = view.url;
  link.lang = lang;
  link.hreflang = lang;
  link.textContent = view.title;
  const meta = item.appendChild(document.createElement('p'));
  meta.className = 'result__meta';
  const badge = meta.appendChild(document.createElement('span'));
  badge.className = 'badge';
  badge.textContent = languageNames.of(lang) ?? lang;
  meta.append(' ');
  meta.appendChild(document.createElement('span')).textContent =
    view.outlet ?? strings.outletUnknown;
  meta.append(' ');
  const date = view.date ? parsePartialDate(view.date) : undefined;
  if (date) {
    const time = meta.appendChild(document.createElement('time'));
    time.dateTime = date.iso;
    time.textContent = formatPartialDate(date, ui);
  } else {
    meta.appendChild(document.createElement('span')).textContent = strings.dateUnknown;
  }
  if (view.via?.length) item.append(matchedVia(view.via, strings.matchedVia));
  const excerpt = item.appendChild(document.createElement('p'));
  excerpt.className = 'result__excerpt';
  excerpt.lang = lang;
  // Words of a passage in another language (the English of a German article)
  // go into an element with its `lang`, as on the article page.
  let passage: HTMLElement | undefined;
  for (const part of view.excerpt) {
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

/**
 * "Found as Moskau — Moscow": the words of a result found only through
 * equivalents, each in its own language, with the query words they stand for.
 */
function matchedVia(via: NonNullable<ResultView['via']>, template: string): HTMLParagraphElement {
  const line = document.createElement('p');
  line.className = 'result__via';
  const [before, after = ''] = template.split('{matches}');
  line.append(before ?? '');
  via.forEach((match, i) => {
    if (i > 0) line.append(', ');
    const found = line.appendChild(document.createElement('span'));
    found.lang = match.lang;
    found.textContent = match.found;
    line.append(' — ', match.query);
  });
  line.append(after);
  return line;
}
