// Converts Natural Earth's 1:50m country boundaries, as packaged by the npm package `world-atlas`
// (TopoJSON), into the compact boundary table that Briefing embeds: the shared arcs with their
// quantised, delta-encoded integer coordinates kept as TopoJSON has them, and each country's
// polygons as lists of arc indices, keyed by ISO 3166-1 alpha-2.
//
// Usage (a developer runs it once when the data is updated; the build never does):
//   cd tools/maps && npm ci && node convert.mjs > ../../src/Briefing/Countries/boundaries.json
//
// world-atlas names countries by ISO 3166-1 numeric code; the numeric-to-alpha-2 table comes from the
// `world-countries` package, the source of the registry (countries.json), at the same version.
// 1:50m rather than 1:110m: 110m leaves out dozens of small states (Andorra, Bahrain, Singapore...);
// 10m would make the table five times larger for detail no locator map shows.
// Output is deterministic: countries sorted by code, arcs in the source's order, one item a line.

import { readFileSync } from 'node:fs';

const topology = JSON.parse(readFileSync(new URL('./node_modules/world-atlas/countries-50m.json', import.meta.url), 'utf8'));
const registry = JSON.parse(readFileSync(new URL('./node_modules/world-countries/countries.json', import.meta.url), 'utf8'));
const atlasVersion = JSON.parse(readFileSync(new URL('./node_modules/world-atlas/package.json', import.meta.url), 'utf8')).version;

const fail = (message) => {
  process.stderr.write(`convert.mjs: ${message}\n`);
  process.exit(1);
};

const alpha2ByNumeric = new Map(registry.filter((c) => c.ccn3).map((c) => [c.ccn3, c.cca2.toUpperCase()]));
// Features that Natural Earth draws without an ISO numeric code. Kosovo has a user-assigned alpha-2 in the
// registry; the others are not ISO 3166-1 entries and are kept as land only (no page names them).
const alpha2ByName = { Kosovo: 'XK' };

const byCode = new Map();
const unkeyed = [];
for (const geometry of topology.objects.countries.geometries) {
  const polygons = geometry.type === 'Polygon' ? [geometry.arcs] : geometry.type === 'MultiPolygon' ? geometry.arcs : fail(`unexpected ${geometry.type}`);
  const name = geometry.properties?.name ?? '';
  const code = (geometry.id && alpha2ByNumeric.get(geometry.id)) ?? alpha2ByName[name] ?? null;
  if (code === null) {
    unkeyed.push({ id: null, name, polygons });
  } else if (byCode.has(code)) {
    // Australia's numeric code also names Ashmore and Cartier Islands: one country, more polygons.
    byCode.get(code).polygons.push(...polygons);
  } else {
    byCode.set(code, { id: code, polygons });
  }
}

const countries = [...byCode.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
unkeyed.sort((a, b) => (a.name < b.name ? -1 : 1));

const lines = [];
lines.push('{');
lines.push(`"source":${JSON.stringify(`world-atlas ${atlasVersion} countries-50m.json (Natural Earth 1:50m Admin 0 countries, public domain)`)},`);
lines.push(`"scale":${JSON.stringify(topology.transform.scale)},`);
lines.push(`"translate":${JSON.stringify(topology.transform.translate)},`);
lines.push('"arcs":[');
topology.arcs.forEach((arc, i) => {
  const flat = arc.flat();
  if (!flat.every(Number.isInteger)) fail(`arc ${i} is not quantised`);
  lines.push(JSON.stringify(flat) + (i < topology.arcs.length - 1 ? ',' : ''));
});
lines.push('],');
lines.push('"countries":[');
const all = [...countries, ...unkeyed];
all.forEach((c, i) => lines.push(JSON.stringify(c) + (i < all.length - 1 ? ',' : '')));
lines.push(']');
lines.push('}');
process.stdout.write(lines.join('\n') + '\n');
