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
  var target = card && card.querySelector('a');
  if (target) {
    target.focus();
  }
});
