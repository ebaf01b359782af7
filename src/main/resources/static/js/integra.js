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
