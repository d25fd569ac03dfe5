// The program overview: figures by week from the program report, who is under their weekly-hours minimum, and the
// open absent-partner follow-ups and participation concerns. No names anywhere: the API gives ids and counts only, and
// to a role without access to plans (a program lead) only the counts of the program report.
import {
  addDays, addWeeks, ApiError, clinicianLink, element, figure, formatCount, formatEnum, formatHours, formatRate,
  getJson, ifAllowed, isIsoWeek, load, mondayOf, pager, parameter, planLink, setParameters, show, siteHeader, table,
  userHasRole,
} from './common.js';
import { figureList, weeklyChart } from './charts.js';

const WEEK_CHOICES = ['4', '8', '12', '26'];
/** Who may see lists of plans and participants (the query API's rule); other roles see the program's counts. */
const CARE_TEAM = ['clinician'];
const LIST_SIZE = 25;
const formatMinutes = (minutes) => `${formatCount(minutes)} min`;

// A participant's dashboard is their own record.
if (userHasRole('participant') && !userHasRole('clinician', 'compliance', 'program-lead', 'operator')) {
  window.location.replace('me.html');
}
siteHeader('index.html');
const form = document.getElementById('period-form');
let clinic;

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const until = document.getElementById('until').value.trim();
  load(async () => {
    if (!isIsoWeek(until)) {
      throw new ApiError(400, 'The last week shown must be an ISO week, written YYYY-Www (e.g. 2026-W10).');
    }
    setParameters({ until, weeks: document.getElementById('weeks').value });
    await showProgram();
  });
});

load(async () => {
  clinic = await getJson('/api/clinic');
  await showProgram();
});

async function showProgram() {
  const until = isIsoWeek(parameter('until')) ? parameter('until') : clinic.week;
  const weekCount = WEEK_CHOICES.includes(parameter('weeks')) ? Number(parameter('weeks')) : 8;
  document.getElementById('until').value = until;
  document.getElementById('weeks').value = String(weekCount);
  const first = addWeeks(until, 1 - weekCount);
  const from = mondayOf(first);
  const to = addDays(mondayOf(until), 6);
  show('period', `Weeks ${first} to ${until} (${from} to ${to}, clinic time zone ${clinic.timeZone})`);

  const [report, followUps] = await Promise.all([
    getJson(`/api/reports/program?from=${from}&to=${to}`),
    ifAllowed(CARE_TEAM, () => getJson(`/api/absent-partner-follow-ups?size=${LIST_SIZE}`)),
    showUnderMinimum(until, 0),
  ]);
  showWeeks(report.weeks, followUps);
  if (followUps) {
    showFollowUps(followUps);
  } else {
    withheld('follow-ups');
  }
}

/** A list of plans and people the user's role may not see: say so instead of showing nothing. */
function withheld(id) {
  show(id, element('p', { class: 'empty', 'data-testid': `${id}-withheld` },
    'Lists of plans and participants are for their care teams; your role sees the program\'s counts.'));
}

function showWeeks(weeks, followUps) {
  const labels = weeks.map((week) => week.week);
  const latest = weeks[weeks.length - 1];
  show('latest-week', latest.week);
  figureList('latest-figures', [
    { testId: 'latest-attendance-rate', label: 'Attendance rate', value: latest.attendanceRate,
      text: formatRate(latest.attendanceRate) },
    { testId: 'latest-joint-attendance-ratio', label: 'Couples sessions attended jointly',
      value: latest.jointAttendanceRatio, text: formatRate(latest.jointAttendanceRatio) },
    { testId: 'latest-sessions-held', label: 'Sessions held', value: latest.sessionsHeld,
      text: formatCount(latest.sessionsHeld) },
    { testId: 'latest-pauses-active', label: 'Couples-therapy pauses in force', value: latest.pauses.active,
      text: formatCount(latest.pauses.active) },
    { testId: 'latest-minutes-paused', label: 'Time paused', value: latest.pauses.minutesPaused,
      text: formatMinutes(latest.pauses.minutesPaused) },
    { testId: 'latest-under-minimum', label: 'Under their weekly-hours minimum (ended weeks)',
      value: latest.underMinimumCount, text: formatCount(latest.underMinimumCount) },
    { testId: 'latest-at-risk', label: 'At risk of their weekly-hours minimum (week under way)',
      value: latest.atRiskCount, text: formatCount(latest.atRiskCount) },
    ...(followUps ? [
      { testId: 'open-follow-ups', label: 'Open absent-partner follow-ups (now)', value: followUps.openFollowUps,
        text: formatCount(followUps.openFollowUps) },
      { testId: 'active-concerns', label: 'Active participation concerns (now)',
        value: followUps.activeParticipationConcerns, text: formatCount(followUps.activeParticipationConcerns) },
    ] : []),
  ]);

  weeklyChart('attendance-rate', {
    title: 'Attendance rate', weeks: labels, format: formatRate, max: 1, wholeNumbers: false,
    series: [{ label: 'Attendance rate', values: weeks.map((week) => week.attendanceRate) }],
    tableOnly: [
      { label: 'Expected', values: weeks.map((week) => week.expectedParticipantSessions), format: formatCount },
      { label: 'Attended', values: weeks.map((week) => week.attendedParticipantSessions), format: formatCount },
    ],
  });
  weeklyChart('joint-solo', {
    title: 'Couples sessions attended jointly and solo', weeks: labels, format: formatCount, stacked: true,
    series: [
      { label: 'Jointly', values: weeks.map((week) => week.couplesSessionsAttendedJointly), stack: 'couples' },
      { label: 'Solo', values: weeks.map((week) => week.couplesSessionsAttendedSolo), stack: 'couples' },
    ],
    tableOnly: [{ label: 'Joint ratio', values: weeks.map((week) => week.jointAttendanceRatio), format: formatRate }],
  });
  weeklyChart('pauses', {
    title: 'Couples-therapy pauses', weeks: labels, format: formatCount,
    series: [
      { label: 'In force', values: weeks.map((week) => week.pauses.active) },
      { label: 'Started', values: weeks.map((week) => week.pauses.started) },
    ],
    tableOnly: [{ label: 'Time paused', values: weeks.map((week) => week.pauses.minutesPaused),
      format: formatMinutes }],
  });
  weeklyChart('under-minimum', {
    title: 'Participants under their weekly-hours minimum', weeks: labels, format: formatCount,
    series: [{ label: 'Under the minimum', values: weeks.map((week) => week.underMinimumCount) }],
  });
  showPauseReasons(weeks);
}

/** The reasons of the pauses started in the weeks shown, added up, most frequent first. */
function showPauseReasons(weeks) {
  const byReason = new Map();
  for (const week of weeks) {
    for (const [reason, count] of Object.entries(week.pauses.startedByReason)) {
      byReason.set(reason, (byReason.get(reason) ?? 0) + count);
    }
  }
  const minutes = weeks.reduce((sum, week) => sum + week.pauses.minutesPaused, 0);
  const rows = [...byReason.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([reason, count]) => [formatEnum(reason), figure(`pause-reason-${reason}`, count, formatCount(count))]);
  show('pause-reasons',
    rows.length === 0 ? element('p', { class: 'empty' }, 'No pause started in these weeks.')
      : table({ 'data-testid': 'pause-reasons-table' }, 'Pauses started in the weeks shown', ['Reason', 'Pauses'],
        rows),
    element('p', {}, 'Time paused in these weeks, all pauses: ',
      figure('minutes-paused-total', minutes, formatMinutes(minutes))));
}

async function showUnderMinimum(week, page) {
  const hours = await ifAllowed(CARE_TEAM,
    () => getJson(`/api/weekly-hours?week=${week}&underMinimum=true&page=${page}&size=${LIST_SIZE}`));
  show('under-minimum-week', week);
  if (!hours) {
    withheld('under-minimum');
    return;
  }
  const participants = hours.participants;
  show('under-minimum',
    element('p', {}, figure('under-minimum-count', hours.underMinimumCount, formatCount(hours.underMinimumCount)),
      ` of ${formatCount(hours.enrolledParticipants)} participants enrolled are under their minimum`,
      hours.atRiskCount === 0 ? '.' : element('span', {}, '; the week is under way, and ',
        figure('at-risk-count', hours.atRiskCount, formatCount(hours.atRiskCount)),
        ' are at risk of it (attended and still scheduled hours short of the minimum).')),
    participants.items.length === 0 ? element('p', { class: 'empty' }, 'Nobody is under their minimum this week.')
      : table({ 'data-testid': 'under-minimum-table' }, `Under the minimum in ${week}`,
        ['Plan', 'Participant', 'Role', 'Primary clinician', 'Level of care', 'Required', 'Attended', 'Scheduled'],
        participants.items.map((row) => [
          planLink(row.planId), row.participantId, formatEnum(row.role),
          clinicianLink(row.primaryClinicianId, week), formatEnum(row.levelOfCare),
          figure('required-hours', row.requiredHours, formatHours(row.requiredHours)),
          figure('attended-hours', row.attendedHours, formatHours(row.attendedHours)),
          figure('scheduled-hours', row.scheduledHours, formatHours(row.scheduledHours)),
        ])),
    pager('under-minimum', participants, (next) => load(() => showUnderMinimum(week, next))));
}

function showFollowUps(followUps) {
  const plans = followUps.plans;
  const rows = plans.items.flatMap((plan) => plan.partners.map((partner) => [
    planLink(plan.planId),
    partner.left ? `${partner.participantId} (left the plan)` : partner.participantId,
    figure('open-follow-ups-count', partner.openFollowUps, formatCount(partner.openFollowUps)),
    figure('active-concerns-count', partner.activeParticipationConcerns,
      formatCount(partner.activeParticipationConcerns)),
  ]));
  show('follow-ups',
    rows.length === 0 ? element('p', { class: 'empty' }, 'No follow-up is open and no concern is active.')
      : table({ 'data-testid': 'follow-ups-table' }, 'Partners with open items; the plan page has the sessions',
        ['Plan', 'Partner', 'Open follow-ups', 'Active concerns'], rows),
    pager('follow-ups', plans, (next) => load(async () => showFollowUps(
      await getJson(`/api/absent-partner-follow-ups?page=${next}&size=${LIST_SIZE}`)))));
}
