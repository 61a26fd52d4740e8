// Progressive enhancement only: every page works without this file.
// The conditions filter narrows the list as you type. The server renders each condition's folded
// search text (data-search) and the count line's wording (data-all/-some/-none), so the matching
// rules and the words live in C#; this only folds the query the same way and compares.
(function () {
  "use strict";
  // The language links open the same page in another language. Section ids are the same in every language,
  // so the section being read can come along.
  document.querySelectorAll("a.language-link").forEach(function (link) {
    link.addEventListener("click", function () {
      if (location.hash) link.href = link.getAttribute("href").split("#")[0] + location.hash;
    });
  });
})();

(function () {
  "use strict";
  var form = document.querySelector(".condition-filter");
  var status = document.getElementById("condition-count");
  if (!form || !status) return;
  var input = form.querySelector("input[name=q]");
  var message = status.querySelector(".filter-message");
  var showAll = status.querySelector(".show-all");
  var sections = document.querySelectorAll(".condition-category");
  var total = document.querySelectorAll("[data-search]").length;

  // Mirrors ConditionFilter.Fold: no accents, lower case, apostrophes dropped, other punctuation as spaces.
  function fold(text) {
    return text.normalize("NFD").replace(/\p{Mn}/gu, "").toLowerCase()
      .replace(/['\u2019]/g, "").replace(/[^\p{L}\p{Nd}]+/gu, " ").trim();
  }

  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, function (_, key) { return values[key]; });
  }

  function update() {
    var query = input.value.trim();
    var words = fold(query).split(" ").filter(Boolean);
    var shown = 0;
    sections.forEach(function (section) {
      var any = false;
      section.querySelectorAll("[data-search]").forEach(function (item) {
        var text = item.getAttribute("data-search");
        var match = words.every(function (w) { return text.indexOf(w) >= 0; });
        item.hidden = !match;
        if (match) { any = true; shown++; }
      });
      section.hidden = !any;
    });
    var template = query === "" ? status.dataset.all : shown === 0 ? status.dataset.none : status.dataset.some;
    message.textContent = fill(template, { total: total, groups: sections.length, shown: shown, query: query });
    showAll.hidden = query === "";
  }

  // A static export serves this page whatever the query, so the search from the address (?q=, from the
  // form or a shared link) is applied here; on the live site the server has already applied it.
  var fromAddress = new URLSearchParams(window.location.search).get("q");
  if (fromAddress !== null && input.value === "") {
    input.value = fromAddress;
  }
  if (input.value.trim() !== "") update();

  input.addEventListener("input", update);
  showAll.addEventListener("click", function (event) {
    event.preventDefault();
    input.value = "";
    update();
    input.focus();
  });
})();
