// The search page: loads Pagefind's Component UI from the index the build wrote under pagefind/, runs the query
// given as ?q= (what the header's search field submits) and offers filters and an order. The elements are made
// here, so a reader without JavaScript sees only the page's links to the indexes.
(function () {
  "use strict";
  var page = document.querySelector(".search-page");
  if (!page) return;
  var bundle = page.getAttribute("data-bundle");
  var base = page.getAttribute("data-base");

  function element(name, attributes) {
    var e = document.createElement(name);
    for (var key in attributes) e.setAttribute(key, attributes[key]);
    return e;
  }

  var style = element("link", { rel: "stylesheet", href: bundle + "pagefind-component-ui.css" });
  document.head.appendChild(style);

  var ui = element("div", { "class": "search-ui" });
  ui.appendChild(element("pagefind-config", { "bundle-path": bundle, "base-url": base }));
  var bar = element("div", { "class": "search-bar" });
  bar.appendChild(element("pagefind-input", { autofocus: "" }));
  var order = element("label", { "class": "search-order" });
  order.appendChild(document.createTextNode("Order "));
  var select = element("select", { name: "order" });
  select.appendChild(new Option("Best match", ""));
  select.appendChild(new Option("Newest first", "desc"));
  select.appendChild(new Option("Oldest first", "asc"));
  order.appendChild(select);
  bar.appendChild(order);
  ui.appendChild(bar);
  ui.appendChild(element("pagefind-summary", {}));
  var columns = element("div", { "class": "search-columns" });
  var filters = element("div", { "class": "search-filters" });
  filters.appendChild(element("h2", { "class": "search-filters-title" })).textContent = "Filter";
  filters.appendChild(element("pagefind-filter-pane", { open: "kind", sort: "alphabetical" }));
  columns.appendChild(filters);
  columns.appendChild(element("pagefind-results", {}));
  ui.appendChild(columns);

  var script = element("script", { src: bundle + "pagefind-component-ui.js" });
  script.addEventListener("load", function () {
    var instance = window.PagefindComponents.getInstanceManager().getInstance("default");
    select.addEventListener("change", function () {
      instance.searchSort = select.value ? { date: select.value } : {};
      instance.triggerSearch(instance.searchTerm);
    });
    var query = new URLSearchParams(window.location.search).get("q");
    if (query) instance.triggerSearch(query);
  });
  script.addEventListener("error", function () {
    page.insertBefore(element("p", { "class": "search-error", role: "alert" }), page.firstChild).textContent =
      "The search index could not be loaded.";
  });

  page.querySelector(".search-fallback").hidden = true;
  page.insertBefore(ui, page.firstChild);
  document.body.appendChild(script);
})();
