// @ts-check
// The parent page of the iframe demo: a classic script, no modules.
(function () {
  var frame = /** @type {HTMLIFrameElement} */ (document.getElementById('fc'));
  var result = /** @type {HTMLElement} */ (document.getElementById('result'));
  var story = /** @type {HTMLTextAreaElement} */ (document.getElementById('story'));
  var send = /** @type {HTMLButtonElement} */ (document.getElementById('send'));
  var next = 1;
  var ready = false;
  window.addEventListener('message', function (e) {
    if (e.source !== frame.contentWindow || !e.data) return;
    if (e.data.type === 'factcheck:ready') { ready = true; document.body.setAttribute('data-frame', 'ready'); }
    if (e.data.type === 'factcheck:findings') {
      result.textContent = e.data.errors + ' errors, ' + e.data.warnings + ' warnings';
      document.body.setAttribute('data-findings', String(e.data.findings.length));
      document.body.setAttribute('data-rules', e.data.findings.map(function (/** @type {{rule: string}} */ f) { return f.rule; }).join(' '));
    }
    if (e.data.type === 'factcheck:error') result.textContent = 'error: ' + e.data.message;
  });
  send.addEventListener('click', function () {
    if (!ready) { result.textContent = 'the checker is still loading'; return; }
    var win = frame.contentWindow;
    if (win) win.postMessage({ type: 'factcheck:check', id: next++, text: story.value }, '*');
  });
})();
