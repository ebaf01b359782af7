// Regenerates src/main/resources/static/geo/latin-america.geojson from the npm packages world-atlas@2.0.2
// (Natural Earth 1:50m, public domain) and topojson-client@3.1.0: npm pack both, unpack them as
// ./world-atlas and ./topojson-client next to this script, then run: node latin-america.js
const topo = require('./topojson-client/dist/topojson-client.js');
const world = require('./world-atlas/countries-50m.json');
// ISO 3166 numeric codes -> alpha-2 for Latin America and the Caribbean (the countries Integra ships)
const codes = {"032":"AR","068":"BO","076":"BR","152":"CL","170":"CO","218":"EC","328":"GY","600":"PY","604":"PE","740":"SR","858":"UY","862":"VE","484":"MX","084":"BZ","188":"CR","222":"SV","320":"GT","340":"HN","558":"NI","591":"PA","028":"AG","044":"BS","052":"BB","192":"CU","212":"DM","214":"DO","308":"GD","332":"HT","388":"JM","659":"KN","662":"LC","670":"VC","780":"TT"};
const fc = topo.feature(world, world.objects.countries);
const round = (c) => Array.isArray(c[0]) ? c.map(round) : [Math.round(c[0]*1000)/1000, Math.round(c[1]*1000)/1000];
const out = {type:"FeatureCollection", features: fc.features.filter(f => codes[f.id]).map(f => ({type:"Feature", properties:{iso2: codes[f.id], name: f.properties.name}, geometry:{type:f.geometry.type, coordinates: round(f.geometry.coordinates)}}))};
console.log(Object.keys(codes).length, out.features.length);
require('fs').writeFileSync(__dirname + '/../../src/main/resources/static/geo/latin-america.geojson', JSON.stringify(out));
