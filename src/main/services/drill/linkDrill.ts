/**
 * Loss path 5: symbolic links that lead out of the workspace, one try per method that reads or
 * writes through them, plus a note that is a link inside the workspace. A loss is a call that
 * was not refused by name, a folder outside that changed, or a linked note replaced by a file.
 */
import { LINK_SCENARIOS, runLinkScenario, saveThroughNoteLink } from './linkScenarios';

export interface LinkDrillResult {
  readonly tries: number;
  readonly losses: number;
}

export async function runLinkDrill(): Promise<LinkDrillResult> {
  let losses = 0;
  for (const scenario of LINK_SCENARIOS) {
    const { error, outsideChanged } = await runLinkScenario(scenario);
    if (error?.code !== 'forbidden' || outsideChanged) losses += 1;
  }
  const through = await saveThroughNoteLink();
  if (!through.stillLink || through.target !== 'second\n') losses += 1;
  return { tries: LINK_SCENARIOS.length + 1, losses };
}

/** Runs the drill and prints its line; returns the losses, for the drill's exit code. */
export async function printLinkDrill(): Promise<number> {
  const result = await runLinkDrill();
  console.log('\nLoss path 5. Symbolic links out of the workspace');
  console.table([result]);
  return result.losses;
}
