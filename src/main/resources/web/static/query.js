// The query page: YASGUI on this server's endpoint, one tab per example query.
(function () {
  "use strict";
  var el = document.getElementById("yasgui");
  var examples = JSON.parse(document.getElementById("examples").textContent || "[]");
  // the endpoint on the server that sent this page, whatever base the IRIs carry
  var endpoint = new URL("councilgraph/sparql", new URL(".", location.href)).href;
  var selected = el.getAttribute("data-selected");
  var run = el.getAttribute("data-run") === "1";
  var fallback = "PREFIX cg: <https://w3id.org/councilgraph/def#>\n" +
    "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n\n" +
    "# What the dataset holds: entities by class\n" +
    "SELECT ?class (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?class } GROUP BY ?class ORDER BY DESC(?n)\n";

  var yasgui = new Yasgui(el, {
    requestConfig: { endpoint: endpoint, method: "POST" },
    copyEndpointOnNewTab: true,
    persistenceId: null,        // the examples are the starting point on every visit
    autoAddOnInit: false,
    populateFromUrl: false,
    yasqe: { value: fallback },
    endpointCatalogueOptions: { getData: function () { return [{ endpoint: endpoint }]; }, keys: [] }
  });

  function short(s) { return s.length > 40 ? s.slice(0, 39) + "\u2026" : s; }

  var active = null;
  if (examples.length === 0) {
    active = yasgui.addTab(true, { name: "Classes", yasqe: { value: fallback }, requestConfig: { endpoint: endpoint } });
  }
  examples.forEach(function (ex, i) {
    var pick = selected ? ex.name === selected : i === 0;
    var tab = yasgui.addTab(pick, { name: short(ex.question), yasqe: { value: ex.query }, requestConfig: { endpoint: endpoint } });
    if (pick) { active = tab; }
  });
  if (!active) { active = yasgui.getTab(); }
  if (active && selected) { yasgui.selectTabId(active.getId()); }
  if (run && active) {
    var q = function () { var y = yasgui.getTab().getYasqe(); if (y) { y.query(); } else { setTimeout(q, 50); } };
    q();
  }
  window.yasgui = yasgui;
})();
