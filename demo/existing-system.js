// Sets the JavaScript-only properties (kept out of the HTML so that the page needs no inline script).
const widget = document.querySelector('courtesy-feedback');
widget.headers = { 'X-Api-Key': 'demo-agency-key' };
widget.transform = (payload) => ({
  svc_cd: payload.subject.service,
  dept: payload.subject.department,
  score: payload.rating.value,
  memo: payload.comment,
  ref_no: payload.id,
});
widget.addEventListener('feedback-sent', async () => {
  const log = await (await fetch('/bin/existing-system/log')).json();
  document.getElementById('received').textContent = log
    .filter((entry) => entry.method !== 'OPTIONS')
    .map(
      (entry) => `${entry.method} ${entry.headers['x-api-key']}\n${decodeURIComponent(entry.body.replace(/\+/g, ' '))}`
    )
    .join('\n\n');
});
