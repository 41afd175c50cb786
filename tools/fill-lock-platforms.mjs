// The registry mirror this project is built against only serves the Linux builds of
// unrs-resolver's native bindings (a jest dependency), so `npm install` leaves the other
// platforms' optional packages out of package-lock.json and `npm ci` then refuses the lock.
// This adds lock entries for them, marked optional with their os / cpu, so npm skips them
// here and fetches the right one elsewhere. Run after `npm install` changes the lock.
import { readFileSync, writeFileSync } from 'node:fs';

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
const packages = lock.packages;
let added = 0;
for (const [path, meta] of Object.entries(packages)) {
  for (const [dep, version] of Object.entries(meta.optionalDependencies ?? {})) {
    const key = `node_modules/${dep}`;
    if (packages[key] !== undefined) continue;
    const m = /resolver-binding-(android|darwin|freebsd|linux|openharmony|win32)-([a-z0-9]+)/.exec(dep);
    if (m === null) throw new Error(`${path}: optional ${dep} is missing and not a known platform binding`);
    const cpu = { x64: 'x64', arm64: 'arm64', arm: 'arm', ia32: 'ia32', loong64: 'loong64', ppc64: 'ppc64', riscv64: 'riscv64', s390x: 's390x' }[m[2]];
    packages[key] = { version, cpu: [cpu], dev: true, license: 'MIT', optional: true, os: [m[1]] };
    added += 1;
  }
}
writeFileSync('package-lock.json', `${JSON.stringify(lock, null, 2)}\n`);
console.log(`added ${added} platform entries`);
