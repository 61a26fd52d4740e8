// Offline once visited. Registered by site.js, so readers without JavaScript are unaffected.
// - Pages are network first: online, every page comes from the site (revalidated, never a stale HTTP-cache copy),
//   so a new content version replaces the saved copy on the next visit. Each page opened is saved.
// - The page hands over (postMessage) the pages every reader keeps in their language: home, relief, when to see
//   a doctor, and the friendly offline page. They are fetched and saved at once.
// - Offline: a saved copy is shown with its note ("You are offline. This copy was saved on ..."), filled in here
//   from the page's own words and the day it was saved; a page never saved gets the offline page of its language.
// - The cache is bounded: at most MAX_PAGES pages (the oldest saved go first; kept pages are saved again on every
//   visit, so they stay) and the site's few asset files. docs/quality.md explains the bound.
"use strict";

var CACHE = "nlc-v1";
var MAX_PAGES = 60;
var SAVED_AT = "x-nlc-saved-at";

self.addEventListener("install", function () { self.skipWaiting(); });

self.addEventListener("activate", function (event) {
  // Caches of an older version of this file are dropped: one cache at a time.
  event.waitUntil(caches.keys().then(function (names) {
    return Promise.all(names.filter(function (n) { return n.indexOf("nlc-") === 0 && n !== CACHE; })
      .map(function (n) { return caches.delete(n); }));
  }).then(function () { return self.clients.claim(); }));
});

self.addEventListener("message", function (event) {
  var pages = event.data && event.data.keep;
  if (!Array.isArray(pages)) return;
  event.waitUntil(Promise.all(pages.filter(isPagePath).map(function (path) {
    return fetchAndSave(new Request(new URL(path, self.location.origin).href)).catch(function () { });
  })));
});

self.addEventListener("fetch", function (event) {
  var request = event.request;
  var url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin) return;
  if (request.mode === "navigate") {
    event.respondWith(page(request));
  } else if (/^\/(css|js)\/|^\/favicon\.svg$|^\/manifest\.webmanifest$/.test(url.pathname)) {
    event.respondWith(fetchAndSave(request).catch(function () { return caches.match(request, { ignoreSearch: true }); }));
  }
});

function isPagePath(path) { return typeof path === "string" && path.charAt(0) === "/" && path.charAt(1) !== "/"; }

// Online: the site's answer, saved. Offline: the saved copy with its note, or the offline page.
function page(request) {
  return fetchAndSave(request).catch(function () {
    return caches.open(CACHE).then(function (cache) {
      return cache.match(request, { ignoreSearch: false }).then(function (saved) {
        if (saved) return withOfflineNote(saved);
        return cache.match(offlinePageFor(new URL(request.url).pathname)).then(function (offline) {
          return offline || new Response("You are offline.", { status: 503, headers: { "Content-Type": "text/plain; charset=utf-8" } });
        });
      });
    });
  });
}

function fetchAndSave(request) {
  return fetch(request, { cache: "no-cache" }).then(function (response) {
    // Only whole, successful pages of this site are kept: never an error page in place of a good copy.
    if (response.ok && response.type === "basic" && !response.redirected) {
      var copy = response.clone();
      copy.blob().then(function (body) {
        var headers = new Headers(copy.headers);
        headers.set(SAVED_AT, new Date().toISOString());
        return caches.open(CACHE).then(function (cache) {
          var key = request.url.split("#")[0];
          return cache.delete(key).then(function () {
            return cache.put(key, new Response(body, { status: copy.status, statusText: copy.statusText, headers: headers }));
          }).then(function () { return bound(cache); });
        });
      });
    }
    return response;
  });
}

// Oldest first (a cache lists its entries in the order they were put): drop pages beyond the bound.
function bound(cache) {
  return cache.keys().then(function (keys) {
    var pages = keys.filter(function (k) { return !/^\/(css|js)\/|^\/favicon\.svg$|^\/manifest\.webmanifest$/.test(new URL(k.url).pathname); });
    return Promise.all(pages.slice(0, Math.max(0, pages.length - MAX_PAGES)).map(function (k) { return cache.delete(k); }));
  });
}

// /es/alivio -> /es/offline; /relief -> /offline. A first segment of two letters is a language folder.
function offlinePageFor(path) {
  var language = /^\/([a-z]{2})(\/|$)/.exec(path);
  return self.location.origin + (language ? "/" + language[1] : "") + "/offline";
}

function withOfflineNote(saved) {
  var when = new Date(saved.headers.get(SAVED_AT) || Date.now());
  return saved.text().then(function (html) {
    var lang = (/<html[^>]*\slang="([^"]+)"/.exec(html) || [])[1] || "en";
    var date = new Intl.DateTimeFormat(lang === "en" ? "en-GB" : lang, { day: "numeric", month: "long", year: "numeric" }).format(when);
    var noted = html.replace(/<p class="offline-note" hidden>([^<]*)<\/p>/, function (_, note) {
      return '<p class="offline-note" role="status">' + note.replace("{date}", date) + "</p>";
    });
    var headers = new Headers(saved.headers);
    headers.delete("content-length");
    return new Response(noted, { status: 200, headers: headers });
  });
}
