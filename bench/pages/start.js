// Start-up cost of the embed on a page whose markup holds its widgets (as a CMS page would):
// from the moment the script has arrived (its resource timing responseEnd) to every widget rendered
// with its radios in place, plus the long tasks and layout shift the page saw meanwhile.
/* global document, window, performance, PerformanceObserver, requestAnimationFrame, setTimeout */
(function () {
  const bench = (window.__bench = { longTasks: 0, layoutShift: 0, done: false });
  new PerformanceObserver((list) => {
    bench.longTasks += list.getEntries().length;
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) bench.layoutShift += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });

  const box = document.getElementById('widgets');
  const script = document.createElement('script');
  script.src = '/dist/courtesy-feedback.min.js';
  script.onload = function () {
    const widgets = Array.from(box.children);
    Promise.all(widgets.map((widget) => widget.updateComplete)).then(() => {
      const ready = performance.now();
      const arrived = performance.getEntriesByName(script.src)[0].responseEnd;
      bench.startToReady = ready - arrived;
      bench.rendered = widgets.filter((w) => w.shadowRoot && w.shadowRoot.querySelector('input[type=radio]')).length;
      bench.height = widgets[0].getBoundingClientRect().height;
      bench.contentHeight = widgets[0].shadowRoot.firstElementChild.getBoundingClientRect().height;
      // Two frames and a pause, so that layout shift and long task entries are in.
      requestAnimationFrame(() =>
        requestAnimationFrame(() =>
          setTimeout(() => {
            bench.done = true;
          }, 200)
        )
      );
    });
  };
  document.head.append(script);
})();
