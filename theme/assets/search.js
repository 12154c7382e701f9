// Offline search over window.BRIEFING_SEARCH (search-index.js): prefix matching, ranked results, keyboard use.
// Everything from the index is written with textContent, never as HTML.
(function () {
  'use strict';
  var data = window.BRIEFING_SEARCH || {};
  var root = document.body.getAttribute('data-root') || '';
  var input = document.getElementById('search-q');
  var list = document.getElementById('search-results');
  var status = document.getElementById('search-status');
  var maxResults = 50;
  // How much a hit in each field counts; a whole-word hit counts double.
  var weights = { title: 8, names: 4, tags: 4, summary: 2, facts: 2 };
  var LEADING = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';
  var LAST = 'abcdefghijklmnopqrstuvwxyz6789_$';

  function fold(text) {
    var lower = String(text || '').toLowerCase();
    // Only text beyond ASCII can carry accents; skipping the rest keeps preparing a large index fast.
    return /[^\x00-\x7f]/.test(lower) ? lower.normalize('NFD').replace(/[\u0300-\u036f]/g, '') : lower;
  }

  function words(text) {
    return fold(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  }

  // Positions written by the generator's IdCode: base 32, upper-case digits, then a lower-case last digit.
  function decode(code) {
    var numbers = [];
    var n = 0;
    for (var i = 0; i < (code || '').length; i++) {
      var last = LAST.indexOf(code[i]);
      if (last >= 0) { numbers.push(n * 32 + last); n = 0; } else { n = n * 32 + LEADING.indexOf(code[i]); }
    }
    return numbers;
  }

  var preparing = performance.now();
  var vocabulary = (data.words || '').split(' ');
  var kinds = data.kinds || [];
  var tagList = data.tags || [];
  var entries = [];

  // Words become numbers once (the vocabulary's positions, then new words after them), so building the index is
  // array work rather than string hashing: 10,000 briefings prepare in a fraction of the time.
  var wordIds = new Map();
  vocabulary.forEach(function (word, id) { wordIds.set(word, id); });
  function ids(text) {
    return words(text).map(function (word) {
      var id = wordIds.get(word);
      if (id === undefined) { id = vocabulary.length; vocabulary.push(word); wordIds.set(word, id); }
      return id;
    });
  }

  // The inverted index: word id → [entry, weight, entry, weight, …], each entry once per word at its best weight.
  var postings = [];
  var weightOf = [];
  var touched = [];
  function add(list, weight) {
    for (var i = 0; i < list.length; i++) {
      var id = list[i];
      var known = weightOf[id] || 0;
      if (known === 0) { touched.push(id); }
      if (known < weight) { weightOf[id] = weight; }
    }
  }
  function post(at) {
    for (var i = 0; i < touched.length; i++) {
      var id = touched[i];
      (postings[id] || (postings[id] = [])).push(at, weightOf[id]);
      weightOf[id] = 0;
    }
    touched.length = 0;
  }

  // Entities first, so a briefing's entity positions point at them; their words are read once and reused.
  var entityWords = [];
  (data.entities || []).forEach(function (row, at) {
    var entry = { kind: kinds[row[0]], title: row[1], url: 'entities/' + row[2] + '.html', summary: row[3] || '', aliases: row[4] || [] };
    var names = ids(row[1] + ' ' + (row[4] || []).join(' '));
    add(ids(entry.summary), weights.summary);
    add(names, weights.names);
    add(ids(row[1]), weights.title);
    entityWords.push(names);
    entries.push(entry);
    post(at);
  });
  var entityCount = entries.length;
  (data.briefings || []).forEach(function (row) {
    // The words of the key facts come as vocabulary positions already; kept, with the entities and tags, to tell a
    // reader what matched when the snippet does not show it.
    var entry = {
      kind: 'briefing', title: row[0], url: 'briefings/' + row[1] + '.html', date: row[2] || '', summary: row[3] || '',
      facts: decode(row[4]), entities: decode(row[5]), tags: decode(row[6])
    };
    add(entry.facts, weights.facts);
    add(ids(entry.summary), weights.summary);
    entry.tags.forEach(function (at) { add(ids(tagList[at]), weights.tags); });
    entry.entities.forEach(function (at) { if (at < entityCount) { add(entityWords[at], weights.names); } });
    add(ids(entry.title), weights.title);
    entries.push(entry);
    post(entries.length - 1);
  });
  var sorted = [];
  postings.forEach(function (hits, id) { sorted.push(id); });
  sorted.sort(function (a, b) { return vocabulary[a] < vocabulary[b] ? -1 : vocabulary[a] > vocabulary[b] ? 1 : 0; });

  // Each entry's place among equal scores, so a query sorts plain numbers.
  var RANKS = 1 << 21;
  var byRank = entries.map(function (entry, at) { return at; });
  byRank.sort(function (a, b) {
    var da = entries[a].date || '';
    var db = entries[b].date || '';
    if (da !== db) { return da < db ? 1 : -1; }
    return entries[a].title < entries[b].title ? -1 : entries[a].title > entries[b].title ? 1 : a - b;
  });
  var rank = new Int32Array(entries.length);
  byRank.forEach(function (at, place) { rank[at] = place; });

  function firstAtOrAfter(term) {
    var low = 0;
    var high = sorted.length;
    while (low < high) {
      var middle = (low + high) >> 1;
      if (vocabulary[sorted[middle]] < term) { low = middle + 1; } else { high = middle; }
    }
    return low;
  }

  // Every term must begin some word of an entry; an entry's score adds each term's best hit.
  var total = new Float64Array(entries.length);
  var best = new Float64Array(entries.length);
  function search(query) {
    var terms = words(query);
    if (terms.length === 0) { return { terms: terms, results: [] }; }
    var candidates = null;
    for (var t = 0; t < terms.length; t++) {
      var touched = [];
      for (var w = firstAtOrAfter(terms[t]); w < sorted.length && vocabulary[sorted[w]].lastIndexOf(terms[t], 0) === 0; w++) {
        var hits = postings[sorted[w]];
        var factor = vocabulary[sorted[w]] === terms[t] ? 2 : 1;
        for (var h = 0; h < hits.length; h += 2) {
          var at = hits[h];
          var score = hits[h + 1] * factor;
          if (best[at] === 0) { touched.push(at); }
          if (best[at] < score) { best[at] = score; }
        }
      }
      var next = [];
      for (var i = 0; i < touched.length; i++) {
        var entry = touched[i];
        if (candidates === null || total[entry] > 0) { next.push(entry); }
      }
      if (candidates !== null) {
        for (var c = 0; c < candidates.length; c++) { if (best[candidates[c]] === 0) { total[candidates[c]] = 0; } }
      }
      for (var n = 0; n < next.length; n++) { total[next[n]] += best[next[n]]; }
      for (var k = 0; k < touched.length; k++) { best[touched[k]] = 0; }
      candidates = next;
      if (candidates.length === 0) { break; }
    }
    // Best score first; among equals, the order worked out once below (newest briefing first, then by title).
    // An entry named exactly as the query (the person or place itself) comes first.
    var whole = terms.join(' ');
    var keys = new Float64Array(candidates.length);
    for (var r = 0; r < candidates.length; r++) {
      if (words(entries[candidates[r]].title).join(' ') === whole) { total[candidates[r]] += 100; }
      keys[r] = total[candidates[r]] * RANKS + (RANKS - 1 - rank[candidates[r]]);
      total[candidates[r]] = 0;
    }
    keys.sort();
    var results = [];
    for (var q = keys.length - 1; q >= 0; q--) {
      var at = byRank[RANKS - 1 - (keys[q] % RANKS)];
      results.push({ entry: entries[at], score: Math.floor(keys[q] / RANKS) });
    }
    return { terms: terms, results: results };
  }

  // For measuring and for other scripts of a theme.
  window.BriefingSearch = { search: search, size: entries.length, words: sorted.length, prepareMs: performance.now() - preparing };
  if (!input || !list) { return; }

  function startsAnyTerm(word, terms) {
    var folded = fold(word);
    return folded.length > 0 && terms.some(function (term) { return folded.lastIndexOf(term, 0) === 0; });
  }

  // The part of the summary or facts around the first matching word, about 200 characters.
  function snippet(entry, terms) {
    var texts = [entry.summary || ''];
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
    var fallback = entry.summary || '';
    return fallback.length > 200 ? fallback.slice(0, 200) + '…' : fallback;
  }

  function matches(text, terms) {
    return words(text).some(function (word) { return startsAnyTerm(word, terms); });
  }

  // What an entry matched for the terms its title and snippet do not show: a name it is also known by or mentions, a
  // tag, words of its key facts (as the index keeps them, in lower case). A few of each.
  function matchedElsewhere(entry, terms, shown) {
    var shownWords = words(shown);
    var missing = terms.filter(function (term) {
      return !shownWords.some(function (word) { return word.lastIndexOf(term, 0) === 0; });
    });
    var found = [];
    var foundWords = [];
    function told(text) {
      return words(text).every(function (word) {
        return foundWords.some(function (known) { return known.lastIndexOf(word, 0) === 0; });
      });
    }
    function take(list, max) {
      list.filter(function (text) { return missing.length > 0 && matches(text, missing) && !told(text); })
        .slice(0, max).forEach(function (text) { found.push(text); foundWords.push.apply(foundWords, words(text)); });
    }
    take(entry.aliases || [], 3);
    take((entry.entities || []).filter(function (at) { return at < entityCount; }).map(function (at) { return entries[at].title; }), 3);
    take((entry.tags || []).map(function (at) { return '#' + tagList[at]; }), 3);
    take((entry.facts || []).map(function (id) { return vocabulary[id]; }), 4);
    return found;
  }

  function appendHighlighted(parent, text, terms) {
    text.split(/([\p{L}\p{N}]+)/u).forEach(function (part) {
      if (startsAnyTerm(part, terms)) {
        var mark = document.createElement('mark');
        mark.textContent = part;
        parent.appendChild(mark);
      } else if (part) {
        parent.appendChild(document.createTextNode(part));
      }
    });
  }

  // As the pages give a date ("1 January 2025"), whatever the browser's language.
  var MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

  function dateText(iso) {
    var date = new Date(iso + 'T00:00:00Z');
    return isNaN(date) ? iso : date.getUTCDate() + ' ' + MONTHS[date.getUTCMonth()] + ' ' + date.getUTCFullYear();
  }

  function render(query) {
    var found = search(query);
    var terms = found.terms;
    var results = found.results;
    list.textContent = '';
    if (terms.length === 0) {
      status.textContent = entries.length + ' items searchable.';
      return;
    }
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
      kind.className = 'kind kind-' + String(entry.kind || '').replace(/[^a-z]/g, '');
      kind.textContent = entry.kind || '';
      meta.appendChild(kind);
      if (entry.date) {
        var date = document.createElement('time');
        date.dateTime = entry.date;
        date.textContent = dateText(entry.date);
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
      var elsewhere = matchedElsewhere(entry, terms, (entry.title || '') + ' ' + (text || ''));
      if (elsewhere.length > 0) {
        var also = document.createElement('p');
        also.className = 'matched';
        also.appendChild(document.createTextNode(entry.kind === 'briefing' ? 'Also matches: ' : 'Also known as: '));
        appendHighlighted(also, elsewhere.join(' · '), terms);
        item.appendChild(also);
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
