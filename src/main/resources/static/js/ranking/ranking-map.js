// The map of a ranking: ranked cities as circles coloured by score (light = low, dark =
// high) over the offline country outlines; a tile layer only when the server has one.
(function () {
  'use strict';

  var STOPS = [[255, 237, 160], [254, 178, 76], [240, 59, 32], [128, 0, 38]];

  function colour(score) {
    var t = Math.max(0, Math.min(1, score)) * (STOPS.length - 1);
    var i = Math.min(STOPS.length - 2, Math.floor(t));
    var f = t - i;
    var rgb = [0, 1, 2].map(function (c) { return Math.round(STOPS[i][c] + f * (STOPS[i + 1][c] - STOPS[i][c])); });
    return 'rgb(' + rgb.join(',') + ')';
  }

  function format(template, values) {
    return template.replace(/\{(\d)\}/g, function (match, index) { return values[Number(index)]; });
  }

  function popup(city, element) {
    var box = document.createElement('div');
    var title = document.createElement('strong');
    title.textContent = city.rank + '. ' + city.name;
    box.appendChild(title);
    var detail = document.createElement('div');
    detail.textContent = format(element.dataset.scoreTemplate, [Number(city.score).toFixed(1)]);
    box.appendChild(detail);
    var link = document.createElement('a');
    link.href = element.dataset.explain.replace('CITY', String(city.id));
    link.textContent = element.dataset.open;
    box.appendChild(link);
    return box;
  }

  function rankingMap(element) {
    var map = L.map(element, { attributionControl: true });
    map.attributionControl.setPrefix(false);
    var credit = document.createElement('a');
    credit.href = 'https://www.naturalearthdata.com/';
    credit.textContent = element.dataset.credit;
    map.attributionControl.addAttribution(credit.outerHTML);
    if (element.dataset.tileUrl) {
      var attribution = document.createElement('span');
      attribution.textContent = element.dataset.tileAttribution || '';
      L.tileLayer(element.dataset.tileUrl, { attribution: attribution.innerHTML }).addTo(map);
    }
    map.setView([-12, -70], 3);
    fetch(element.dataset.outlines, { credentials: 'same-origin' })
      .then(function (response) { return response.json(); })
      .then(function (outlines) {
        var layer = L.geoJSON(outlines, {
          style: { color: '#5a6b73', weight: 1, fillColor: '#e9efe6', fillOpacity: element.dataset.tileUrl ? 0.1 : 0.8 },
          interactive: false
        });
        layer.addTo(map);
        layer.bringToBack();
      })
      .catch(function () { /* the cities still show without outlines */ });
    var status = document.getElementById('ranking-map-status');
    fetch(element.dataset.data, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (response) {
        if (!response.ok) { throw new Error(response.status); }
        return response.json();
      })
      .then(function (data) {
        var group = L.featureGroup();
        // the best last, so that they are drawn on top
        data.cities.slice().reverse().forEach(function (city) {
          L.circleMarker([city.lat, city.lon], {
            radius: 7, color: '#ffffff', weight: 1, fillColor: colour(city.score / 100), fillOpacity: 0.9
          }).bindPopup(popup(city, element)).addTo(group);
        });
        group.addTo(map);
        if (data.cities.length > 0) {
          map.fitBounds(group.getBounds(), { padding: [20, 20], maxZoom: 8 });
        }
        if (status) {
          status.textContent = format(data.truncated ? status.dataset.truncatedTemplate : status.dataset.countTemplate,
            [data.shown, data.ranked]);
        }
      })
      .catch(function () {
        if (status) { status.textContent = status.dataset.error; }
      });
  }

  document.addEventListener('DOMContentLoaded', function () {
    if (typeof L === 'undefined') { return; }
    var element = document.getElementById('ranking-map');
    if (element) { rankingMap(element); }
  });
})();
