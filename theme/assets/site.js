// Small enhancements for every page; the site works without them. It listens on the document only, so the preview
// server, putting an edited page's new body in place, keeps it rather than running it again (data-preview="keep").
(function () {
  'use strict';
  // "/" jumps to the search box, as on many sites, unless the reader is typing somewhere.
  document.addEventListener('keydown', function (event) {
    var target = event.target;
    var typing = target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.isContentEditable);
    if (event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
      var box = document.getElementById('search-q') || document.getElementById('site-q');
      if (box) {
        event.preventDefault();
        box.focus();
      }
    }
  });
})();
