// Sends the CSRF token with every htmx request, and asks for confirmation where a form says so.
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});
document.addEventListener('submit', function (event) {
  var form = event.target;
  if (form.dataset && form.dataset.confirm && !window.confirm(form.dataset.confirm)) {
    event.preventDefault();
  }
});

// A value box that scrolls (long audit values) can be reached and scrolled with the keyboard.
function focusableScrollBoxes(root) {
  root.querySelectorAll('.audit-changes .audit-value').forEach(function (box) {
    if (box.scrollHeight > box.clientHeight || box.scrollWidth > box.clientWidth) {
      box.tabIndex = 0;
    }
  });
}
document.addEventListener('DOMContentLoaded', function () { focusableScrollBoxes(document); });
document.addEventListener('htmx:afterSettle', function (event) { focusableScrollBoxes(event.target); });

// A search box over a long list of options (people of the directory): typing hides the options
// that do not hold every word typed, accents and case ignored; chosen options stay in sight.
function foldedText(text) {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}
document.addEventListener('input', function (event) {
  var box = event.target;
  if (!box.dataset || !box.dataset.filters) {
    return;
  }
  var select = document.getElementById(box.dataset.filters);
  if (!select) {
    return;
  }
  var words = foldedText(box.value).split(/\s+/).filter(function (word) { return word.length > 0; });
  Array.prototype.forEach.call(select.options, function (option) {
    var text = foldedText(option.text);
    var matches = words.every(function (word) { return text.indexOf(word) >= 0; });
    option.hidden = !(matches || option.selected || option.value === '');
  });
});
