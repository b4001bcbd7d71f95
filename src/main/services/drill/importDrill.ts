/**
 * Loss path 3: a bundle imported over a documents folder holding the user's own files (a PDF, a
 * subfolder, an orphan text, a text the bundle replaces). A loss is a file of the user missing
 * or changed afterwards, or a replaced file absent from the backup.
 */
import { runImportScenario } from './importScenario';

export interface ImportDrillResult {
  readonly tries: number;
  readonly losses: number;
}

export async function runImportDrill(tries = 5): Promise<ImportDrillResult> {
  let losses = 0;
  for (let seed = 0; seed < tries; seed += 1) {
    const { lost, notBackedUp } = await runImportScenario(seed);
    losses += lost.length + notBackedUp.length;
  }
  return { tries, losses };
}

/** Runs the drill and prints its line; returns the losses, for the drill's exit code. */
export async function printImportDrill(): Promise<number> {
  const result = await runImportDrill();
  console.log('\nLoss path 3. Bundle import over files Diptych did not write');
  console.table([result]);
  return result.losses;
}
