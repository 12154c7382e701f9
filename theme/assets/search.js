// Offline search over window.BRIEFING_SEARCH (search-index.js): prefix matching, ranked results, keyboard use.
// Everything from the index is written with textContent, never as HTML.
(function () {
  'use strict';
  var index = window.BRIEFING_SEARCH || [];
  var root = document.body.getAttribute('data-root') || '';
  var input = document.getElementById('search-q');
  var list = document.getElementById('search-results');
  var status = document.getElementById('search-status');
  if (!input || !list) { return; }

  var fields = [['title', 8], ['entities', 4], ['tags', 4], ['summary', 2], ['facts', 1]];
  var maxResults = 50;

  function fold(text) {
    return String(text || '').toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  }

  function words(text) {
    return fold(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  }

  var prepared = index.map(function (entry) {
    return {
      entry: entry,
      fields: fields.map(function (field) {
        var value = entry[field[0]];
        return { weight: field[1], words: words(Array.isArray(value) ? value.join(' ') : value) };
      })
    };
  });

  // Every term must begin some word; a whole-word hit counts double, a title hit most.
  function score(item, terms) {
    var total = 0;
    for (var t = 0; t < terms.length; t++) {
      var best = 0;
      for (var f = 0; f < item.fields.length; f++) {
        var field = item.fields[f];
        for (var w = 0; w < field.words.length; w++) {
          var word = field.words[w];
          if (word === terms[t]) { best = Math.max(best, field.weight * 2); }
          else if (word.indexOf(terms[t]) === 0) { best = Math.max(best, field.weight); }
        }
      }
      if (best === 0) { return 0; }
      total += best;
    }
    return total;
  }

  function startsAnyTerm(word, terms) {
    var folded = fold(word);
    return folded.length > 0 && terms.some(function (term) { return folded.indexOf(term) === 0; });
  }

  // The part of the summary or facts around the first matching word, about 200 characters.
  function snippet(entry, terms) {
    var texts = [entry.summary || '', entry.facts || ''];
    for (var i = 0; i < texts.length; i++) {
      var text = texts[i];
      var re = /[\p{L}\p{N}]+/gu;
      var match;
      while ((match = re.exec(text)) !== null) {
        if (startsAnyTerm(match[0], terms)) {
          var start = Math.max(0, match.index - 80);
          var end = Math.min(text.length, match.index + 120);
          return (start > 0 ? '…' : '') + text.slice(start, end) + (end < text.length ? '…' : '');
        }
      }
    }
    var fallback = entry.summary || entry.facts || '';
    return fallback.length > 200 ? fallback.slice(0, 200) + '…' : fallback;
  }

  function appendHighlighted(parent, text, terms) {
    var parts = text.split(/([\p{L}\p{N}]+)/u);
    parts.forEach(function (part) {
      if (startsAnyTerm(part, terms)) {
        var mark = document.createElement('mark');
        mark.textContent = part;
        parent.appendChild(mark);
      } else if (part) {
        parent.appendChild(document.createTextNode(part));
      }
    });
  }

  function render(query) {
    var terms = words(query);
    list.textContent = '';
    if (terms.length === 0) {
      status.textContent = index.length + ' items searchable.';
      return;
    }
    var results = prepared
      .map(function (item) { return { entry: item.entry, score: score(item, terms) }; })
      .filter(function (r) { return r.score > 0; })
      .sort(function (a, b) { return b.score - a.score || String(a.entry.title).localeCompare(String(b.entry.title)); });
    status.textContent = results.length === 0
      ? 'No results for “' + query + '”.'
      : results.length + (results.length === 1 ? ' result' : ' results') + ' for “' + query + '”.';
    results.slice(0, maxResults).forEach(function (result) {
      var entry = result.entry;
      var item = document.createElement('li');
      var link = document.createElement('a');
      link.className = 'result-title';
      link.href = root + entry.url;
      appendHighlighted(link, String(entry.title || ''), terms);
      item.appendChild(link);
      var meta = document.createElement('p');
      meta.className = 'meta';
      var kind = document.createElement('span');
      kind.className = 'kind';
      kind.textContent = entry.kind || '';
      meta.appendChild(kind);
      if (entry.date) {
        var date = document.createElement('span');
        date.textContent = entry.date;
        meta.appendChild(date);
      }
      item.appendChild(meta);
      var text = snippet(entry, terms);
      if (text) {
        var p = document.createElement('p');
        p.className = 'snippet';
        appendHighlighted(p, text, terms);
        item.appendChild(p);
      }
      list.appendChild(item);
    });
  }

  function resultLinks() {
    return Array.prototype.slice.call(list.querySelectorAll('a.result-title'));
  }

  input.addEventListener('keydown', function (event) {
    if (event.key === 'ArrowDown') {
      var links = resultLinks();
      if (links.length) { event.preventDefault(); links[0].focus(); }
    }
  });

  list.addEventListener('keydown', function (event) {
    var links = resultLinks();
    var at = links.indexOf(document.activeElement);
    if (at < 0) { return; }
    if (event.key === 'ArrowDown' && at + 1 < links.length) { event.preventDefault(); links[at + 1].focus(); }
    else if (event.key === 'ArrowUp') { event.preventDefault(); (at > 0 ? links[at - 1] : input).focus(); }
    else if (event.key === 'Escape') { event.preventDefault(); input.focus(); }
  });

  var pending;
  input.addEventListener('input', function () {
    clearTimeout(pending);
    pending = setTimeout(function () {
      render(input.value);
      try {
        var url = new URL(window.location.href);
        url.searchParams.set('q', input.value);
        window.history.replaceState(null, '', url.toString());
      } catch (e) {
        // Some browsers refuse history changes on file:// pages; the search still works.
      }
    }, 120);
  });

  var query = new URLSearchParams(window.location.search).get('q') || '';
  input.value = query;
  render(query);
  if (!query) { input.focus(); }
})();
