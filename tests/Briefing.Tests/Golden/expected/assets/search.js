// The search page, on Pagefind's JS API (the index the build wrote under pagefind/). It runs the query given as ?q=
// (what the header's search field submits), keeps ?q= in step with the field, lists ten results at a time and
// offers an order and filters. Filters are fetched only when the reader opens them: they are the biggest part of the
// index a query could fetch (every value of every filter), and most searches never use them. The elements are made
// here, so a reader without JavaScript sees only the page's links to the indexes.
(function () {
  "use strict";
  var page = document.querySelector(".search-page");
  if (!page) return;
  var bundle = page.getAttribute("data-bundle");
  var base = page.getAttribute("data-base");
  var fallback = page.querySelector(".search-fallback");
  var pageSize = 10;
  // The groups a filter can be chosen from, in the order shown; years newest first, kinds by name, the rest by count.
  var groups = [
    { key: "kind", legend: "Kind", order: "name" },
    { key: "year", legend: "Year", order: "newest" },
    { key: "country", legend: "Country", order: "count" },
    { key: "person", legend: "Person", order: "count" },
    { key: "organisation", legend: "Organisation", order: "count" },
    { key: "tag", legend: "Tag", order: "count" }
  ];
  var shortList = 10;

  function element(name, attributes, text) {
    var e = document.createElement(name);
    for (var key in attributes) e.setAttribute(key, attributes[key]);
    if (text !== undefined) e.textContent = text;
    return e;
  }

  var form = element("form", { "class": "search-form" });
  var field = element("p", { "class": "search-field" });
  field.appendChild(element("label", { "for": "search-q" }, "Search briefings, people and countries"));
  var input = field.appendChild(element("input", { id: "search-q", type: "search", name: "q", autocomplete: "off", spellcheck: "false" }));
  form.appendChild(field);
  var orderField = element("p", { "class": "search-order" });
  orderField.appendChild(element("label", { "for": "search-order" }, "Order"));
  var order = orderField.appendChild(element("select", { id: "search-order", name: "order" }));
  order.appendChild(new Option("Best match", ""));
  order.appendChild(new Option("Newest first", "desc"));
  order.appendChild(new Option("Oldest first", "asc"));
  form.appendChild(orderField);
  var pane = element("details", { "class": "search-filters" });
  pane.appendChild(element("summary", {}, "Filter"));
  var paneBody = pane.appendChild(element("div", { "class": "search-filter-groups" }));
  form.appendChild(pane);

  var status = element("p", { "class": "search-status", role: "status" });
  var list = element("ol", { "class": "search-results" });
  var more = element("button", { type: "button", "class": "search-more", hidden: "" }, "Load more results");

  var ui = element("div", { "class": "search-ui" });
  ui.appendChild(form);
  ui.appendChild(status);
  ui.appendChild(list);
  ui.appendChild(more);
  fallback.hidden = true;
  page.insertBefore(ui, fallback);

  var engine = null; // the promise of Pagefind's module, once asked for
  var filterValues = null; // every filter's values and page counts, once the pane has been opened
  var boxes = {}; // group key → { value → the count's text node }
  var current = null; // the results being listed and how many are shown
  var run = 0; // the number of the latest search, so an older one that finishes later is dropped
  var timer = 0;

  function pagefind() {
    if (!engine) {
      engine = import(bundle + "pagefind.js").then(function (module) {
        return module.options({ baseUrl: base, excerptLength: 24 }).then(function () { return module; });
      });
      engine.catch(failed);
    }
    return engine;
  }

  function failed() {
    status.textContent = "";
    var alert = element("p", { "class": "search-error", role: "alert" }, "The search index could not be loaded.");
    page.insertBefore(alert, ui);
    ui.hidden = true;
    fallback.hidden = false;
  }

  function chosenFilters() {
    var chosen = {};
    var any = false;
    groups.forEach(function (group) {
      var values = [];
      paneBody.querySelectorAll("input[name=" + group.key + "]:checked").forEach(function (box) { values.push(box.value); });
      if (values.length) {
        chosen[group.key] = { any: values };
        any = true;
      }
    });
    return any ? chosen : null;
  }

  function plural(count, one, many) {
    return count.toLocaleString("en") + " " + (count === 1 ? one : many);
  }

  function search() {
    clearTimeout(timer);
    var term = input.value.trim();
    var filters = chosenFilters();
    var address = new URL(window.location.href);
    if (term) address.searchParams.set("q", term);
    else address.searchParams.delete("q");
    if (address.href !== window.location.href) history.replaceState(history.state, "", address.href);
    var mine = ++run;
    if (!term && !filters) {
      show(mine, null, "", null);
      return;
    }
    var options = { filters: filters || {}, sort: order.value ? { date: order.value } : {} };
    pagefind().then(function (module) {
      // A search of no words with filters lists every page the filters choose.
      return module.search(term || null, options);
    }).then(function (found) {
      show(mine, found, term, filters);
    }, function (error) {
      if (mine === run) status.textContent = "The search failed: " + error.message;
    });
  }

  function later() {
    clearTimeout(timer);
    timer = setTimeout(search, 250);
  }

  function show(mine, found, term, filters) {
    if (mine !== run) return;
    current = found ? { results: found.results, shown: 0 } : null;
    if (!found) {
      list.textContent = "";
      more.hidden = true;
      status.textContent = "";
      counts(null);
      return;
    }
    var text = plural(found.results.length, "result", "results") + (term ? " for " + term : " with these filters");
    if (filters && term) text += " (" + plural(found.unfilteredResultCount, "result", "results") + " without filters)";
    counts(found.filters);
    page.setAttribute("aria-busy", "true");
    next(mine, true).then(function () {
      if (mine !== run) return;
      page.removeAttribute("aria-busy");
      status.textContent = text;
    });
  }

  // Lists the next ten results (in place of the list there was, when replacing: so it does not flicker while the
  // pages are fetched); resolves to the first new item, null when there was none or a newer search came first.
  function next(mine, replace) {
    var batch = current.results.slice(current.shown, current.shown + pageSize);
    current.shown += batch.length;
    return Promise.all(batch.map(function (result) { return result.data(); })).then(function (pages) {
      if (mine !== run) return null;
      if (replace) list.textContent = "";
      var first = null;
      pages.forEach(function (data) {
        var item = list.appendChild(resultItem(data));
        first = first || item;
      });
      more.hidden = current.shown >= current.results.length;
      return first;
    });
  }

  function resultItem(data) {
    var item = element("li", { "class": "search-result" });
    var title = item.appendChild(element("h2", { "class": "search-result-title" }));
    title.appendChild(element("a", { href: data.url }, (data.meta && data.meta.title) || data.url));
    var facts = [];
    if (data.filters && data.filters.kind) facts.push(data.filters.kind[0]);
    if (data.meta && data.meta.date) facts.push(data.meta.date);
    if (facts.length) item.appendChild(element("p", { "class": "search-result-facts" }, facts.join(" · ")));
    item.appendChild(excerpt(data.excerpt || ""));
    return item;
  }

  // Pagefind's excerpt is the page's text with < and > escaped and the matched words in <mark>. It is read in a
  // document of its own (nothing in one runs or loads) and only its text and its marks are carried over, so no
  // markup from a page can reach this one whatever the excerpt holds.
  function excerpt(html) {
    var p = element("p", { "class": "search-result-excerpt" });
    var parsed = new DOMParser().parseFromString("<!DOCTYPE html><body>" + html, "text/html");
    parsed.body.childNodes.forEach(function (node) {
      p.appendChild(node.nodeName === "MARK" ? element("mark", {}, node.textContent) : document.createTextNode(node.textContent));
    });
    return p;
  }

  function openFilters() {
    if (filterValues) return;
    filterValues = {};
    paneBody.appendChild(element("p", { "class": "search-filter-loading" }, "Loading filters…"));
    pagefind().then(function (module) { return module.filters(); }).then(function (values) {
      filterValues = values;
      paneBody.textContent = "";
      groups.forEach(function (group) {
        if (values[group.key] && Object.keys(values[group.key]).length) paneBody.appendChild(fieldset(group, values[group.key]));
      });
      // The counts for the words already searched for.
      if (current) search();
    }, function () {
      filterValues = null;
      paneBody.textContent = "";
      paneBody.appendChild(element("p", { "class": "search-error", role: "alert" }, "The filters could not be loaded."));
    });
  }

  function fieldset(group, values) {
    var names = Object.keys(values);
    names.sort(function (a, b) {
      if (group.order === "newest") return a < b ? 1 : a > b ? -1 : 0;
      if (group.order === "count" && values[a] !== values[b]) return values[b] - values[a];
      return a < b ? -1 : a > b ? 1 : 0;
    });
    var set = element("fieldset", { "class": "search-filter" });
    set.appendChild(element("legend", {}, group.legend));
    var options = set.appendChild(element("ul", { "class": "search-filter-values" }));
    boxes[group.key] = {};
    names.forEach(function (name, index) {
      var item = options.appendChild(element("li", index < shortList ? {} : { hidden: "" }));
      var label = item.appendChild(element("label"));
      label.appendChild(element("input", { type: "checkbox", name: group.key, value: name }));
      label.appendChild(document.createTextNode(" " + name + " "));
      var count = label.appendChild(element("span", { "class": "search-filter-count" }));
      count.textContent = "(" + values[name].toLocaleString("en") + ")";
      boxes[group.key][name] = count;
    });
    if (names.length > shortList) {
      var all = set.appendChild(element("button", { type: "button", "class": "search-filter-all" }, "Show all " + names.length.toLocaleString("en") + " " + group.legend.toLowerCase() + " values"));
      all.addEventListener("click", function () {
        var first = options.querySelector("li[hidden]");
        options.querySelectorAll("li[hidden]").forEach(function (item) { item.hidden = false; });
        all.remove();
        if (first) first.querySelector("input").focus();
      });
    }
    return set;
  }

  // Each value's count of pages among the current results, or among all pages when nothing is searched for.
  function counts(found) {
    var source = found && Object.keys(found).length ? found : filterValues;
    if (!source) return;
    Object.keys(boxes).forEach(function (key) {
      Object.keys(boxes[key]).forEach(function (name) {
        var count = source[key] && source[key][name] !== undefined ? source[key][name] : 0;
        boxes[key][name].textContent = "(" + count.toLocaleString("en") + ")";
      });
    });
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    search();
  });
  input.addEventListener("input", later);
  input.addEventListener("focus", pagefind, { once: true });
  order.addEventListener("change", search);
  paneBody.addEventListener("change", search);
  pane.addEventListener("toggle", function () { if (pane.open) openFilters(); });
  more.addEventListener("click", function () {
    var mine = run;
    next(mine, false).then(function (first) {
      if (first) first.querySelector("a").focus();
    });
  });

  var query = new URLSearchParams(window.location.search).get("q");
  if (query) {
    input.value = query;
    search();
  } else {
    input.focus();
  }
})();
