/**
 * Symbolic links in the workspace, made for real on disk: a link that leads out is refused by
 * every method that would read or write through it, naming the link; a note that is a link to
 * a file inside the workspace is written through, and stays a link.
 */
import { describe, expect, it } from 'vitest';
import { LINK_SCENARIOS, runLinkScenario, saveThroughNoteLink } from './drill/linkScenarios';
import { caseFacts } from './drill/drillServices';

describe('a symbolic link that leads out of the workspace', () => {
  it.each(LINK_SCENARIOS.map((s) => [s.method, s] as const))(
    '%s refuses it by name and leaves the folder outside as it was',
    async (_method, scenario) => {
      const link = scenario.link(await caseFacts());
      const { error, outsideChanged } = await runLinkScenario(scenario);
      expect(error?.code).toBe('forbidden');
      expect(error?.message).toContain(
        `${link} is a symbolic link that leads outside the workspace`,
      );
      expect(error?.file).toBe(link);
      expect(outsideChanged).toBe(false);
    },
  );
});

describe('a note that is a link inside the workspace', () => {
  it('is written through: the target holds the new text and the note stays a link', async () => {
    const { stillLink, target, readBack } = await saveThroughNoteLink();
    expect(target).toBe('second\n');
    expect(readBack).toBe('second\n');
    expect(stillLink).toBe(true);
  });
});
