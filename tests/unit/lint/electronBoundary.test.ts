import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../support/paths.ts';

const importsElectron = "import { app } from 'electron';\nexport const name = app.name;\n";

async function lint(filePath: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: projectRoot });
  const [result] = await eslint.lintText(importsElectron, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('the electron import boundary', () => {
  it.each(['src/main/content/x.ts', 'src/main/api.ts', 'src/shared/x.ts', 'src/renderer/src/lib/x.ts'])(
    'forbids electron in %s and says why',
    async (file) => {
      const [message] = await lint(file);
      expect(message).toContain("require('electron') tries to download the Electron binary");
    },
  );

  it.each(['src/main/desktop/x.ts', 'src/preload/x.ts'])('allows electron in %s', async (file) => {
    expect(await lint(file)).toEqual([]);
  });
});
