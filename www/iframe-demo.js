// @ts-check
// The parent page of the iframe demo: a classic script, no modules. It names its own
// origin to the frame (frame.html?origin=…), which answers no one else, and reads only
// the answer to its latest request.
(function () {
  var frame = /** @type {HTMLIFrameElement} */ (document.getElementById('fc'));
  var result = /** @type {HTMLElement} */ (document.getElementById('result'));
  var story = /** @type {HTMLTextAreaElement} */ (document.getElementById('story'));
  var send = /** @type {HTMLButtonElement} */ (document.getElementById('send'));
  var frameUrl = new URL('frame.html', location.href);
  frameUrl.searchParams.set('origin', location.origin);
  frame.src = frameUrl.href;
  var next = 1;
  var latest = 0;
  var ready = false;
  window.addEventListener('message', function (e) {
    if (e.source !== frame.contentWindow || e.origin !== frameUrl.origin || !e.data) return;
    if (e.data.type === 'factcheck:ready') { ready = true; document.body.setAttribute('data-frame', 'ready'); }
    if (e.data.type === 'factcheck:findings' && e.data.id === latest) {
      result.textContent = e.data.errors + ' errors, ' + e.data.warnings + ' warnings';
      document.body.setAttribute('data-findings', String(e.data.findings.length));
      document.body.setAttribute('data-rules', e.data.findings.map(function (/** @type {{rule: string}} */ f) { return f.rule; }).join(' '));
    }
    if (e.data.type === 'factcheck:error') result.textContent = 'error: ' + e.data.message;
  });
  send.addEventListener('click', function () {
    if (!ready) { result.textContent = 'the checker is still loading'; return; }
    var win = frame.contentWindow;
    latest = next++;
    if (win) win.postMessage({ type: 'factcheck:check', id: latest, text: story.value }, frameUrl.origin);
  });
})();
