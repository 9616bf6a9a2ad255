// Logs the widgets' events and lists what the endpoint received. External, so that the demo runs
// under a Content Security Policy without 'unsafe-inline'.
const events = document.getElementById('events');
for (const type of ['feedback-rate', 'feedback-submit', 'feedback-sent', 'feedback-queued', 'feedback-error']) {
  document.addEventListener(type, (event) => {
    const item = document.createElement('li');
    const { payload, ...rest } = event.detail;
    item.textContent = `${type} ${JSON.stringify(rest)}${payload ? ` (id ${payload.id})` : ''}`;
    events.prepend(item);
    if (type === 'feedback-sent') refresh();
  });
}

async function refresh() {
  const received = await (await fetch('/bin/demo/log')).json();
  document.getElementById('received').textContent = JSON.stringify(
    received.map(({ method, payload, schemaErrors }) => ({ method, valid: !schemaErrors, payload })),
    null,
    2
  );
}
document.getElementById('refresh').addEventListener('click', refresh);
refresh();
