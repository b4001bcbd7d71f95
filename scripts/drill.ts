/**
 * Reliability drills: SIGKILLs mid-save, a full disk, corrupt files. Prints counts; exits 1 when
 * any failure count is not zero.
 *
 * Usage: npm run drill [-- --kills N]
 */
import { runTabsStopDrill } from '../src/main/browser-host/drill/tabsStopDrill';
import { runCorruptionDrill } from '../src/main/services/drill/corruptionDrill';
import { runFullDiskDrill } from '../src/main/services/drill/fullDiskDrill';
import { runKillDrill } from '../src/main/services/drill/killDrill';
import { printImportDrill } from '../src/main/services/drill/importDrill';
import { printLinkDrill } from '../src/main/services/drill/linkDrill';
import { runBrowserDrill } from './drills/browserDrill';
import { closeWhileFailingTry } from './drills/closeWhileFailingDrill';
import { rationaleTry } from './drills/rationaleDrill';

function killsArg(): number {
  const at = process.argv.indexOf('--kills');
  if (at === -1) return 1000;
  const n = Number(process.argv[at + 1]);
  if (!Number.isInteger(n) || n < 1) throw new Error('--kills takes a positive whole number');
  return n;
}

async function main(): Promise<void> {
  let failures = 0;
  const began = Date.now();

  const kills = await runKillDrill(killsArg());
  console.log('\n1. SIGKILL of a note writer mid-save');
  console.table([kills]);
  failures += kills.torn + kills.leftoverTemps + kills.lostSaves;

  const full = await runFullDiskDrill();
  console.log(`\n2. Full disk (${full.method})`);
  console.table(full.rows);
  failures += full.rows.reduce((n, r) => n + r.changed + r.unreported + r.notRecovered, 0);

  const corrupt = await runCorruptionDrill();
  console.log('\n3. Corrupt or truncated files');
  console.table(corrupt);
  failures += corrupt.reduce((n, r) => n + r.unreported + r.overwritten + r.appBroken, 0);

  // The loss paths found when the app was tried under faults, each drilled until nothing is lost.
  failures += await runBrowserDrill(
    'Loss path 1: a tab closed while its note cannot be saved',
    closeWhileFailingTry,
  );
  const tabs = await runTabsStopDrill();
  console.log('\nLoss path 2. SIGTERM of the browser host with several tabs saving');
  console.table([tabs]);
  failures += tabs.losses;
  failures += await printImportDrill();
  failures += await runBrowserDrill(
    'Loss path 4: a rationale typed while its save fails',
    rationaleTry,
  );
  failures += await printLinkDrill();

  console.log(`\n${failures} failures in ${((Date.now() - began) / 1000).toFixed(1)} s`);
  if (failures > 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
