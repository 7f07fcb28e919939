// Converts the `world-countries` npm package (mledoze/countries) into the compact
// registry that Briefing embeds.
//
// Usage:
//   npm pack world-countries@5.1.0 && tar xzf world-countries-5.1.0.tgz
//   node tools/countries/convert.mjs package/countries.json > src/Briefing/Countries/countries.json
//
// The output is deterministic (sorted by alpha-2, fixed key order, one country a line)
// so that a data update shows up as a readable diff. No dependencies: plain Node.js.

import { readFileSync } from 'node:fs';

// Well-known English names that the dataset lacks entirely, so that authors can write
// them. Keep this list short and reviewed: each entry is one more name that can collide.
const EXTRA_ENGLISH_NAMES = {
  TR: ['Turkey'], // the dataset only has "Republic of Turkey" since the 2022 rename
  CV: ['Cabo Verde'], // the ISO and UN short name; the dataset only has the official form
  VA: ['Holy See'], // the ISO and UN name; the dataset only has it with a suffix
  GB: ['Britain'],
};

const path = process.argv[2];
if (!path) {
  process.stderr.write('usage: node tools/countries/convert.mjs path/to/world-countries/countries.json\n');
  process.exit(2);
}

const source = JSON.parse(readFileSync(path, 'utf8'));

// Approximates Briefing.Text.TextFolding.Fold (which transliterates with AnyAscii) closely
// enough to deduplicate alternative names: names that fold alike resolve alike, so keeping
// both would only add noise.
const fold = (s) => s.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[\u2018\u2019]/g, "'")
  .replace(/\s+/g, ' ').trim().toLowerCase();

const slugify = (s) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase()
  .replace(/&/g, ' and ')
  .replace(/['\u2018\u2019\u02bb\u02bc]/g, '')
  .replace(/[^a-z0-9]+/g, '-')
  .replace(/^-+|-+$/g, '');

const fail = (message) => {
  process.stderr.write(`convert.mjs: ${message}\n`);
  process.exit(1);
};

const countries = source.map((c) => {
  const alpha2 = c.cca2.toUpperCase();
  const alpha3 = c.cca3.toUpperCase();
  const name = c.name.common;
  const official = c.name.official;
  const english = c.name.native?.eng;
  const taken = new Set([alpha2, alpha3, name, official].map(fold));
  const alt = [];
  for (const candidate of [...(c.altSpellings ?? []), english?.common, english?.official, ...(EXTRA_ENGLISH_NAMES[alpha2] ?? [])]) {
    if (typeof candidate !== 'string' || candidate.trim() === '') continue;
    const key = fold(candidate);
    if (taken.has(key)) continue;
    taken.add(key);
    alt.push(candidate.trim());
  }
  const slug = slugify(name);
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug)) fail(`bad slug '${slug}' for ${alpha2}`);
  const [lat, lng] = c.latlng ?? [];
  if (typeof lat !== 'number' || typeof lng !== 'number') fail(`no coordinates for ${alpha2}`);
  return {
    alpha2,
    alpha3,
    name,
    official,
    alt,
    demonym: c.demonyms?.eng?.m || null,
    capital: c.capital?.[0] ?? null,
    region: c.region,
    subregion: c.subregion || null,
    lat,
    lng,
    slug,
  };
});

for (const field of ['alpha2', 'alpha3', 'slug']) {
  const seen = new Map();
  for (const c of countries) {
    if (seen.has(c[field])) fail(`duplicate ${field} '${c[field]}' (${seen.get(c[field])} and ${c.alpha2})`);
    seen.set(c[field], c.alpha2);
  }
}

// Ordinal, not localeCompare, so the order never depends on the machine's locale.
countries.sort((a, b) => (a.alpha2 < b.alpha2 ? -1 : a.alpha2 > b.alpha2 ? 1 : 0));

process.stdout.write('[\n' + countries.map((c) => '  ' + JSON.stringify(c)).join(',\n') + '\n]\n');
