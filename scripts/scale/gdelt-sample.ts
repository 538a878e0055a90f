import { createWriteStream } from 'node:fs';
import { CAMEO_ROOTS } from '../../src/model/cameo';
import { seededRandom } from '../../src/model/synthetic';

/**
 * Writes a GDELT-2.0-shaped sample: headerless, tab-separated, 61 columns, of which the ones GDELT
 * documents for id, day, actors, CAMEO codes, Goldstein, counts, tone and URL are filled. Synthetic
 * (seeded), so the aggregation can be tried without downloading GDELT.
 */
const COUNTRIES = [
  'USA',
  'RUS',
  'CHN',
  'IND',
  'PAK',
  'AFG',
  'IRN',
  'GBR',
  'FRA',
  'DEU',
  'JPN',
  'TUR',
  'ISR',
  'EGY',
  'SAU',
];
const ROLES = ['', 'GOV', 'MIL', 'BUS', 'MED'];

export async function writeGdeltSample(path: string, rows: number, seed = 1979): Promise<void> {
  const rand = seededRandom(seed);
  const mood = new Map<string, number>();
  const out = createWriteStream(path);
  const start = Date.UTC(1979, 0, 1);
  const days = Math.floor((Date.UTC(2024, 11, 31) - start) / 86_400_000);
  for (let i = 0; i < rows; i++) {
    const a = COUNTRIES[Math.floor(rand() ** 1.5 * COUNTRIES.length)];
    let b = COUNTRIES[Math.floor(rand() * COUNTRIES.length)];
    if (b === a) b = COUNTRIES[(COUNTRIES.indexOf(a) + 1) % COUNTRIES.length];
    const key = a < b ? a + b : b + a;
    if (!mood.has(key)) mood.set(key, rand() * 2 - 1);
    const date = new Date(start + Math.floor(rand() * days) * 86_400_000);
    const day = date.toISOString().slice(0, 10).replaceAll('-', '');
    // Friendly pairs mostly cooperate, hostile ones mostly quarrel; a third of all events are noise.
    const cooperative = rand() < 0.33 ? rand() < 0.5 : rand() < 0.5 + mood.get(key)! / 2;
    const pool = CAMEO_ROOTS.filter((r) => (cooperative ? r.goldstein >= 0 : r.goldstein < 0));
    const root = pool[Math.floor(rand() * pool.length)];
    const c = new Array<string>(61).fill('');
    c[0] = String(400_000_000 + i);
    c[1] = day;
    c[2] = day.slice(0, 6);
    c[3] = day.slice(0, 4);
    c[5] = a + ROLES[Math.floor(rand() * ROLES.length)];
    c[6] = a;
    c[7] = a;
    c[15] = b + ROLES[Math.floor(rand() * ROLES.length)];
    c[16] = b;
    c[17] = b;
    c[25] = '1';
    c[26] = root.code + (rand() < 0.5 ? '0' : '');
    c[27] = c[26];
    c[28] = root.code;
    c[29] = String(Number(root.code) <= 5 ? 1 : Number(root.code) <= 8 ? 2 : Number(root.code) <= 13 ? 3 : 4);
    c[30] = root.goldstein.toFixed(1);
    c[31] = c[32] = c[33] = String(1 + Math.floor(rand() * 10));
    c[34] = ((rand() * 2 - 1) * 10).toFixed(2);
    c[60] = `https://news.example/${i}`;
    if (!out.write(`${c.join('\t')}\n`)) await new Promise<void>((r) => out.once('drain', () => r()));
  }
  await new Promise<void>((resolve, reject) =>
    out.end((err?: Error | null) => (err ? reject(err) : resolve())),
  );
}
