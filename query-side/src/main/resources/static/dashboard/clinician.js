// A clinician's week: every clinic day with the clinician's sessions and, per plan, each session's status and the
// attendance recorded. Ids only, as the clinician schedule gives them.
import {
  addWeeks, ApiError, clinicTime, element, figure, formatEnum, getJson, isIsoWeek, load, parameter, planLink,
  setParameters, show, siteHeader,
} from './common.js';

siteHeader('clinician.html');
const clinicianSelect = document.getElementById('clinician');
const weekInput = document.getElementById('week');

document.getElementById('week-form').addEventListener('submit', (event) => {
  event.preventDefault();
  showChosen(weekInput.value.trim());
});
document.getElementById('previous-week').addEventListener('click', () => showChosen(shifted(-1)));
document.getElementById('next-week').addEventListener('click', () => showChosen(shifted(1)));

function shifted(weeks) {
  return isIsoWeek(weekInput.value.trim()) ? addWeeks(weekInput.value.trim(), weeks) : weekInput.value.trim();
}

function showChosen(week) {
  load(async () => {
    if (!isIsoWeek(week)) {
      throw new ApiError(400, 'The week must be an ISO week, written YYYY-Www (e.g. 2026-W10).');
    }
    setParameters({ clinicianId: clinicianSelect.value, week });
    await showWeek(clinicianSelect.value, week);
  });
}

load(async () => {
  const [clinic, clinicians] = await Promise.all([getJson('/api/clinic'), getJson('/api/clinicians')]);
  show('time-zone', `Days and times in ${clinic.timeZone}`);
  const chosen = parameter('clinicianId') ?? clinicians.clinicianIds[0] ?? null;
  const ids = clinicians.clinicianIds.includes(chosen) || chosen === null
    ? clinicians.clinicianIds : [chosen, ...clinicians.clinicianIds];
  clinicianSelect.replaceChildren(...ids.map((id) => element('option', { value: id, selected: id === chosen }, id)));
  const week = isIsoWeek(parameter('week')) ? parameter('week') : clinic.week;
  weekInput.value = week;
  if (chosen === null) {
    show('days', element('p', { class: 'empty' }, 'No clinician has a session or a plan yet.'));
    return;
  }
  await showWeek(chosen, week);
});

async function showWeek(clinicianId, week) {
  weekInput.value = week;
  const schedule = await getJson(
    `/api/clinicians/${encodeURIComponent(clinicianId)}/schedule?week=${encodeURIComponent(week)}`);
  show('week-heading', `${schedule.clinicianId}, ${week}`);
  show('days', schedule.days.map((day) => element('section',
    { class: 'day', 'data-testid': 'clinician-day', 'data-date': day.date },
    element('h3', {}, `${weekday(day.date)} ${day.date}`),
    day.sessions.length === 0 ? element('p', { class: 'empty' }, 'No sessions.')
      : element('ol', {}, day.sessions.map((session) => sessionCard(session, schedule.timeZone))))));
}

function sessionCard(session, zone) {
  return element('li',
    { class: 'session-card', 'data-testid': 'clinician-session', 'data-session-id': session.sessionId },
    element('h4', {}, `${clinicTime(zone, session.startsAt)}, ${session.durationMinutes} min: `
      + `${formatEnum(session.kind)} ${session.sessionId}`),
    element('ul', {}, session.plans.map((plan) => planLine(session, plan))));
}

/** A plan's part in the session: a multi-family group has one per plan. */
function planLine(session, plan) {
  const status = plan.status === 'CANCELLED'
    ? `Cancelled (${formatEnum(plan.cancellationReason).toLowerCase()})` : formatEnum(plan.status);
  const attendance = plan.participants.flatMap((participant) => [
    '; ', `${participant.participantId} `,
    figure(`attendance-${session.sessionId}-${participant.participantId}`, participant.attendance?.status ?? null,
      attendanceText(participant)),
  ]);
  return element('li', { 'data-testid': 'clinician-session-plan', 'data-plan-id': plan.planId },
    planLink(plan.planId), ': ', figure(`status-${session.sessionId}-${plan.planId}`, plan.status, status),
    attendance);
}

function attendanceText(participant) {
  if (!participant.attendance) {
    return 'expected';
  }
  const text = formatEnum(participant.attendance.status).toLowerCase();
  return participant.attendanceCorrected ? `${text} (corrected)` : text;
}

/** The weekday of a date, in English, computed on the date alone. */
function weekday(date) {
  return new Intl.DateTimeFormat('en-GB', { weekday: 'long', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
}
