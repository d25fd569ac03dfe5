// The plan's record in FHIR R4 for the care team: the FHIR base URL an EHR or FHIR client reads it from (with a token
// of its own), and the whole record as a Bundle to save. Reading it is a read of the plan, audited like any other, and
// made with the same break-the-glass reason as the rest of the page.
import { element, requestJson, show } from './common.js';

const FHIR_ID = /^[A-Za-z0-9\-.]{1,64}$/;

export function showFhirRecord(id, planId, headers) {
  const base = `/api/treatment-plans/${encodeURIComponent(planId)}/fhir`;
  const status = element('p', { 'data-testid': 'fhir-status', role: 'status' });
  const download = element('button', { type: 'button', 'data-testid': 'fhir-download' },
    'Save the FHIR R4 record (Bundle)');
  download.addEventListener('click', async () => {
    status.textContent = 'Preparing…';
    try {
      const bundle = await requestJson('GET', `${base}/CarePlan/${await carePlanId(base, planId, headers)}/$everything`,
        headers);
      save(bundle, `plan-${planId}-fhir.json`);
      status.dataset.count = String(bundle.entry ? bundle.entry.length : 0);
      status.textContent = `Saved ${status.dataset.count} resources.`;
    } catch (error) {
      status.textContent = `Not saved: ${error.message}`;
    }
  });
  show(id, element('p', {}, 'FHIR base URL for an EHR or FHIR client: ',
    element('code', { 'data-testid': 'fhir-base' }, `${window.location.origin}${base}`)), download, status);
}

/** The plan's CarePlan id: its plan id, unless that is no FHIR id (then the export names it). */
async function carePlanId(base, planId, headers) {
  if (FHIR_ID.test(planId)) {
    return encodeURIComponent(planId);
  }
  const plans = await requestJson('GET', `${base}/CarePlan`, headers);
  return encodeURIComponent(plans.entry[0].resource.id);
}

function save(bundle, fileName) {
  const url = URL.createObjectURL(new Blob([JSON.stringify(bundle, null, 2)], { type: 'application/fhir+json' }));
  const link = element('a', { href: url, download: fileName });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
