// A plan's page: its sessions week by week with each member's attendance as it stands, couples-therapy pauses shaded,
// makeup sessions linked to the joint sessions they make up for, and the absent-partner summary beside them. Display
// names appear only as the absent-partner summary gives them to clinicians.
import {
  addDays, ApiError, clinicDate, clinicDateTime, clinicianLink, element, figure, formatCount, formatEnum, getJson,
  ifAllowed, isoWeekOf, load, mondayOf, parameter, show, siteHeader, userHasRole,
} from './common.js';
import { showCalendarFeed } from './calendarfeed.js';
import { showFhirRecord } from './fhirrecord.js';

siteHeader('plans.html');
load(async () => {
  try {
    await showPlan({});
  } catch (error) {
    if (error instanceof ApiError && error.type === 'not-on-care-team') {
      offerToBreakTheGlass();
    }
    throw error;
  }
});

/**
 * A clinician off the plan's care team may still read it, stating why: every request of the page then carries the
 * reason, and compliance staff see the reading flagged in the access audit.
 */
function offerToBreakTheGlass() {
  const form = document.getElementById('break-glass');
  form.hidden = false;
  form.onsubmit = (event) => {
    event.preventDefault();
    const reason = document.getElementById('break-glass-reason').value;
    form.hidden = true;
    load(() => showPlan({ 'Tandem-Break-The-Glass': reason }));
  };
}

async function showPlan(headers) {
  const planId = parameter('planId');
  if (!planId) {
    throw new ApiError(400, 'No plan chosen: open a plan from the Plans page.');
  }
  const path = `/api/treatment-plans/${encodeURIComponent(planId)}`;
  const [clinic, plan, schedule, summary] = await Promise.all([
    getJson('/api/clinic'), getJson(path, headers), getJson(`${path}/schedule`, headers),
    getJson(`${path}/absent-partner-summary`, headers),
  ]);
  const zone = clinic.timeZone;
  document.title = `Plan ${plan.planId} · Tandem`;
  show('plan-id', plan.planId);
  show('time-zone', `Dates and times in ${zone}`);
  const names = new Map(summary.partners.map((partner) => [partner.participantId, partner.displayName]));
  showFacts(plan, schedule, zone, clinic.week);
  showPauses(plan.couplesTherapyPauses, zone);
  showTimeline(schedule, plan.couplesTherapyPauses, names, zone);
  showSummary(summary, zone);
  await showConsents(schedule.members, names, zone, headers);
  if (userHasRole('clinician')) {
    document.getElementById('fhir-section').hidden = false;
    showFhirRecord('fhir-record', plan.planId, headers);
    // A clinician's own feed: their sessions across plans, this one's among them.
    document.getElementById('calendar-section').hidden = false;
    await showCalendarFeed('calendar-feed', zone);
  }
}

/**
 * Each member's consents in force (42 CFR 2.31) and, from them, what each member may receive about the others: a
 * summary of a missed joint session is shared only under the consent of each person it is about.
 */
async function showConsents(members, names, zone, headers) {
  const records = await Promise.all(members.map((member) => ifAllowed(['clinician', 'compliance'],
    () => getJson(`/api/participants/${encodeURIComponent(member.participantId)}/consents`, headers))));
  if (records.some((record) => record === null)) {
    show('consents', element('p', { class: 'empty' }, 'Consents are for the care team and compliance staff.'));
    return;
  }
  const who = (id) => (names.get(id) ? `${names.get(id)} (${id})` : id);
  const inForce = records.flatMap((record) => record.consents.filter((entry) => entry.state === 'IN_FORCE')
    .map((entry) => ({ person: record.participantId, ...entry.consent })));
  const until = (consent) => [consent.expiresOn ? `end of ${consent.expiresOn}` : null,
    consent.endsAtDischarge ? 'discharge' : null].filter(Boolean).join(' or ');
  const list = (consent) => consent.information.map(formatEnum).join(', ').toLowerCase();
  show('consents',
    members.map((member) => {
      const given = inForce.filter((consent) => consent.person === member.participantId);
      const receives = inForce.filter((consent) => consent.recipientMember === member.participantId);
      return element('section', { 'data-testid': 'member-consents', 'data-participant-id': member.participantId },
        element('h3', {}, who(member.participantId)),
        given.length === 0 ? element('p', { class: 'empty', 'data-testid': 'no-consent' },
          'No consent in force: nothing about them is shared with anyone.')
          : element('ul', {}, given.map((consent) => element('li', { 'data-testid': 'consent-in-force',
            'data-consent-id': consent.consentId },
          `To ${consent.recipientMember ? who(consent.recipientMember) : consent.recipientOutsideProvider}: `
            + `${list(consent)}, for ${formatEnum(consent.purpose).toLowerCase()}, until ${until(consent)}`))),
        receives.length === 0 ? null : element('p', { 'data-testid': 'may-receive' }, 'May receive ',
          receives.map((consent) => `${list(consent)} about ${who(consent.person)}`).join('; '), '.'));
    }),
    element('p', { class: 'notice' }, `Dates in ${zone}. Whatever is shared carries the notice against `
      + 'redisclosure of 42 CFR 2.32.'));
}

function memberLabel(member, names) {
  const name = names.get(member.participantId);
  const who = name ? `${name} (${member.participantId})` : member.participantId;
  return `${who}, ${formatEnum(member.role).toLowerCase()}${member.left ? ', left' : ''}`;
}

function showFacts(plan, schedule, zone, week) {
  const therapy = schedule.couplesTherapy;
  const couplesTherapy = therapy.discontinued ? `Discontinued (${formatEnum(therapy.discontinuationReason)})`
    : therapy.paused ? `Paused (${formatEnum(therapy.pauseReason)}), review on ${therapy.reviewOn}`
      + `${therapy.pauseReviewDue ? ', review due' : ''}` : 'Not paused';
  const facts = [
    ['Unit', figure('unit-kind', plan.unitKind, formatEnum(plan.unitKind))],
    ['Primary clinician', clinicianLink(plan.primaryClinicianId, week)],
    ['Level of care', figure('level-of-care', schedule.levelOfCare, formatEnum(schedule.levelOfCare))],
    ['Weekly minimum', figure('weekly-minimum-hours', schedule.weeklyMinimumHours,
      schedule.weeklyMinimumHours === null ? '—' : `${schedule.weeklyMinimumHours} h`)],
    ['Opened', clinicDate(zone, plan.openedAt)],
    ['Discharged', plan.dischargedAt ? clinicDate(zone, plan.dischargedAt) : 'No, open'],
    ['Couples therapy', figure('couples-therapy', therapy.paused ? 'PAUSED' : therapy.discontinued
      ? 'DISCONTINUED' : 'ACTIVE', couplesTherapy)],
  ];
  show('plan-facts', facts.flatMap(([label, value]) => [element('dt', {}, label), element('dd', {}, value)]));
}

function showPauses(pauses, zone) {
  show('pauses', pauses.length === 0 ? element('p', { class: 'empty' }, 'Couples therapy was never paused.')
    : element('div', {},
      element('p', {}, element('span', { class: 'legend-paused', 'aria-hidden': 'true' }),
        'Shaded: sessions while couples therapy was paused.'),
      element('ul', {}, pauses.map((pause, index) => element('li', { 'data-testid': 'pause', 'data-index': index },
        `${formatEnum(pause.reason)}: paused ${clinicDateTime(zone, pause.pausedAt)}, `,
        pause.endedAt ? `ended ${clinicDateTime(zone, pause.endedAt)}` : 'still in force')))));
}

function pausedAt(pauses, instant) {
  const time = Date.parse(instant);
  return pauses.some((pause) => Date.parse(pause.pausedAt) <= time
    && (pause.endedAt === null || time < Date.parse(pause.endedAt)));
}

/** A pause in force on some day of the week (Monday to Sunday, the clinic's dates). */
function pausedInWeek(pauses, week, zone) {
  const monday = mondayOf(week);
  const sunday = addDays(monday, 6);
  return pauses.some((pause) => clinicDate(zone, pause.pausedAt) <= sunday
    && (pause.endedAt === null || clinicDate(zone, pause.endedAt) >= monday));
}

function showTimeline(schedule, pauses, names, zone) {
  if (schedule.sessions.length === 0) {
    show('timeline', element('p', { class: 'empty' }, 'No session scheduled yet.'));
    return;
  }
  const madeUpBy = new Map();
  for (const session of schedule.sessions.filter((one) => one.makeupFor)) {
    madeUpBy.set(session.makeupFor, [...(madeUpBy.get(session.makeupFor) ?? []), session.sessionId]);
  }
  const weeks = new Map();
  for (const session of schedule.sessions) {
    const week = isoWeekOf(clinicDate(zone, session.startsAt));
    weeks.set(week, [...(weeks.get(week) ?? []), session]);
  }
  const headers = ['When', 'Session', 'Clinician', 'Status',
    ...schedule.members.map((member) => memberLabel(member, names)), 'Linked sessions'];
  show('timeline', [...weeks.entries()].map(([week, sessions]) => {
    const paused = pausedInWeek(pauses, week, zone);
    return element('section', { class: paused ? 'week paused' : 'week', id: `week-${week}`,
      'data-testid': 'timeline-week', 'data-week': week, 'data-paused': String(paused) },
    element('h3', {}, `${week}: ${mondayOf(week)} to ${addDays(mondayOf(week), 6)}`,
      paused ? ', couples therapy paused' : ''),
    element('div', { class: 'table-scroll' }, element('table', { 'data-testid': 'week-sessions' },
      element('caption', { class: 'visually-hidden' }, `Sessions in ${week}`),
      element('thead', {}, element('tr', {}, headers.map((header) => element('th', { scope: 'col' }, header)))),
      element('tbody', {}, sessions.map((session) => sessionRow(session, schedule.members, pauses, madeUpBy, zone,
        week))))));
  }));
}

function sessionRow(session, members, pauses, madeUpBy, zone, week) {
  const paused = pausedAt(pauses, session.startsAt);
  const status = session.status === 'CANCELLED'
    ? `Cancelled (${formatEnum(session.cancellationReason)})` : formatEnum(session.status);
  return element('tr', { id: `session-${session.sessionId}`, class: paused ? 'paused' : null,
    'data-testid': 'session-row', 'data-session-id': session.sessionId, 'data-paused': String(paused) },
  element('th', { scope: 'row' }, clinicDateTime(zone, session.startsAt)),
  element('td', {}, `${formatEnum(session.kind)} ${session.sessionId}, ${session.durationMinutes} min`),
  element('td', {}, clinicianLink(session.clinician, week)),
  element('td', {}, figure(`status-${session.sessionId}`, session.status, status)),
  members.map((member) => element('td', {}, attendanceOf(session, member.participantId))),
  element('td', {}, links(session, madeUpBy)));
}

function attendanceOf(session, participantId) {
  if (!session.participants.includes(participantId)) {
    return element('span', { 'aria-label': 'not in this session' }, '·');
  }
  const testId = `attendance-${session.sessionId}-${participantId}`;
  const attendance = session.attendance;
  const corrected = attendance?.corrected.find((fact) => fact.participantId === participantId);
  const fact = corrected ?? attendance?.recorded.find((fact) => fact.participantId === participantId);
  if (!fact) {
    return figure(testId, null, session.status === 'CANCELLED' ? '—' : 'Expected');
  }
  const text = {
    ATTENDED: 'Attended',
    LATE: `Late, ${fact.minutesLate} min`,
    LEFT_EARLY: `Left early, ${fact.minutesLeftEarly} min`,
    ABSENT: `Absent${fact.absenceReason ? ` (${formatEnum(fact.absenceReason).toLowerCase()})` : ''}`,
    NO_SHOW: 'No-show',
  }[fact.status] ?? formatEnum(fact.status);
  const shown = figure(testId, fact.status, corrected ? `${text}, corrected` : text);
  shown.classList.toggle('corrected', Boolean(corrected));
  shown.classList.toggle('missed', fact.status === 'ABSENT' || fact.status === 'NO_SHOW');
  return shown;
}

function sessionLink(sessionId) {
  return element('a', { href: `#session-${encodeURIComponent(sessionId)}` }, sessionId);
}

function links(session, madeUpBy) {
  const parts = [];
  if (session.makeupFor) {
    parts.push(element('span', { 'data-testid': 'makeup-for' }, 'Makeup for ', sessionLink(session.makeupFor)));
  }
  for (const makeup of madeUpBy.get(session.sessionId) ?? []) {
    parts.push(element('span', { 'data-testid': 'made-up-by' }, 'Made up by ', sessionLink(makeup)));
  }
  if (session.convertedFrom) {
    parts.push(element('span', { 'data-testid': 'converted-from' }, 'Converted from ',
      sessionLink(session.convertedFrom)));
  }
  return parts.length === 0 ? '' : parts.flatMap((part, index) => (index === 0 ? [part] : [element('br'), part]));
}

function showSummary(summary, zone) {
  if (summary.partners.length === 0) {
    show('absent-partner-summary', element('p', { class: 'empty' }, 'This unit has no partners: nothing to show.'));
    return;
  }
  show('absent-partner-summary', summary.partners.map((partner) => {
    const id = partner.participantId;
    const count = (name, label) => [element('dt', {}, label),
      element('dd', {}, figure(`${name}-${id}`, partner[name], formatCount(partner[name])))];
    const reasons = Object.entries(partner.absenceReasons);
    return element('section', { 'data-testid': 'partner-summary', 'data-participant-id': id },
      element('h3', {}, `${partner.displayName} (${id})${partner.left ? ', left the plan' : ''}`),
      element('dl', { class: 'facts' },
        count('jointSessionsMissed', 'Joint sessions missed'),
        count('consecutiveJointSessionsMissed', 'Missed in a row'),
        element('dt', {}, 'Last joint session attended'),
        element('dd', {}, partner.lastJointSessionAttended
          ? [sessionLink(partner.lastJointSessionAttended.sessionId),
            `, ${clinicDate(zone, partner.lastJointSessionAttended.startsAt)}`] : 'None yet'),
        count('noShows', 'No-shows'),
        count('summariesOffered', 'Summaries offered'),
        count('summariesShared', 'Summaries shared (under consent)'),
        count('makeupsOffered', 'Makeups offered'),
        count('makeupsScheduled', 'Makeups scheduled'),
        count('makeupsAttended', 'Makeups attended'),
        count('makeupsDeclined', 'Makeups declined')),
      reasons.length === 0 ? null : element('p', {}, 'Absence reasons: ',
        reasons.map(([reason, times]) => `${formatEnum(reason).toLowerCase()} ${times}`).join(', ')),
      element('h4', {}, 'Open follow-ups'),
      partner.openFollowUps.length === 0 ? element('p', { class: 'empty' }, 'None.')
        : element('ul', { 'data-testid': `open-follow-ups-${id}` }, partner.openFollowUps.map((open) =>
          element('li', {}, sessionLink(open.sessionId),
            open.startsAt ? ` (${clinicDate(zone, open.startsAt)})` : '', ': ',
            [open.partnersInformed ? null : 'partners not informed yet',
              open.absenceResolved ? null : 'absence not resolved yet'].filter(Boolean).join(', ')))),
      element('h4', {}, 'Active participation concerns'),
      partner.activeParticipationConcerns.length === 0 ? element('p', { class: 'empty' }, 'None.')
        : element('ul', { 'data-testid': `active-concerns-${id}` }, partner.activeParticipationConcerns.map(
          (concern) => element('li', {}, `${formatEnum(concern.trigger)}, about `, sessionLink(concern.sessionId),
            `, raised ${clinicDate(zone, concern.raisedAt)}`))),
      element('h4', {}, `Participation concerns raised: ${formatCount(partner.participationConcernsRaised)}`),
      partner.participationConcerns.length === 0 ? element('p', { class: 'empty' }, 'None.')
        : element('ul', { 'data-testid': `concern-history-${id}` }, partner.participationConcerns.map(
          (concern) => element('li', {}, `${formatEnum(concern.trigger)}, about `, sessionLink(concern.sessionId),
            `, raised ${clinicDate(zone, concern.raisedAt)}: `,
            concern.active ? 'active'
              : element('span', {}, 'resolved by attending ', sessionLink(concern.resolvedBySessionId),
                ` (${clinicDate(zone, concern.resolvedAt)})`)))));
  }));
}
