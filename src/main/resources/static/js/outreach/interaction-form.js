// Interaction form: offer as intermediary only the organizations that fit the chosen
// channel. The server checks the choice anyway; without this script every group shows.
(function () {
  'use strict';
  var channel = document.getElementById('channel');
  var intermediary = document.getElementById('intermediaryId');
  if (!channel || !intermediary) {
    return;
  }
  function update() {
    var chosen = channel.value;
    var selected = intermediary.options[intermediary.selectedIndex];
    var groups = intermediary.querySelectorAll('optgroup');
    for (var i = 0; i < groups.length; i++) {
      // a group lists the organizations that fit all of its channels, space-separated
      var fits = !chosen || (groups[i].getAttribute('data-channel') || '').split(' ').indexOf(chosen) >= 0;
      groups[i].hidden = !fits;
      groups[i].disabled = !fits;
    }
    if (selected && selected.parentElement && selected.parentElement.tagName === 'OPTGROUP'
        && selected.parentElement.disabled) {
      var value = selected.value;
      var same = intermediary.querySelector('optgroup:not([disabled]) option[value="' + value + '"]');
      if (same) {
        same.selected = true;
      } else {
        intermediary.value = '';
      }
    }
  }
  channel.addEventListener('change', update);
  update();
})();
