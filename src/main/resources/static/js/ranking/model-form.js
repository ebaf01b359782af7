// Scoring model form: shows next to each weight its share of the total, as it will be saved
// (normalised to 100 %).
(function () {
  var form = document.getElementById('model-form');
  if (!form) {
    return;
  }
  var inputs = Array.prototype.slice.call(form.querySelectorAll('input.weight-input'));
  var locale = document.documentElement.lang || undefined;
  var format = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });

  function value(input) {
    var number = parseFloat(input.value);
    return (isFinite(number) && number > 0) ? number : 0;
  }

  function update() {
    var sum = inputs.reduce(function (total, input) { return total + value(input); }, 0);
    inputs.forEach(function (input) {
      var output = form.querySelector('output.weight-percent[data-criterion="' + input.dataset.criterion + '"]');
      if (!output) {
        return;
      }
      output.textContent = (sum > 0) ? format.format(value(input) * 100 / sum) + ' %' : '–';
    });
  }

  inputs.forEach(function (input) {
    input.addEventListener('input', update);
  });
  update();
})();
