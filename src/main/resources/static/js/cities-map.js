// Maps of cities: the map page (#cities-map, cities fetched as GeoJSON with the page's filters)
// and the small map of one city (#city-map). Country outlines are the base layer; a tile layer
// is added only when the server is configured with one.
(function () {
  'use strict';

  var COLORS = { MEMBER: '#1b7837', CANDIDATE: '#d95f02', NONE: '#6c757d' };

  function escapeText(text) {
    var span = document.createElement('span');
    span.textContent = text || '';
    return span.innerHTML;
  }

  function baseMap(element) {
    var map = L.map(element, { attributionControl: true, worldCopyJump: false });
    map.attributionControl.setPrefix(false);
    map.attributionControl.addAttribution('<a href="https://www.naturalearthdata.com/">'
      + escapeText(element.dataset.credit) + '</a>');
    if (element.dataset.tileUrl) {
      L.tileLayer(element.dataset.tileUrl, { attribution: escapeText(element.dataset.tileAttribution) }).addTo(map);
    }
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
    return map;
  }

  function marker(latlng, relation) {
    return L.circleMarker(latlng, {
      radius: 7, color: '#ffffff', weight: 1.5, fillColor: COLORS[relation] || COLORS.NONE, fillOpacity: 0.9
    });
  }

  function popup(properties, openLabel) {
    var box = document.createElement('div');
    var title = document.createElement('strong');
    title.textContent = properties.name;
    box.appendChild(title);
    var detail = document.createElement('div');
    detail.textContent = properties.country + ' · ' + properties.relationLabel;
    box.appendChild(detail);
    var link = document.createElement('a');
    link.href = properties.url;
    link.textContent = openLabel;
    box.appendChild(link);
    return box;
  }

  function format(template, values) {
    return template.replace(/\{(\d)\}/g, function (match, index) { return values[Number(index)]; });
  }

  function citiesMap(element) {
    var map = baseMap(element);
    map.setView([-12, -70], 3);
    var status = document.getElementById('map-status');
    fetch(element.dataset.data, { credentials: 'same-origin', headers: { Accept: 'application/geo+json' } })
      .then(function (response) {
        if (!response.ok) { throw new Error(response.status); }
        return response.json();
      })
      .then(function (data) {
        var layer = L.geoJSON(data, {
          pointToLayer: function (feature, latlng) { return marker(latlng, feature.properties.relation); },
          onEachFeature: function (feature, layerItem) {
            layerItem.bindPopup(popup(feature.properties, element.dataset.open));
          }
        }).addTo(map);
        if (data.features.length > 0) {
          map.fitBounds(layer.getBounds(), { padding: [20, 20], maxZoom: 8 });
        }
        if (status) {
          status.textContent = data.truncated
            ? format(status.dataset.truncatedTemplate, [data.features.length, data.totalElements])
            : format(status.dataset.countTemplate, [data.features.length]);
        }
      })
      .catch(function () {
        if (status) { status.textContent = status.dataset.error; }
      });
  }

  function cityMap(element) {
    var map = baseMap(element);
    var latlng = [Number(element.dataset.lat), Number(element.dataset.lon)];
    map.setView(latlng, 6);
    var point = marker(latlng, element.dataset.relation);
    var label = document.createElement('strong');
    label.textContent = element.dataset.name;
    point.bindPopup(label).addTo(map);
  }

  document.addEventListener('DOMContentLoaded', function () {
    if (typeof L === 'undefined') { return; }
    var all = document.getElementById('cities-map');
    if (all) { citiesMap(all); }
    var one = document.getElementById('city-map');
    if (one) { cityMap(one); }
  });
})();
