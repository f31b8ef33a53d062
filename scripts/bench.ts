// `npm run bench`: builds the packages, measures what a learner and an LMS pay for the course, prints one table,
// and exits non-zero when a budget in perf-budget.json is exceeded. See the README's "Performance" section.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { ScormVersion } from '../preview/shared/lms-types';
import { loadCourse } from '../src/content/load';
import { launchChromium } from '../tests/e2e/support/browser';
import { startPreview } from '../tests/e2e/support/preview';
import { atMost, readBudgets } from './bench/budgets';
import { fileBytes, startupFiles, TEST_ONLY_MARKERS, testOnlyPackagesIn } from './bench/sizes';
import { startupRows } from './bench/startupRows';
import { worstCaseSuspendDataLength } from './bench/suspendData';
import { kb, overBudget, renderTable, seconds, type Row } from './bench/table';
import { measureLrsTraffic } from './bench/lrsTraffic';
import { measureTraffic } from './bench/traffic';
import { INTERACTIONS_PER_LEARNER, LEARNERS, measureCli, measurePage, writeStateWideExport, type ReadMeasure } from './bench/reportScale';
import { reportPagePath } from './reportPage';
import { packageCourse, type Variant } from './package';
import { repoRoot } from './paths';

const VARIANT_LABEL: Record<Exclude<Variant, 'web'>, string> = {
  scorm12: 'SCORM 1.2',
  scorm2004: 'SCORM 2004 4th edition',
  'scorm2004-3rd': 'SCORM 2004 3rd edition',
  cmi5: 'cmi5',
  xapi: 'xAPI (tincan.xml)',
};

/** The report reading a state-wide export, by the CLI and by the page, against the same budgets. */
async function reportScaleRows(
  browser: Awaited<ReturnType<typeof launchChromium>>,
  budgets: ReturnType<typeof readBudgets>,
): Promise<Row[]> {
  const dir = mkdtempSync(join(tmpdir(), 'report-scale-'));
  try {
    const exportPath = join(dir, 'scorm12_interactions-statewide.txt');
    const bytes = await writeStateWideExport(exportPath);
    const label = `${LEARNERS.toLocaleString('en-US')} learners × ${INTERACTIONS_PER_LEARNER} interactions, Moodle interactions report (${(bytes / 1024 / 1024).toFixed(0)} MB)`;
    const load = loadavg()[0] ?? 0;
    const rowsOf = (who: string, measure: ReadMeasure): Row[] => [
      {
        measure: `report ${who}: read ${label}`,
        value: `${measure.seconds.toFixed(2)} s (${measure.reached.toLocaleString('en-US')} reached in 2025 H1)`,
        verdict: atMost(measure.seconds, budgets.reportReadSeconds, (n) => `${n.toFixed(2)} s`),
      },
      {
        measure: `report ${who}: peak memory`,
        value: `${measure.peakMB.toFixed(0)} MB`,
        verdict: atMost(measure.peakMB, budgets.reportReadMB, (n) => `${n.toFixed(0)} MB`),
      },
    ];
    return [
      ...rowsOf('CLI', measureCli(repoRoot, exportPath, join(dir, 'report.csv'))),
      ...rowsOf('page', await measurePage(browser, reportPagePath, exportPath)),
      { measure: 'machine load (1-minute average) before the report reads', value: load.toFixed(2) },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<Row[]> {
  const budgets = readBudgets(resolve(repoRoot, 'perf-budget.json'));
  const course = loadCourse(repoRoot);

  const buildStarted = performance.now();
  const packages = await packageCourse();
  const buildMs = performance.now() - buildStarted;

  const rows: Row[] = [];
  const zipped = packages.flatMap((result) => (result.zip ? [{ ...result, zip: result.zip }] : []));
  for (const { variant, zip } of zipped) {
    if (variant === 'web') continue;
    const bytes = fileBytes(zip);
    rows.push({ measure: `zip, ${VARIANT_LABEL[variant]}`, value: kb(bytes), verdict: atMost(bytes, budgets.zipKB * 1024, kb) });
  }

  // Two player builds: the SCORM packages share one, the cmi5 and xAPI packages the other (with the xAPI code).
  const startupOf = (variant: Variant) => {
    const dir = packages.find((result) => result.variant === variant)?.dir;
    if (!dir) throw new Error(`packageCourse() made no ${variant} package`);
    return { dir, files: startupFiles(dir) };
  };
  const { dir: packageDir, files } = startupOf('scorm12');
  for (const [label, variant] of [
    ['SCORM packages', 'scorm12'],
    ['cmi5 and xAPI packages', 'cmi5'],
  ] as const) {
    const startup = startupOf(variant).files;
    for (const file of startup)
      rows.push({ measure: `at start, ${label}: ${file.path}`, value: `${kb(file.raw)} raw, ${kb(file.gzip)} gzip` });
    const startupGzip = startup.reduce((sum, file) => sum + file.gzip, 0);
    const startupRaw = startup.reduce((sum, file) => sum + file.raw, 0);
    rows.push({
      measure: `at start, ${label}: JS + CSS, gzip`,
      value: `${kb(startupGzip)} (${kb(startupRaw)} raw)`,
      verdict: atMost(startupGzip, budgets.startupGzipKB * 1024, kb),
    });
  }

  const bundle = files
    .filter((file) => file.kind === 'js')
    .map((file) => readFileSync(join(packageDir, file.path), 'utf8'))
    .join('\n');
  const found = testOnlyPackagesIn(bundle);
  rows.push({
    measure: `preview/test-only code in the bundle (${Object.keys(TEST_ONLY_MARKERS).join(', ')})`,
    value: found.length > 0 ? found.join(', ') : 'none',
    verdict: { limit: 'none', within: found.length === 0 },
  });

  const browser = await launchChromium();
  const preview = await startPreview();
  try {
    rows.push(...(await startupRows(browser, preview, budgets, { title: course.title, description: course.description })));

    // Unthrottled and side by side: they time nothing, and one at a time would double the bench's length.
    const versions: ScormVersion[] = ['12', '2004'];
    const traffic = await Promise.all(versions.map((version) => measureTraffic(browser, preview, version)));
    versions.forEach((version, i) => {
      const run = traffic[i]!;
      const perView = run.commits / run.pageViews;
      const label = `${VARIANT_LABEL[version === '12' ? 'scorm12' : 'scorm2004']} full completion`;
      rows.push({ measure: `${label}: API calls`, value: String(run.apiCalls) });
      rows.push({
        measure: `${label}: commits / page views`,
        value: `${run.commits} / ${run.pageViews} (welcome, ${run.pagesShown} pages, results) = ${perView.toFixed(2)}`,
        verdict: atMost(perView, budgets.commitsPerPageView, (n) => n.toFixed(2)),
      });
      rows.push({ measure: `${label}: suspend_data`, value: `${run.suspendDataLength} chars` });
    });

    for (const profile of ['cmi5', 'xapi'] as const) {
      // Each run starts a fresh registration, so the course's statements of a first completion are counted.
      await fetch(new URL(`lrs/admin/reset?profile=${profile}`, preview.url), { method: 'POST' });
      const run = await measureLrsTraffic(browser, preview, profile);
      const label = `${VARIANT_LABEL[profile]} full completion`;
      rows.push({
        measure: `${label}: statements / page views`,
        value: `${run.statements} / ${run.pageViews} = ${(run.statements / run.pageViews).toFixed(2)}`,
      });
      rows.push({
        measure: `${label}: requests to the LRS / page views`,
        value: `${run.requests} / ${run.pageViews} = ${(run.requests / run.pageViews).toFixed(2)}`,
      });
    }

    rows.push(...(await reportScaleRows(browser, budgets)));
  } finally {
    await preview.close();
    await browser.close();
  }

  const worstCase = worstCaseSuspendDataLength();
  rows.push({
    measure: 'suspend_data, worst case',
    value: `${worstCase} chars`,
    verdict: atMost(worstCase, budgets.suspendDataChars, (n) => `${n} chars`),
  });
  rows.push({ measure: 'build (vite and the three packages)', value: seconds(buildMs) });
  return rows;
}

const rows = await main();
console.log(renderTable(rows));
const over = overBudget(rows);
if (over.length > 0) {
  console.error(`\nOver budget (perf-budget.json): ${over.map((row) => row.measure).join('; ')}`);
  process.exitCode = 1;
}
