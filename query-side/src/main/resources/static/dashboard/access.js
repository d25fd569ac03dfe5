// The access audit for compliance staff: break-the-glass reads at a glance (who read which plan, when, with what
// reason and purpose), refusals, or every access, optionally for one plan. Ids only: the audit holds no health data.
import {
  clinicDateTime, element, formatEnum, getJson, load, pager, parameter, setParameters, show, siteHeader, table,
} from './common.js';

const PAGE_SIZE = 25;
const OUTCOMES = ['BREAK_THE_GLASS', 'REFUSED_FORBIDDEN', 'REFUSED_UNAUTHENTICATED', 'ALLOWED', ''];

siteHeader('access.html');
const form = document.getElementById('audit-form');
let clinic;

form.addEventListener('submit', (event) => {
  event.preventDefault();
  setParameters({ outcome: document.getElementById('outcome').value || 'ANY',
    planId: document.getElementById('plan-id').value.trim() });
  load(() => showAccesses(0));
});

load(async () => {
  clinic = await getJson('/api/clinic');
  await showAccesses(0);
});

async function showAccesses(page) {
  const chosen = parameter('outcome', 'BREAK_THE_GLASS');
  const outcome = OUTCOMES.includes(chosen) ? chosen : '';
  const planId = parameter('planId', '');
  document.getElementById('outcome').value = outcome;
  document.getElementById('plan-id').value = planId;
  const query = new URLSearchParams({ page, size: PAGE_SIZE });
  if (outcome) {
    query.set('outcome', outcome);
  }
  if (planId) {
    query.set('planId', planId);
  }
  const accesses = await getJson(`/api/access-audit?${query}`);
  show('accesses',
    accesses.items.length === 0 ? element('p', { class: 'empty', 'data-testid': 'no-accesses' },
      'No access of this kind is recorded.')
      : table({ 'data-testid': 'accesses-table' }, `Accesses (times in ${clinic.timeZone})`,
        ['When', 'Who', 'Role', 'Plan', 'What', 'Purpose', 'Reason stated', 'Outcome'],
        accesses.items.map((access) => [
          clinicDateTime(clinic.timeZone, access.occurredAt), access.subject, access.roles || '—',
          access.planId ?? '—', `${access.method} ${access.endpoint}`, formatEnum(access.purpose),
          formatEnum(access.breakTheGlassReason), formatEnum(access.outcome),
        ])),
    pager('accesses', accesses, (next) => load(() => showAccesses(next))));
}
