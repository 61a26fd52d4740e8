// Progressive enhancement only: every page works without this file.

// Offline once visited: the service worker (sw.js) saves each page opened, and the pages this one names in
// data-offline-pages (home, relief, when to see a doctor and the offline page, in the reader's language).
(function () {
  "use strict";
  // A page without the list (the static export) keeps nothing offline: no worker at all.
  if (!("serviceWorker" in navigator) || !window.isSecureContext || !document.body.hasAttribute("data-offline-pages")) return;
  var keep = (document.body.getAttribute("data-offline-pages") || "").split(" ").filter(Boolean);
  keep.unshift(location.pathname + location.search);
  navigator.serviceWorker.register("/sw.js").then(function () {
    return navigator.serviceWorker.ready;
  }).then(function (registration) {
    registration.active.postMessage({ keep: keep });
  }).catch(function () { /* no offline copies: the site works as before */ });
})();

// The conditions filter narrows the list as you type. The server renders each entry's folded search text
// (data-search, with the other words from the words file) and the wording (data-all/-some/-none/-elsewhere), so the
// words live in C# and in content; this mirrors ConditionFilter's rules: fold, match by stem, suggest the closest.
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
  var showAllRow = document.querySelector(".show-all-row");
  var showAll = showAllRow.querySelector(".show-all");
  var closestBox = document.querySelector(".filter-closest");
  var closestList = closestBox.querySelector("ul");
  var elsewhereBox = document.querySelector(".filter-elsewhere");
  var elsewhere = elsewhereBox.querySelectorAll("[data-elsewhere]");
  var sections = document.querySelectorAll(".condition-category");
  var entries = document.querySelectorAll(".condition-list [data-search]");
  var total = entries.length;
  var MIN_STEM = 4, MAX_ENDING = 3; // ConditionFilter.MinStem, MaxEnding

  // Mirrors ConditionFilter.Fold: no accents, lower case, apostrophes dropped, other punctuation as spaces.
  function fold(text) {
    return text.normalize("NFD").replace(/\p{Mn}/gu, "").toLowerCase()
      .replace(/['\u2019]/g, "").replace(/[^\p{L}\p{Nd}]+/gu, " ").trim();
  }

  // Mirrors ConditionFilter.WordMatches: the word contains what was typed, or shares its stem.
  function wordMatches(typed, word) {
    if (word.indexOf(typed) >= 0) return true;
    var shared = 0;
    while (shared < typed.length && shared < word.length && typed[shared] === word[shared]) shared++;
    return shared >= Math.max(MIN_STEM, typed.length - MAX_ENDING);
  }

  function matches(text, words) {
    var textWords = text.split(" ");
    return words.every(function (q) { return textWords.some(function (t) { return wordMatches(q, t); }); });
  }

  // Mirrors ConditionFilter.Distance: edit distance to the start of the word, so a half-typed word is near.
  function distance(typed, word) {
    var target = word.length > typed.length + 1 ? word.slice(0, typed.length + 1) : word;
    var previous = [], current = [], i, j;
    for (j = 0; j <= target.length; j++) previous[j] = j;
    for (i = 1; i <= typed.length; i++) {
      current = [i];
      for (j = 1; j <= target.length; j++) {
        current[j] = Math.min(current[j - 1] + 1, previous[j] + 1, previous[j - 1] + (typed[i - 1] === target[j - 1] ? 0 : 1));
      }
      previous = current;
    }
    var last = previous[target.length];
    return target.length > typed.length ? Math.min(last, previous[target.length - 1]) : last;
  }

  // Mirrors ConditionFilter.Closest: at most three entries, nearest first, none when nothing is near.
  function closest(words) {
    var limit = words.reduce(function (sum, q) { return sum + Math.max(1, Math.floor(q.length / 3)); }, 0);
    return Array.prototype.map.call(entries, function (item, index) {
      var textWords = item.getAttribute("data-search").split(" ");
      var d = words.reduce(function (sum, q) {
        return sum + Math.min.apply(null, textWords.map(function (w) { return distance(q, w); }));
      }, 0);
      return { name: item.getAttribute("data-name"), d: d, index: index };
    }).filter(function (x) { return x.d <= limit; })
      .sort(function (a, b) { return a.d - b.d || a.index - b.index; })
      .slice(0, 3);
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
        var match = matches(item.getAttribute("data-search"), words);
        item.hidden = !match;
        if (match) { any = true; shown++; }
      });
      section.hidden = !any;
    });
    var others = 0;
    elsewhere.forEach(function (item) {
      var match = words.length > 0 && matches(item.getAttribute("data-elsewhere"), words);
      item.hidden = !match;
      if (match) others++;
    });
    elsewhereBox.hidden = others === 0;

    var near = words.length > 0 && shown === 0 && others === 0 ? closest(words) : [];
    closestList.textContent = "";
    near.forEach(function (x) {
      var link = document.createElement("a");
      link.href = showAll.getAttribute("href") + "?q=" + encodeURIComponent(x.name) + "#condition-results";
      link.textContent = x.name;
      var item = document.createElement("li");
      item.appendChild(link);
      closestList.appendChild(item);
    });
    closestBox.hidden = near.length === 0;

    var template = query === "" ? status.dataset.all : shown > 0 ? status.dataset.some : others > 0 ? status.dataset.elsewhere : status.dataset.none;
    message.textContent = fill(template, { total: total, groups: sections.length, shown: shown, query: query });
    showAllRow.hidden = query === "";
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

// "Is this page useful?" in place. The forms work without this (a post, then a redirect to #feedback-thanks or
// #feedback-more); here the same fields go by fetch, the server answers JSON, and the next step shows without
// leaving the page. The words for failures come from the page, so they are translated with it.
(function () {
  "use strict";
  var section = document.querySelector(".feedback");
  if (!section || !window.fetch || !window.URLSearchParams) return;
  var error = section.querySelector(".feedback-error");

  function show(state) {
    section.setAttribute("data-state", state);
    section.querySelector(state === "more" ? ".feedback-more" : ".feedback-thanks").focus();
  }

  function messageFor(status) {
    if (status === 429) return section.dataset.tooMany;
    if (status === 503 || status === 0) return section.dataset.notSaved;
    return section.dataset.refused;
  }

  section.querySelectorAll("form").forEach(function (form) {
    var buttons = form.querySelectorAll("button");
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var body = new URLSearchParams(new FormData(form));
      var button = event.submitter;
      if (button && button.name) body.append(button.name, button.value);
      buttons.forEach(function (b) { b.disabled = true; });
      error.hidden = true;
      fetch(form.action, { method: "POST", body: body, headers: { Accept: "application/json" }, credentials: "omit" })
        .then(function (response) { return response.status; }, function () { return 0; })
        .then(function (status) {
          buttons.forEach(function (b) { b.disabled = false; });
          if (status >= 200 && status < 300) {
            show(button && button.value === "no" ? "more" : "thanks");
            return;
          }
          error.textContent = messageFor(status);
          error.hidden = false;
        });
    });
  });
})();

(function () {
  "use strict";
  // The handout's Print button. Without JavaScript the page says to use the browser's print command instead;
  // the button's words come from the page (data-print-button), so they are in the page's language.
  document.querySelectorAll("[data-print-button]").forEach(function (hint) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = "print-button no-print";
    button.textContent = hint.getAttribute("data-print-button");
    button.addEventListener("click", function () { window.print(); });
    hint.parentNode.insertBefore(button, hint);
  });
})();
