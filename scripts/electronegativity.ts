import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

// Runs @doyensec/electronegativity over src/ and fails on any finding that README.md's security section does
// not list with its reason. The tool itself exits 0 whatever it finds, so its SARIF report is read instead.

const projectRoot = resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);

interface Finding {
  rule: string;
  file: string;
  line: number;
  message: string;
}

function scan(): Finding[] {
  const report = join(mkdtempSync(join(tmpdir(), 'crossread-electronegativity-')), 'report.sarif');
  const electronVersion = (require('electron/package.json') as { version: string }).version;
  const run = spawnSync(
    process.execPath,
    [
      '--require',
      join(projectRoot, 'scripts/support/ignoreOfflineFetchCrash.cjs'),
      require.resolve('@doyensec/electronegativity/dist/index.js'),
      ...['--input', join(projectRoot, 'src'), '--output', report, '--relative', '--verbose', 'false'],
      ...['--electron-version', electronVersion],
      // Needs the internet (Electron's release list); the app pins the latest Electron instead.
      ...['--exclude-checks', 'AvailableSecurityFixesGlobalCheck'],
    ],
    { encoding: 'utf8', timeout: 300_000 },
  );
  if (!existsSync(report)) {
    throw new Error(`electronegativity wrote no report (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
  }
  const sarif = JSON.parse(readFileSync(report, 'utf8')) as {
    runs: {
      results: {
        ruleId: string;
        message: { text: string };
        locations: { physicalLocation: { artifactLocation: { uri: string }; region?: { startLine?: number } } }[];
      }[];
    }[];
  };
  return sarif.runs.flatMap((r) =>
    r.results.map((result) => {
      const location = result.locations[0]?.physicalLocation;
      return {
        rule: result.ruleId,
        file: location?.artifactLocation.uri.replace(/^file:\/*/, '') ?? '',
        line: location?.region?.startLine ?? 0,
        message: result.message.text,
      };
    }),
  );
}

/** Rows of the README table "| RULE_ID | src/path | reason |" under the security section. */
function acceptedFindings(): Set<string> {
  const readme = readFileSync(join(projectRoot, 'README.md'), 'utf8');
  const accepted = new Set<string>();
  for (const match of readme.matchAll(/^\|\s*`?([A-Z_]+_CHECK)`?\s*\|\s*`?([^|`]+?)`?\s*\|\s*(.+?)\s*\|$/gm)) {
    accepted.add(`${match[1]} ${match[2]?.replace(/^src\//, '')}`);
  }
  return accepted;
}

const findings = scan();
const accepted = acceptedFindings();
const unexplained = findings.filter((f) => !accepted.has(`${f.rule} ${f.file}`));
for (const f of findings) {
  console.log(
    `${accepted.has(`${f.rule} ${f.file}`) ? 'accepted' : 'FINDING '} ${f.rule} src/${f.file}:${f.line} ${f.message}`,
  );
}
if (unexplained.length > 0) {
  console.error(
    `electronegativity: ${unexplained.length} finding(s) are neither fixed nor listed with a reason in README.md's security section.`,
  );
  process.exit(1);
}
console.log(`electronegativity: ${findings.length} finding(s), all accepted in README.md with a reason.`);
