// A participant's own record: their sessions with their own attendance, their consents, what was shared with them
// about others (under those persons' consents, with the notice against redisclosure), and the accounting of who
// received information about them. Never another person's record: the query API answers a participant nothing else.
import {
  ApiError, clinicDateTime, element, formatEnum, getJson, load, show, siteHeader, table,
} from './common.js';
import { signedInUser } from './auth.js';
import { showCalendarFeed } from './calendarfeed.js';

siteHeader('me.html');
load(async () => {
  const clinic = await getJson('/api/clinic');
  const me = signedInUser()?.participantId;
  if (!me) {
    throw new ApiError(403, 'This account is bound to no participant: ask the clinic to check your login.');
  }
  const person = `/api/participants/${encodeURIComponent(me)}`;
  const [plans, consents, received, accounting] = await Promise.all([
    getJson(`${person}/plans`), getJson(`${person}/consents`), getJson(`${person}/received-disclosures`),
    getJson(`${person}/disclosures`),
  ]);
  const zone = clinic.timeZone;
  show('time-zone', `Times in ${zone}`);
  const schedules = await Promise.all(plans.planIds.map((planId) => getJson(
    `/api/treatment-plans/${encodeURIComponent(planId)}/participants/${encodeURIComponent(me)}/schedule`)));
  showSessions(schedules.flatMap((schedule) => schedule.sessions), zone);
  showConsents(consents.consents);
  showReceived(received.received, zone);
  showAccounting(accounting.disclosures, zone);
  await showCalendarFeed('calendar-feed', zone);
});

function attendanceText(session) {
  const attendance = session.attendance;
  if (session.status === 'CANCELLED') {
    return `Cancelled (${formatEnum(session.cancellationReason).toLowerCase()})`;
  }
  return attendance ? formatEnum(attendance.status) : 'Expected';
}

function showSessions(sessions, zone) {
  const ordered = [...sessions].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  show('my-sessions', ordered.length === 0 ? element('p', { class: 'empty' }, 'No session yet.')
    : table({ 'data-testid': 'my-sessions-table' }, `My sessions (times in ${zone})`,
      ['When', 'Session', 'Minutes', 'Clinician', 'My attendance'],
      ordered.map((session) => [clinicDateTime(zone, session.startsAt), formatEnum(session.kind),
        String(session.durationMinutes), session.clinician,
        element('span', { 'data-testid': 'my-session', 'data-session-id': session.sessionId },
          attendanceText(session))])));
}

function showConsents(consents) {
  show('my-consents', consents.length === 0 ? element('p', { class: 'empty' },
    'You have given no consent: nothing about you is shared with anyone.')
    : element('ul', {}, consents.map(({ consent, state }) => element('li', { 'data-testid': 'my-consent',
      'data-state': state },
    `${formatEnum(state)}: to ${consent.recipientMember ?? consent.recipientOutsideProvider}, `
      + `${consent.information.map(formatEnum).join(', ').toLowerCase()}, `
      + `for ${formatEnum(consent.purpose).toLowerCase()}`))));
}

function showReceived(received, zone) {
  show('received', received.length === 0 ? element('p', { class: 'empty' }, 'Nothing was shared with you.')
    : received.map(({ about, disclosure }) => element('article', { class: 'received',
      'data-testid': 'received-disclosure' },
    element('h3', {}, `${formatEnum(disclosure.information)} about ${about}, ${clinicDateTime(zone,
      disclosure.disclosedAt)}`),
    element('p', {}, disclosure.content),
    element('p', { class: 'notice', 'data-testid': 'redisclosure-notice' }, disclosure.notice))));
}

function showAccounting(disclosures, zone) {
  show('accounting', disclosures.length === 0 ? element('p', { class: 'empty' },
    'Nothing about you was disclosed in the last three years.')
    : table({ 'data-testid': 'accounting-table' }, 'Disclosures of my information (last three years)',
      ['When', 'To', 'What', 'Purpose', 'Under consent'],
      disclosures.map((disclosure) => [clinicDateTime(zone, disclosure.disclosedAt), disclosure.recipient,
        formatEnum(disclosure.information), formatEnum(disclosure.purpose), disclosure.consentId])));
}
