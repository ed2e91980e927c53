// `npm run chaos [-- --short]`: faults under load (scripts/chaos/chaos.ts). Builds dist/ first,
// then runs the TypeScript scenario with scripts/run-ts.mjs. Exit 0 only when nothing was lost
// and nothing was counted twice.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { build, root } from '../infra.mjs';

build();
const r = spawnSync(process.execPath, [path.join(root, 'scripts/run-ts.mjs'), path.join(root, 'scripts/chaos/chaos.ts'), ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
});
process.exit(r.status ?? 1);
