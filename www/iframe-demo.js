// The parent page of the iframe demo: a classic script, no modules.
(function () {
  var frame = document.getElementById('fc');
  var result = document.getElementById('result');
  var next = 1;
  var ready = false;
  window.addEventListener('message', function (e) {
    if (e.source !== frame.contentWindow || !e.data) return;
    if (e.data.type === 'factcheck:ready') { ready = true; document.body.setAttribute('data-frame', 'ready'); }
    if (e.data.type === 'factcheck:findings') {
      result.textContent = e.data.errors + ' errors, ' + e.data.warnings + ' warnings';
      document.body.setAttribute('data-findings', String(e.data.findings.length));
      document.body.setAttribute('data-rules', e.data.findings.map(function (f) { return f.rule; }).join(' '));
    }
    if (e.data.type === 'factcheck:error') result.textContent = 'error: ' + e.data.message;
  });
  document.getElementById('send').addEventListener('click', function () {
    if (!ready) { result.textContent = 'the checker is still loading'; return; }
    frame.contentWindow.postMessage({ type: 'factcheck:check', id: next++, text: document.getElementById('story').value }, '*');
  });
})();
