// The ranking page: shows each weight slider's value as it moves, and opens another model
// as soon as it is chosen. Re-ranking itself is htmx on the weights form.
(function () {
  'use strict';

  document.addEventListener('input', function (event) {
    var slider = event.target;
    if (!slider.classList || !slider.classList.contains('rank-slider')) { return; }
    var output = document.getElementById(slider.id + '-value');
    if (output) {
      var value = Number(slider.value);
      output.textContent = Number.isInteger(value) ? String(value) : value.toFixed(1);
    }
  });

  document.addEventListener('change', function (event) {
    var select = event.target;
    if (select.dataset && select.dataset.autosubmit === 'true' && select.form) {
      select.form.submit();
    }
  });
})();
