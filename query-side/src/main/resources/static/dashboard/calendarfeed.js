// The signed-in person's own calendar feed: a secret link a calendar app subscribes to, with neutral titles. The link
// is shown once, when it is made; making a new one ends the old one, and stopping it ends it.
import { clinicDateTime, element, requestJson, show } from './common.js';

const FEED = '/api/calendar-feed';

export async function showCalendarFeed(id, timeZone) {
  render(id, timeZone, await requestJson('GET', FEED), null);
}

function render(id, timeZone, status, url) {
  const parts = [element('p', { 'data-testid': 'calendar-feed-status', 'data-active': String(status.active) },
    status.active ? `Your calendar link works since ${clinicDateTime(timeZone, status.issuedAt)}.`
      : 'You have no calendar link.')];
  if (url) {
    parts.push(element('p', {}, 'Subscribe to this link in your calendar app. It is shown only now, and anyone '
      + 'who has it can see when your sessions are: keep it to yourself.'),
    element('input', {
      type: 'text', readonly: true, value: url, size: 70, 'aria-label': 'Calendar link',
      'data-testid': 'calendar-feed-url',
    }));
  }
  const issue = element('button', { type: 'button', 'data-testid': 'calendar-feed-issue' },
    status.active ? 'Make a new link (the old one stops working)' : 'Make a calendar link');
  issue.addEventListener('click', async () => {
    const issued = await requestJson('POST', FEED);
    render(id, timeZone, issued, issued.url);
  });
  parts.push(issue);
  if (status.active) {
    const stop = element('button', { type: 'button', 'data-testid': 'calendar-feed-stop' }, 'Stop the link');
    stop.addEventListener('click', async () => {
      await requestJson('DELETE', FEED);
      render(id, timeZone, { active: false }, null);
    });
    parts.push(stop);
  }
  show(id, ...parts);
}
