/* Pagefind search UI, served from this site (pagefind/ next to the pages), with the names
   of places, indicators, services and models listed first when what was typed matches
   them (assets/names.<lang>.json; marks and đ optional), then the full-text results.
   The index is in bundles: pagefind/ itself and the ones listed in pagefind/shards.json
   (report and place pages, by bucket), merged here with Pagefind's mergeIndex, so a new
   report re-indexes one bundle, not the whole site. */
(function () {
  var box = document.getElementById("site-search");
  if (!box || typeof PagefindUI === "undefined") return;
  var script = document.querySelector('script[src*="pagefind/pagefind-ui.js"]');
  var bundle = script ? new URL("./", script.src) : null;
  var asked = new URLSearchParams(window.location.search).get("q");
  var RANKING = { pageLength: 0 };

  function start(shards) {
    var ui = new PagefindUI({
      element: "#site-search",
      showSubResults: true,
      showImages: false,
      resetStyles: false,
      // page length counts for nothing: a place's long page ranks by its words, not its size
      ranking: RANKING,
      // each merged bundle is ranked by the same rule (an index's options are its own)
      mergeIndex: shards.map(function (name) {
        return { bundlePath: new URL("shards/" + name + "/", bundle).pathname, ranking: RANKING };
      }),
      translations: { placeholder: box.getAttribute("data-placeholder") || "" }
    });
    // The words typed in the header's search box (a plain form: ?q=…).
    if (asked) { ui.triggerSearch(asked); show(asked); }
    label();
  }

  function fold(text) {
    return (text || "").normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[đĐ]/g, "d").toLowerCase();
  }
  var names = null;
  var list = document.createElement("section");
  list.className = "names-results";
  list.setAttribute("aria-live", "polite");
  box.parentNode.insertBefore(list, box.nextSibling);  // moved under the search field once it exists
  function load() {
    if (names) return Promise.resolve(names);
    return fetch(box.getAttribute("data-names")).then(function (r) { return r.json(); })
      .then(function (data) { names = data; return data; }).catch(function () { names = []; return names; });
  }
  function show(query) {
    var words = fold(query).split(/[^a-z0-9]+/).filter(Boolean);
    list.innerHTML = "";
    if (!words.length) return;
    load().then(function (all) {
      var found = all.filter(function (entry) {
        var tokens = entry.f.split(/[^a-z0-9]+/);
        return words.every(function (w) { return tokens.some(function (t) { return t.indexOf(w) === 0; }); });
      });
      var whole = fold(query).trim();
      found.sort(function (a, b) {
        var ea = a.f.indexOf(whole) >= 0 ? 0 : 1, eb = b.f.indexOf(whole) >= 0 ? 0 : 1;
        return ea - eb || a.f.length - b.f.length || (a.f < b.f ? -1 : 1);
      });
      list.innerHTML = "";
      if (!found.length) return;
      var title = document.createElement("p");
      title.className = "names-title";
      title.textContent = box.getAttribute("data-names-title");
      var ol = document.createElement("ol");
      found.slice(0, 8).forEach(function (entry) {
        var li = document.createElement("li");
        var a = document.createElement("a");
        a.href = box.getAttribute("data-root") + entry.u;
        a.className = "names-result-link";
        a.textContent = entry.n;
        var kind = document.createElement("span");
        kind.className = "names-kind";
        kind.textContent = " · " + entry.k;
        li.appendChild(a);
        li.appendChild(kind);
        ol.appendChild(li);
      });
      list.appendChild(title);
      list.appendChild(ol);
    });
  }

  // A visible label for the search field (the UI only gives it a placeholder), and the
  // names follow what is typed.
  var tries = 0;
  function label() {
    var input = box.querySelector("input");
    if (!input) { if (tries++ < 100) setTimeout(label, 20); return; }
    input.id = input.id || "search-input";
    input.addEventListener("input", function () { show(input.value); });
    var form = input.closest("form") || input.parentNode;
    var drawer = form.querySelector(".pagefind-ui__drawer");
    form.insertBefore(list, drawer || null);
    var text = box.getAttribute("data-label");
    if (text && !document.querySelector('label[for="' + input.id + '"]')) {
      var tag = document.createElement("label");
      tag.setAttribute("for", input.id);
      tag.className = "search-label";
      tag.textContent = text;
      box.parentNode.insertBefore(tag, box);
    }
  }

  if (bundle && window.fetch) {
    fetch(new URL("shards.json", bundle).href)
      .then(function (response) { return response.ok ? response.json() : []; })
      .then(function (shards) { start(Array.isArray(shards) ? shards : []); },
            function () { start([]); });
  } else {
    start([]);
  }
})();
