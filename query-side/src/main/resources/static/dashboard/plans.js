// Every treatment plan, a page at a time, linking to each plan's page and its primary clinician's week.
import {
  clinicDate, clinicianLink, element, formatEnum, getJson, load, pager, parameter, planLink, setParameters, show,
  siteHeader, table,
} from './common.js';

const PAGE_SIZE = 25;

siteHeader('plans.html');
load(async () => {
  const clinic = await getJson('/api/clinic');
  await showPlans(clinic, Number.parseInt(parameter('page', '0'), 10) || 0);
});

async function showPlans(clinic, page) {
  const plans = await getJson(`/api/treatment-plans?page=${page}&size=${PAGE_SIZE}`);
  setParameters({ page: page === 0 ? null : page });
  const date = (instant) => (instant ? clinicDate(clinic.timeZone, instant) : '—');
  show('plans',
    plans.items.length === 0 ? element('p', { class: 'empty' }, 'No treatment plan yet.')
      : table({ 'data-testid': 'plans-table' }, `Treatment plans (dates in ${clinic.timeZone})`,
        ['Plan', 'Unit', 'Primary clinician', 'Level of care', 'Opened', 'Discharged', 'Couples therapy'],
        plans.items.map((plan) => [
          planLink(plan.planId), formatEnum(plan.unitKind), clinicianLink(plan.primaryClinicianId, clinic.week),
          formatEnum(plan.levelOfCare), date(plan.openedAt), plan.dischargedAt ? date(plan.dischargedAt) : 'Open',
          pauseState(plan, date),
        ])),
    pager('plans', plans, (next) => load(() => showPlans(clinic, next))));
}

function pauseState(plan, date) {
  const ongoing = plan.couplesTherapyPauses.find((pause) => pause.endedAt === null);
  if (ongoing) {
    return `Paused since ${date(ongoing.pausedAt)} (${formatEnum(ongoing.reason)})`;
  }
  const count = plan.couplesTherapyPauses.length;
  return count === 0 ? 'Never paused' : `Paused ${count} time${count === 1 ? '' : 's'} before`;
}
