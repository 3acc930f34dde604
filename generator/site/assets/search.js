/* Pagefind search UI, served from this site (pagefind/ next to the pages). The index is in
   bundles: pagefind/ itself and the ones listed in pagefind/shards.json (report and place
   pages, by bucket), merged here with Pagefind's mergeIndex, so a new report re-indexes
   one bundle, not the whole site. */
(function () {
  var box = document.getElementById("site-search");
  if (!box || typeof PagefindUI === "undefined") return;
  var script = document.querySelector('script[src*="pagefind/pagefind-ui.js"]');
  var bundle = script ? new URL("./", script.src) : null;

  function start(shards) {
    new PagefindUI({
      element: "#site-search",
      showSubResults: true,
      showImages: false,
      resetStyles: false,
      mergeIndex: shards.map(function (name) {
        return { bundlePath: new URL("shards/" + name + "/", bundle).pathname };
      }),
      translations: { placeholder: box.getAttribute("data-placeholder") || "" }
    });
  }

  if (bundle && window.fetch) {
    fetch(new URL("shards.json", bundle).href)
      .then(function (response) { return response.ok ? response.json() : []; })
      .then(function (shards) { start(Array.isArray(shards) ? shards : []); },
            function () { start([]); });
  } else {
    start([]);
  }

  // A visible label for the search field (the UI only gives it a placeholder).
  var tries = 0;
  (function label() {
    var input = box.querySelector("input");
    if (!input) { if (tries++ < 100) setTimeout(label, 20); return; }
    input.id = input.id || "search-input";
    var text = box.getAttribute("data-label");
    if (text && !document.querySelector('label[for="' + input.id + '"]')) {
      var tag = document.createElement("label");
      tag.setAttribute("for", input.id);
      tag.className = "search-label";
      tag.textContent = text;
      box.parentNode.insertBefore(tag, box);
    }
  })();
})();
