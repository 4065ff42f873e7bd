import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../support/paths.ts';

const importsElectron = "import { app } from 'electron';\nexport const name = app.name;\n";

async function lint(filePath: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: projectRoot });
  const [result] = await eslint.lintText(importsElectron, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === '@typescript-eslint/no-restricted-imports')
    .map((m) => m.message);
}

describe('the electron import boundary', () => {
  it.each(['src/main/content/x.ts', 'src/main/api.ts', 'src/shared/x.ts', 'src/renderer/src/lib/x.ts'])(
    'forbids electron in %s and says why',
    async (file) => {
      const [message] = await lint(file);
      expect(message).toContain("require('electron') tries to download the Electron binary");
    },
  );

  it('allows a type-only import anywhere, since it is erased at build time', async () => {
    const eslint = new ESLint({ cwd: projectRoot });
    const [result] = await eslint.lintText(
      "import type { WebContents } from 'electron';\nexport type W = WebContents;\n",
      {
        filePath: 'src/main/content/x.ts',
      },
    );
    expect(result?.messages.filter((m) => m.ruleId?.includes('restricted-imports'))).toEqual([]);
  });

  it.each(['src/main/desktop/x.ts', 'src/preload/x.ts'])('allows electron in %s', async (file) => {
    expect(await lint(file)).toEqual([]);
  });
});
