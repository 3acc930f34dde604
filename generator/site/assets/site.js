/* Progressive enhancement only: every page works without JavaScript.
   Charts are pre-rendered SVG; here a button offers an interactive version (tooltips),
   drawn by the Vega bundle served from this site, loaded on first use. */
(function () {
  var loading = null;
  function loadBundle(src) {
    if (window.vegaEmbed) return Promise.resolve();
    if (!loading) {
      loading = new Promise(function (resolve, reject) {
        var s = document.createElement("script");
        s.src = src; s.onload = resolve; s.onerror = reject;
        document.head.appendChild(s);
      });
    }
    return loading;
  }
  function enhance(figure) {
    if (figure.getAttribute("data-ready")) return;
    figure.setAttribute("data-ready", "1");
    var button = document.createElement("button");
    button.type = "button";
    button.className = "md-button chart-button";
    button.textContent = figure.getAttribute("data-label");
    button.addEventListener("click", function () {
      button.disabled = true;
      loadBundle(figure.getAttribute("data-bundle"))
        .then(function () {
          // the phone version of the chart on a phone (the one the picture shows)
          var phone = figure.getAttribute("data-phone");
          var narrow = phone && window.matchMedia && window.matchMedia(phone).matches;
          return fetch(figure.getAttribute(narrow ? "data-spec-narrow" : "data-spec"));
        })
        .then(function (r) { return r.json(); })
        .then(function (spec) {
          var holder = document.createElement("div");
          holder.className = "chart-live";
          figure.insertBefore(holder, figure.firstChild);
          return window.vegaEmbed(holder, spec, { actions: false, renderer: "svg", mode: "vega-lite" }).then(function () {
            var img = figure.querySelector("picture") || figure.querySelector("img");
            if (img) img.style.display = "none";
            button.style.display = "none";
          });
        })
        .catch(function () { button.disabled = false; });
    });
    figure.appendChild(button);
  }
  function init() {
    var figures = document.querySelectorAll("figure.chart[data-spec]");
    for (var i = 0; i < figures.length; i++) enhance(figures[i]);
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
/* A link to something inside a folded section (a flag's row, a figure) opens the fold:
   browsers that do not do it themselves. */
(function () {
  function reveal() {
    var id = decodeURIComponent(location.hash.slice(1));
    var target = id && document.getElementById(id);
    if (!target) return;
    var opened = false;
    for (var node = target.parentElement; node; node = node.parentElement) {
      if (node.tagName === "DETAILS" && !node.open) { node.open = true; opened = true; }
    }
    if (opened) target.scrollIntoView();
  }
  window.addEventListener("hashchange", reveal);
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", reveal);
  else reveal();
})();
