// Click-to-stored latency: a fresh widget per visitor, a rating, then the time from the click on
// the send button to `feedback-sent`, which the widget fires only on the collector's 2xx, and the
// collector answers only after the commit that holds the row.
/* global document, window, performance */
window.runSubmissions = async function (count) {
  const box = document.getElementById('widgets');
  const latencies = [];
  for (let i = 0; i < count; i++) {
    const widget = document.createElement('courtesy-feedback');
    widget.setAttribute('endpoint', '/api/feedback');
    widget.setAttribute('department', '민원여권과');
    widget.setAttribute('staff-id', 'A-102');
    widget.setAttribute('queue', 'off');
    // A script clicks faster than any person, which the widget takes for a bot: this measures delivery.
    widget.minFillTime = 0;
    box.append(widget);
    await widget.updateComplete;
    widget.shadowRoot.querySelector('input[type=radio][value="5"]').click();
    await widget.updateComplete;
    const sent = new Promise((resolve, reject) => {
      widget.addEventListener('feedback-sent', () => resolve(performance.now()), { once: true });
      widget.addEventListener('feedback-error', (event) => reject(new Error(JSON.stringify(event.detail))), {
        once: true,
      });
    });
    const clicked = performance.now();
    widget.shadowRoot.querySelector('button[type=submit]').click();
    latencies.push((await sent) - clicked);
    widget.remove();
  }
  return latencies;
};
