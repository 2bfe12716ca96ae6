// The import page: where each field's value was read. Focusing (or pointing at) a field that carries
// data-src-line/-start/-end highlights that line of the report's text, marks the value's columns in it and scrolls
// it into view in the source pane; a link to a line (a figure to check) does the same. No inline script; without
// this file the page works as before, and the links still jump to their line (:target).
(function () {
  'use strict';

  var shown = null; // { line, text, field }

  function clear() {
    if (!shown) { return; }
    shown.line.classList.remove('current');
    var lt = shown.line.querySelector('.lt');
    if (lt && shown.text !== null) { lt.textContent = shown.text; }
    if (shown.field) { shown.field.classList.remove('showing-source'); }
    shown = null;
  }

  function number(value) {
    var n = parseInt(value, 10);
    return isNaN(n) ? 0 : n;
  }

  function show(lineNumber, start, end, field) {
    var line = document.getElementById('src-line-' + lineNumber);
    if (!line) { return; }
    clear();
    var lt = line.querySelector('.lt');
    var text = lt ? lt.textContent : null;
    line.classList.add('current');
    if (lt && end > start && start >= 0 && end <= text.length) {
      var mark = document.createElement('mark');
      mark.textContent = text.slice(start, end);
      lt.textContent = '';
      lt.appendChild(document.createTextNode(text.slice(0, start)));
      lt.appendChild(mark);
      lt.appendChild(document.createTextNode(text.slice(end)));
    }
    if (field) { field.classList.add('showing-source'); }
    shown = { line: line, text: text, field: field };
    reveal(line);
  }

  // Scrolls the source pane (never the page, so the field stays where it is) to bring the line into the middle of
  // the part of the pane that is on the screen, unless it is there already.
  function reveal(line) {
    var pane = line.closest('aside.source');
    if (!pane) { return; }
    var box = pane.getBoundingClientRect();
    var heading = pane.querySelector('h3');
    var top = Math.max(box.top + (heading ? heading.offsetHeight : 0), 0);
    var bottom = Math.min(box.bottom, window.innerHeight || document.documentElement.clientHeight);
    var at = line.getBoundingClientRect();
    if (bottom <= top || (at.top >= top && at.bottom <= bottom)) { return; }
    pane.scrollTop += at.top - (top + (bottom - top - at.height) / 2);
  }

  function fieldOf(target) {
    return target && target.closest
      ? target.closest('input[data-src-line], select[data-src-line], textarea[data-src-line]') : null;
  }

  function showField(field) {
    show(field.dataset.srcLine, number(field.dataset.srcStart), number(field.dataset.srcEnd), field);
  }

  document.addEventListener('focusin', function (event) {
    var field = fieldOf(event.target);
    if (field) {
      showField(field);
    } else if (shown && shown.field && event.target.closest && event.target.closest('form')) {
      clear(); // a field read from nowhere: nothing to show
    }
  });

  document.addEventListener('mouseover', function (event) {
    var field = fieldOf(event.target);
    if (field && (!shown || shown.field !== field)) { showField(field); }
  });

  document.addEventListener('mouseout', function (event) {
    var field = fieldOf(event.target);
    if (!field || field.contains(event.relatedTarget)) { return; }
    var focused = fieldOf(document.activeElement);
    if (focused && focused !== field) { showField(focused); }
  });

  document.addEventListener('click', function (event) {
    var link = event.target.closest ? event.target.closest('a.src-link[data-src-line]') : null;
    if (!link) { return; }
    event.preventDefault();
    show(link.dataset.srcLine, 0, 0, null);
  });
})();
