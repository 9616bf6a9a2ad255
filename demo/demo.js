// Logs the widgets' events on the page. External, so that the demo runs under a Content Security
// Policy without 'unsafe-inline'.
const events = document.getElementById('events');
for (const type of [
  'feedback-rate',
  'feedback-submit',
  'feedback-sent',
  'feedback-queued',
  'feedback-error',
  'feedback-dropped',
]) {
  document.addEventListener(type, (event) => {
    const item = document.createElement('li');
    const { payload, ...rest } = event.detail;
    item.textContent = `${type} ${JSON.stringify(rest)}${payload ? ` (id ${payload.id})` : ''}`;
    events.prepend(item);
  });
}
