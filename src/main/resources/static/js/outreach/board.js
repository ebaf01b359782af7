// Moving cards on the pipeline board.
//
// Dragging a card onto another stage submits the card's own Move form with that stage, so a
// drop is the same htmx move as the keyboard form: the server checks it and, when the rules
// refuse it, the board comes back with the reason. Every stage accepts the drop; the stages
// the card may go to are highlighted while it is dragged.
(function () {
  var dragged = null;

  function zones() {
    return document.querySelectorAll('#board [data-stage]');
  }

  function clear() {
    zones().forEach(function (zone) {
      zone.classList.remove('outreach-drop-allowed', 'outreach-drop-refused', 'outreach-drop-over');
    });
    if (dragged) {
      dragged.classList.remove('outreach-dragging');
    }
    dragged = null;
  }

  function zoneOf(event) {
    return event.target instanceof Element ? event.target.closest('#board [data-stage]') : null;
  }

  document.addEventListener('dragstart', function (event) {
    var card = event.target instanceof Element ? event.target.closest('.outreach-card[draggable="true"]') : null;
    if (!card) {
      return;
    }
    dragged = card;
    event.dataTransfer.effectAllowed = 'move';
    event.dataTransfer.setData('text/plain', card.id);
    card.classList.add('outreach-dragging');
    var targets = (card.dataset.targets || '').split(' ');
    zones().forEach(function (zone) {
      zone.classList.add(targets.indexOf(zone.dataset.stage) >= 0 ? 'outreach-drop-allowed' : 'outreach-drop-refused');
    });
  });

  document.addEventListener('dragend', clear);

  document.addEventListener('dragover', function (event) {
    var zone = dragged && zoneOf(event);
    if (!zone) {
      return;
    }
    event.preventDefault();
    event.dataTransfer.dropEffect = 'move';
    zones().forEach(function (other) {
      other.classList.toggle('outreach-drop-over', other === zone);
    });
  });

  document.addEventListener('drop', function (event) {
    var zone = dragged && zoneOf(event);
    if (!zone) {
      return;
    }
    event.preventDefault();
    var card = dragged;
    clear();
    if (card.closest('[data-stage]') === zone) {
      return;
    }
    var form = card.querySelector('form.outreach-move');
    if (!form) {
      return;
    }
    var select = form.elements.namedItem('stage');
    var stage = zone.dataset.stage;
    if (!Array.prototype.some.call(select.options, function (option) { return option.value === stage; })) {
      // a move the rules refuse: send it all the same, the server answers with the reason
      var option = document.createElement('option');
      option.value = stage;
      option.textContent = stage;
      select.appendChild(option);
    }
    select.value = stage;
    if (typeof form.requestSubmit === 'function') {
      form.requestSubmit();
    }
    else {
      htmx.trigger(form, 'submit');
    }
  });

  // After a card is moved with htmx the board is replaced: put the keyboard focus back on the
  // refusal message, or on the moved card in its new column.
  document.addEventListener('htmx:afterSwap', function () {
    var board = document.getElementById('board');
    if (!board || !board.dataset.moved) {
      return;
    }
    var problem = document.getElementById('move-problem');
    if (problem) {
      problem.focus();
      return;
    }
    var card = document.getElementById('card-' + board.dataset.moved);
    var details = card && card.closest('details');
    if (details) {
      details.open = true;
    }
    var target = card && card.querySelector('a');
    if (target) {
      target.focus();
    }
  });
})();
