// `npm run reextract`: asks a running Dyad (DYAD_URL, default http://localhost:3000) to re-read
// every article last read by an older extractor version (POST /admin/reextract) and prints the
// answer. DYAD_API_KEY is sent as `Authorization: Bearer …` when set (an admin-scoped key).
const base = process.env.DYAD_URL ?? `http://localhost:${process.env.PORT ?? 3000}`;
const headers = { 'content-type': 'application/json' };
if (process.env.DYAD_API_KEY) headers.authorization = `Bearer ${process.env.DYAD_API_KEY}`;
try {
  const res = await fetch(`${base}/admin/reextract`, { method: 'POST', headers, body: '{}' });
  const text = await res.text();
  process.stdout.write(`${res.status} ${text}\n`);
  process.exit(res.ok ? 0 : 1);
} catch (err) {
  process.stderr.write(`could not reach Dyad at ${base}: ${err.message} (start it with npm start, or set DYAD_URL)\n`);
  process.exit(1);
}
