// litlod's SPARQL editor page: YASGUI pointed at the endpoint, and the example list that fills it.
(function () {
  "use strict";
  var holder = document.getElementById("yasgui");
  if (!holder || typeof Yasgui === "undefined") {
    return; // no JavaScript editor: the examples still link to the endpoint
  }
  var endpoint = new URL(holder.getAttribute("data-endpoint"), window.location.href).href;
  var examples = JSON.parse(document.getElementById("example-queries").textContent);
  var yasgui = new Yasgui(holder, {
    requestConfig: { endpoint: endpoint, method: "POST" },
    copyEndpointOnNewTab: false,
    persistenceId: null,
    endpointCatalogueOptions: { getData: function () { return [{ endpoint: endpoint }]; } }
  });
  document.body.classList.add("has-editor");

  function choose(example, run) {
    var tab = yasgui.getTab();
    tab.setName(example.title);
    var yasqe = tab.getYasqe();
    yasqe.setValue(example.query);
    document.querySelectorAll("button.example").forEach(function (b) {
      b.setAttribute("aria-pressed", String(b.getAttribute("data-example") === example.id));
    });
    if (run) {
      yasqe.query();
    }
  }

  document.querySelectorAll("button.example").forEach(function (button) {
    button.addEventListener("click", function () {
      var id = button.getAttribute("data-example");
      var example = examples.find(function (e) { return e.id === id; });
      if (example) {
        choose(example, !example.target); // an example another engine runs is shown, not run here
        if (holder.getBoundingClientRect().top > window.innerHeight / 2) {
          holder.scrollIntoView({ behavior: "smooth", block: "start" }); // examples above the editor (phones)
        }
      }
    });
  });
  if (examples.length > 0) {
    choose(examples[0], false);
    window.scrollTo(0, 0); // filling the editor must not move the page
  }
})();
