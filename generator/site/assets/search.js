/* Pagefind search UI, served from this site (pagefind/ next to the pages). */
(function () {
  var box = document.getElementById("site-search");
  if (!box || typeof PagefindUI === "undefined") return;
  new PagefindUI({
    element: "#site-search",
    showSubResults: true,
    showImages: false,
    resetStyles: false,
    translations: { placeholder: box.getAttribute("data-placeholder") || "" }
  });
  // A visible label for the search field (the UI only gives it a placeholder).
  var tries = 0;
  (function label() {
    var input = box.querySelector("input");
    if (!input) { if (tries++ < 50) setTimeout(label, 20); return; }
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
