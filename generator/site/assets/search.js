/* Pagefind search UI, served from this site (pagefind/ next to the pages). */
(function () {
  var box = document.getElementById("search");
  if (!box || typeof PagefindUI === "undefined") return;
  new PagefindUI({
    element: "#search",
    showSubResults: true,
    showImages: false,
    resetStyles: false,
    translations: { placeholder: box.getAttribute("data-placeholder") || "" }
  });
})();
