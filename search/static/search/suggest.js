// Title suggestions under the search box. Progressive enhancement: without this script the
// form is a plain GET form and works the same.
(function () {
  "use strict";
  document.querySelectorAll("form[data-suggest-url]").forEach(function (form) {
    var input = form.querySelector("input[name=q]");
    var list = form.querySelector(".search-suggestions");
    if (!input || !list || !window.fetch) { return; }
    var timer = null;
    var latest = 0;
    function clear() { list.replaceChildren(); list.hidden = true; }
    input.addEventListener("input", function () {
      clearTimeout(timer);
      var query = input.value.trim();
      if (query.length < 2) { clear(); return; }
      timer = setTimeout(function () {
        var request = ++latest;
        var url = form.dataset.suggestUrl + "?q=" + encodeURIComponent(query);
        fetch(url, { headers: { Accept: "application/json" } })
          .then(function (response) { return response.ok ? response.json() : { suggestions: [] }; })
          .then(function (data) {
            if (request !== latest) { return; }
            clear();
            data.suggestions.forEach(function (suggestion) {
              var item = document.createElement("li");
              item.setAttribute("role", "option");
              var link = document.createElement("a");
              link.href = suggestion.url;
              link.textContent = suggestion.title;
              item.appendChild(link);
              list.appendChild(item);
            });
            list.hidden = data.suggestions.length === 0;
          })
          .catch(clear);
      }, 200);
    });
    input.addEventListener("keydown", function (event) { if (event.key === "Escape") { clear(); } });
  });
})();
