// Start-up of the alternative, measured as start.js measures ours: from the script's arrival to its
// widget in the DOM (Sentry shows a launcher button; its form is built on the first click).
/* global document, window, performance, requestAnimationFrame */
(function () {
  const bench = (window.__bench = { done: false });
  const script = document.createElement('script');
  script.src = '/alt/sentry.js';
  const ready = () => {
    const host = document.getElementById('sentry-feedback');
    return host && host.shadowRoot && host.shadowRoot.querySelector('button');
  };
  const poll = () => {
    if (!ready()) return requestAnimationFrame(poll);
    bench.startToReady = performance.now() - performance.getEntriesByName(script.src)[0].responseEnd;
    bench.done = true;
  };
  script.onload = poll;
  document.head.append(script);
})();
