// Runs axe-core on the page it is added to, and writes what it found into the page as JSON in
// <pre id="axe-results">, which the test reads from Chromium's --dump-dom output.
axe.run(document, {resultTypes: ['violations', 'incomplete']}).then(function (r) {
  function nodes(rule) {
    return rule.nodes.map(function (n) {
      return n.target.join(' ') + ': ' + n.any.concat(n.all, n.none).map(function (c) { return c.message; }).join('; ');
    });
  }
  var out = {
    version: axe.version,
    violations: r.violations.map(function (v) { return {id: v.id, impact: v.impact, help: v.help, nodes: nodes(v)}; }),
    incomplete: r.incomplete.map(function (v) { return {id: v.id, help: v.help, nodes: nodes(v)}; }),
    passes: r.passes.map(function (v) { return v.id; })
  };
  var pre = document.createElement('pre');
  pre.id = 'axe-results';
  pre.textContent = JSON.stringify(out);
  document.documentElement.appendChild(pre);
}, function (e) {
  var pre = document.createElement('pre');
  pre.id = 'axe-results';
  pre.textContent = JSON.stringify({error: String(e)});
  document.documentElement.appendChild(pre);
});
