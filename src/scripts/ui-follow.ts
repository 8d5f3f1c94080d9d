// Shows an article page's interface (menus, labels, dates) in the reader's
// chosen language; the article's text keeps its own. What each element needs
// is in its attributes, written by lib/ui-follow.ts. Without this script, or
// until the strings arrive, the interface stays in the article's language.
import { fill } from '../i18n/fill';
import { formatPartialDate, parsePartialDate } from '../lib/partial-date';
import { UI_CHOICE_KEY, UI_SLOT, type FollowValue } from '../lib/ui-choice';

type Strings = Record<string, string | Record<string, string>>;
/** What `/<ui>/ui-strings.json` holds (lib/ui-follow.ts). */
interface FollowData {
  version: string;
  strings: Strings;
  entities: Record<string, string>;
}

const pageUi = document.documentElement.dataset.ui ?? '';
const {
  strings: stringsPath = '',
  version: uiVersion = '',
  entity: entityPath = '',
} = document.querySelector<HTMLElement>('[data-ui-follow]')?.dataset ?? {};
let shown = pageUi;

function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Storage turned off: the choice holds for this page only.
  }
}

/** The strings of `ui` kept from an earlier page, if they are this build's. */
function cachedData(ui: string): FollowData | undefined {
  try {
    const kept = JSON.parse(read(`${UI_CHOICE_KEY}:${ui}`) ?? 'null') as FollowData | null;
    return kept?.version === uiVersion ? kept : undefined;
  } catch {
    return undefined;
  }
}

async function fetchData(ui: string): Promise<FollowData> {
  const response = await fetch(stringsPath.replace(UI_SLOT, ui));
  if (!response.ok) throw new Error(`${response.status} ${response.url}`);
  const body = await response.text();
  write(`${UI_CHOICE_KEY}:${ui}`, body);
  return JSON.parse(body) as FollowData;
}

function each(selector: string, update: (element: HTMLElement) => void): void {
  document.querySelectorAll<HTMLElement>(selector).forEach(update);
}

function apply(ui: string, { strings, entities }: FollowData): void {
  const numbers = new Intl.NumberFormat(ui);
  const names = new Intl.DisplayNames([ui], { type: 'language', fallback: 'code' });
  const lists = new Intl.ListFormat(ui, { style: 'long', type: 'conjunction' });
  const plurals = new Intl.PluralRules(ui);
  const name = (code: string) => names.of(code) ?? code;
  const value = (v: FollowValue) =>
    typeof v !== 'object' ? v : 'lang' in v ? name(v.lang) : lists.format(v.langs.map(name));
  const text = (key: string, data: DOMStringMap = {}): string => {
    const count = Number(data.tCount);
    const entry = strings[key] ?? '';
    let template =
      typeof entry === 'string' ? entry : (entry[plurals.select(count)] ?? entry.other!);
    if (data.tPart) template = template.split('{link}')[Number(data.tPart)] ?? '';
    const vars = JSON.parse(data.tVars ?? '{}') as Record<string, FollowValue>;
    const values = Object.fromEntries(Object.entries(vars).map(([k, v]) => [k, value(v)]));
    return fill(template, { count, ...values }, (n) => numbers.format(n));
  };
  each('[data-t]', (el) => (el.textContent = text(el.dataset.t!, el.dataset)));
  each('[data-t-attrs]', (el) => {
    for (const [attribute, key] of Object.entries(JSON.parse(el.dataset.tAttrs!) as object))
      el.setAttribute(attribute, text(String(key)));
  });
  each('[data-t-names]', (el) => {
    const own = (JSON.parse(el.dataset.tNames!) as Record<string, string>)[ui];
    if (own) el.textContent = own;
  });
  each('[data-t-entity]', (el) => {
    const id = el.dataset.tEntity!;
    if (entities[id]) el.textContent = entities[id];
    el.setAttribute('href', entityPath.replace(UI_SLOT, ui).replace('{id}', id));
  });
  each('[data-t-lang]', (el) => (el.textContent = name(el.dataset.tLang!)));
  each(
    '[data-t-langs]',
    (el) => (el.textContent = String(value({ langs: el.dataset.tLangs!.split(' ') }))),
  );
  each('time[data-t-date]', (el) => {
    const date = parsePartialDate(el.getAttribute('datetime') ?? '');
    if (date) el.textContent = formatPartialDate(date, ui);
  });
  each('[data-t-href]', (el) => el.setAttribute('href', el.dataset.tHref!.replace(UI_SLOT, ui)));
  each('[data-t-action]', (el) =>
    el.setAttribute('action', el.dataset.tAction!.replace(UI_SLOT, ui)),
  );
  each('[data-ui-lang]', (el) => (el.lang = ui));
  each('.ui-languages a[hreflang]', (el) => {
    if (el.getAttribute('hreflang') === ui) el.setAttribute('aria-current', 'true');
    else el.removeAttribute('aria-current');
  });
  each('[data-t-endonym]', (el) => {
    el.textContent = document.querySelector(`.ui-languages a[hreflang="${ui}"]`)?.textContent ?? ui;
    el.lang = ui;
  });
  shown = ui;
}

async function show(ui: string): Promise<void> {
  if (ui === shown) return;
  apply(ui, cachedData(ui) ?? (await fetchData(ui)));
}

/** A language the page offers in its menu (a stored value is never trusted further). */
const offered = (ui: string | null): ui is string =>
  !!ui && !!document.querySelector(`.ui-languages a[hreflang="${CSS.escape(ui)}"]`);

const choice = read(UI_CHOICE_KEY);
if (offered(choice)) show(choice).catch(() => undefined);

// The interface-language menu switches this page's interface and keeps the
// reader on the article (without the script it leads to that language's home).
document.addEventListener('click', (event) => {
  const link = (event.target as Element).closest<HTMLAnchorElement>('.ui-languages a[hreflang]');
  if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
  event.preventDefault();
  write(UI_CHOICE_KEY, link.hreflang);
  link.closest('details')?.removeAttribute('open');
  show(link.hreflang).catch(() => (location.href = link.href));
});
