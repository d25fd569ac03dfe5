// What every dashboard page shares: reading the query API of this origin with the signed-in user's token, telling the
// user what went wrong in words, the "loaded" marker, and formatting numbers, dates and enum values the same way on
// every page.
import { accessToken, signedInUser, signOut, tokenRefused } from './auth.js';

/**
 * An answer of the query API other than 2xx, told in words: the problem's title and detail, never its payload; with
 * the problem's Tandem type (e.g. "not-on-care-team") when it has one.
 */
export class ApiError extends Error {
  constructor(status, message, type = null) {
    super(message);
    this.status = status;
    this.type = type;
  }
}

/** GETs a path of the query API as the signed-in user, with any extra headers (e.g. to break the glass). */
export async function getJson(path, headers = {}) {
  return requestJson('GET', path, headers);
}

/** A request to the query API with the user's token; the JSON answer, or null for 204. */
export async function requestJson(method, path, headers = {}) {
  const token = await accessToken();
  let response;
  try {
    response = await fetch(path, {
      method,
      headers: { ...headers, Accept: 'application/json', Authorization: `Bearer ${token}` },
    });
  } catch {
    throw new ApiError(0, 'The query service could not be reached. Check the connection and try again.');
  }
  if (response.status === 401) {
    return tokenRefused();
  }
  if (!response.ok) {
    const { text, type } = await problemOf(response);
    throw new ApiError(response.status, text, type);
  }
  showStaleness(response.headers.get('Tandem-Read-Models-Stale'));
  return response.status === 204 ? null : response.json();
}

/**
 * Whether the signed-in user holds one of the roles: pages leave out what a role may not see rather than ask for it
 * and be refused. The query API decides all the same.
 */
export function userHasRole(...roles) {
  const user = signedInUser();
  return user !== null && roles.some((role) => user.roles.includes(role));
}

/**
 * The answer, or null when the user's role may not see it (403): for parts of a page that some roles go without, and
 * not asked for at all when the user's roles (as the issuer's token names them) cannot see it.
 */
export async function ifAllowed(roles, request) {
  if (!userHasRole(...roles)) {
    return null;
  }
  try {
    return await request();
  } catch (error) {
    if (error instanceof ApiError && error.status === 403) {
      return null;
    }
    throw error;
  }
}

/**
 * The banner that says the figures on the page may be out of date, while the query API marks its answers stale: a
 * read model behind the event feed, stalled, or holding events it could not apply. Hidden otherwise.
 */
function showStaleness(stale) {
  let banner = document.getElementById('stale-banner');
  if (!stale) {
    if (banner) {
      banner.hidden = true;
    }
    return;
  }
  if (!banner) {
    banner = document.createElement('div');
    banner.id = 'stale-banner';
    banner.className = 'stale';
    banner.setAttribute('role', 'status');
    banner.dataset.testid = 'stale-banner';
    const main = document.getElementById('main');
    main.insertBefore(banner, main.firstChild);
  }
  banner.textContent = `Some figures may be out of date: ${stale}. They catch up once the read side does.`;
  banner.hidden = false;
}

async function problemOf(response) {
  const contentType = response.headers.get('Content-Type') || '';
  if (contentType.includes('json')) {
    try {
      const problem = await response.json();
      const said = [problem.title, problem.detail].filter((part) => typeof part === 'string' && part);
      const type = typeof problem.type === 'string' ? problem.type.split('/').pop() : null;
      if (said.length > 0) {
        return { text: said.join(': '), type };
      }
    } catch {
      // Not JSON after all: fall through to the status alone.
    }
  }
  return {
    text: response.status >= 500
      ? `The query service failed to answer (HTTP ${response.status}). Try again in a moment.`
      : `The query service refused the request (HTTP ${response.status}).`,
    type: null,
  };
}

/**
 * Runs a page's loading: the status line reads "Loading…" until every request is answered, then "Loaded" with
 * data-state="loaded" on it and data-loaded="true" on the body (what a browser test waits for), or the error in
 * words in the alert region and data-state="error".
 */
export async function load(work) {
  const status = document.getElementById('load-status');
  const alert = document.getElementById('error-message');
  status.dataset.state = 'loading';
  status.textContent = 'Loading…';
  document.body.dataset.loaded = 'false';
  alert.hidden = true;
  alert.textContent = '';
  try {
    await work();
    status.dataset.state = 'loaded';
    status.textContent = 'Loaded';
    document.body.dataset.loaded = 'true';
  } catch (error) {
    status.dataset.state = 'error';
    status.textContent = 'Not loaded';
    alert.textContent = error instanceof ApiError ? error.message : `The page could not be shown: ${error.message}`;
    alert.hidden = false;
  }
}

// Formatting. Every figure also carries the API's raw value in data-value, so a test can compare it exactly.

/** A rate of the API (a fraction, 0 to 1, or null): "83.3%", or "—" when there is nothing to divide by. */
export function formatRate(rate) {
  return rate === null || rate === undefined ? '—' : `${(rate * 100).toFixed(1)}%`;
}

/** Hours as the API gives them (decimal hours): two decimals, "9.00 h". */
export function formatHours(hours) {
  return hours === null || hours === undefined ? '—' : `${Number(hours).toFixed(2)} h`;
}

export function formatCount(count) {
  return count === null || count === undefined ? '—' : String(count);
}

const ACRONYMS = new Set(['IOP', 'PHP']);

/** SCHEDULING_CONFLICT → "Scheduling conflict", IOP_ADULT → "IOP adult". */
export function formatEnum(value) {
  if (!value) {
    return '—';
  }
  const words = value.split('_').map((word) => (ACRONYMS.has(word) ? word : word.toLowerCase())).join(' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function partsIn(timeZone, instant) {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  }).formatToParts(new Date(instant));
  return Object.fromEntries(parts.map((part) => [part.type, part.value]));
}

/** The clinic's date of an instant: "2026-03-02". */
export function clinicDate(timeZone, instant) {
  const parts = partsIn(timeZone, instant);
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** The clinic's date and time of an instant: "2026-03-02 15:00". */
export function clinicDateTime(timeZone, instant) {
  const parts = partsIn(timeZone, instant);
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}

/** The clinic's time of day of an instant: "15:00". */
export function clinicTime(timeZone, instant) {
  const parts = partsIn(timeZone, instant);
  return `${parts.hour}:${parts.minute}`;
}

// ISO weeks ("2026-W10"), computed on dates ("2026-03-02") so that no browser time zone enters.

const DAY = 86_400_000;

function utcDate(date) {
  return new Date(`${date}T00:00:00Z`);
}

function dateString(utc) {
  return utc.toISOString().slice(0, 10);
}

export function isoWeekOf(date) {
  const day = utcDate(date);
  const thursday = new Date(day.getTime() + (3 - ((day.getUTCDay() + 6) % 7)) * DAY);
  const year = thursday.getUTCFullYear();
  const week = 1 + Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / DAY / 7);
  return `${year}-W${String(week).padStart(2, '0')}`;
}

export function isIsoWeek(value) {
  return typeof value === 'string' && /^\d{4}-W\d{2}$/.test(value) && isoWeekOf(mondayOf(value)) === value;
}

/** The Monday of an ISO week, as a date. */
export function mondayOf(isoWeek) {
  const [year, week] = isoWeek.split('-W').map(Number);
  const januaryFourth = Date.UTC(year, 0, 4);
  const firstMonday = januaryFourth - ((new Date(januaryFourth).getUTCDay() + 6) % 7) * DAY;
  return dateString(new Date(firstMonday + (week - 1) * 7 * DAY));
}

export function addDays(date, days) {
  return dateString(new Date(utcDate(date).getTime() + days * DAY));
}

export function addWeeks(isoWeek, weeks) {
  return isoWeekOf(addDays(mondayOf(isoWeek), weeks * 7));
}

// Small DOM helpers: text only, never HTML from the API.

/** An element with attributes and children (strings become text). */
export function element(name, attributes = {}, ...children) {
  const created = document.createElement(name);
  for (const [key, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) {
      continue;
    }
    if (key === 'dataset') {
      Object.assign(created.dataset, value);
    } else {
      created.setAttribute(key, value === true ? '' : String(value));
    }
  }
  created.append(...children.flat().filter((child) => child !== null && child !== undefined));
  return created;
}

/** A figure: its formatted text, with the API's raw value in data-value and a stable data-testid. */
export function figure(testId, rawValue, text) {
  return element('span', { 'data-testid': testId, 'data-value': JSON.stringify(rawValue ?? null) }, text);
}

export function planLink(planId) {
  return element('a', { href: `plan.html?planId=${encodeURIComponent(planId)}` }, planId);
}

export function clinicianLink(clinicianId, week) {
  const query = new URLSearchParams({ clinicianId });
  if (week) {
    query.set('week', week);
  }
  return element('a', { href: `clinician.html?${query}` }, clinicianId);
}

/** A table with a caption, header cells and rows of cells (each a node or text). */
export function table(attributes, caption, headers, rows) {
  return element('table', attributes,
    element('caption', {}, caption),
    element('thead', {}, element('tr', {}, headers.map((header) => element('th', { scope: 'col' }, header)))),
    element('tbody', {}, rows.map((cells) => element('tr', {}, cells.map((cell) => element('td', {}, cell))))));
}

/**
 * Previous / next buttons over a page of the API ({items, page, size, totalItems, totalPages}); onPage(n) loads page n.
 */
export function pager(testId, page, onPage) {
  const previous = element('button', { type: 'button', disabled: page.page === 0 }, 'Previous page');
  const next = element('button', { type: 'button', disabled: page.page + 1 >= page.totalPages }, 'Next page');
  previous.addEventListener('click', () => onPage(page.page - 1));
  next.addEventListener('click', () => onPage(page.page + 1));
  const shown = page.totalPages === 0 ? 'No items'
    : `Page ${page.page + 1} of ${page.totalPages}, ${page.totalItems} in all`;
  return element('nav', { class: 'pager', 'aria-label': `${testId} pages`, 'data-testid': `${testId}-pager` },
    previous, element('span', { 'data-testid': `${testId}-page` }, shown), next);
}

/** Replaces the children of the element with the given id. */
export function show(id, ...children) {
  document.getElementById(id).replaceChildren(...children.flat());
}

/** The page's query parameter, or the fallback. */
export function parameter(name, fallback = null) {
  return new URLSearchParams(window.location.search).get(name) ?? fallback;
}

/** Puts the parameters into the address (so the view can be bookmarked and reloaded) without reloading. */
export function setParameters(parameters) {
  const query = new URLSearchParams(window.location.search);
  for (const [name, value] of Object.entries(parameters)) {
    if (value === null || value === undefined || value === '') {
      query.delete(name);
    } else {
      query.set(name, value);
    }
  }
  window.history.replaceState(null, '', `${window.location.pathname}?${query}`);
}

/** Each page, and the roles it is for (the query API decides; this only keeps links off that would be refused). */
const PAGES = [
  ['me.html', 'My record', ['participant']],
  ['index.html', 'Program overview', ['clinician', 'compliance', 'program-lead', 'operator']],
  ['plans.html', 'Plans', ['clinician']],
  ['clinician.html', 'Clinician week', ['clinician']],
  ['access.html', 'Access audit', ['compliance']],
];

/** The skip link, the site navigation with the current page marked, and who is signed in with a way out. */
export function siteHeader(current) {
  const user = signedInUser();
  const pages = PAGES.filter(([, , roles]) => !roles || !user || userHasRole(...roles));
  const signOutButton = element('button', { type: 'button', class: 'sign-out', 'data-testid': 'sign-out' }, 'Sign out');
  signOutButton.addEventListener('click', () => signOut());
  const header = document.getElementById('site-header');
  header.replaceChildren(
    element('a', { class: 'skip-link', href: '#main' }, 'Skip to content'),
    element('span', { class: 'brand' }, 'Tandem dashboard'),
    element('nav', { 'aria-label': 'Dashboard pages' },
      element('ul', {}, pages.map(([href, label]) => element('li', {},
        element('a', { href, 'aria-current': href === current ? 'page' : null }, label))))),
    user ? element('span', { class: 'user', 'data-testid': 'signed-in-user' },
      `${user.name} (${user.roles.join(', ') || 'no role'})`, signOutButton) : null);
}
