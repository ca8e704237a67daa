import { DataSource } from 'typeorm';
import { createServiceDataSource, DataSourceSpec, migrate } from '../database/service-data-source';
import { DemoPart, FirstPeople, PeopleOutcome, PeopleStep, ProvisionJob, ProvisionReport } from './provision-job';

/** What one app contributes to provisioning; everything but its data source is optional. */
export interface ProvisionEntry {
  dataSourceSpec(url: string): DataSourceSpec;
  requeueLastSent?(dataSource: DataSource, schema: string): Promise<unknown>;
  /** Seeds the app's demo data; null when it is there already (intake decides for everyone). */
  seedDemo?(dataSource: DataSource, demo: NonNullable<ProvisionJob['demo']>): Promise<DemoPart | null>;
  /** Whether the demo data is there (intake's demo client system marks it). */
  hasDemo?(dataSource: DataSource): Promise<boolean>;
  peopleSteps?(people: FirstPeople): PeopleStep<DataSource>[];
  createClientSystems?(dataSource: DataSource, names: string[]): Promise<ProvisionReport['clientSystems']>;
}

/**
 * The body of an app's `cli/provision.cli.ts`: reads the job (the first argument, JSON) and DATABASE_URL, migrates the
 * app's schema, does what the job asks and prints the report as one JSON line. A failure goes to stderr, exit 1.
 */
export function runProvisionCli(entry: ProvisionEntry): void {
  provisionApp(entry, process.env.DATABASE_URL, process.argv[2]).then(
    (report) => void process.stdout.write(`${JSON.stringify(report)}\n`),
    (error: Error) => {
      process.stderr.write(`provision: ${error.message}\n`);
      process.exit(1);
    },
  );
}

async function provisionApp(entry: ProvisionEntry, url: string | undefined, jobText = '{}'): Promise<ProvisionReport> {
  if (!url) throw new Error('DATABASE_URL is required');
  const job = JSON.parse(jobText) as ProvisionJob;
  const spec = entry.dataSourceSpec(url);
  const dataSource = await createServiceDataSource({ ...spec, poolSize: 2 }).initialize();
  try {
    await migrate(dataSource, spec.schema);
    const report: ProvisionReport = { schema: spec.schema };
    if (job.requeueLastSent && entry.requeueLastSent) await entry.requeueLastSent(dataSource, spec.schema);
    if (job.checkDemo && entry.hasDemo) report.demoExists = await entry.hasDemo(dataSource);
    if (job.demo && entry.seedDemo) report.demo = await entry.seedDemo(dataSource, job.demo);
    if (job.people && entry.peopleSteps) {
      const outcomes: PeopleOutcome[] = [];
      report.people = outcomes;
      for (const step of entry.peopleSteps(job.people)) {
        try {
          const existing = await step.existing(dataSource);
          const created = !existing && job.createPeople ? await step.create(dataSource) : undefined;
          outcomes.push({ what: step.what, existing, ...(created ? { created } : {}) });
        } catch (error) {
          // The secrets made so far must still reach the provisioner, or they are lost: report, don't throw.
          report.failed = `${step.what}: ${(error as Error).message}`;
          break;
        }
      }
    }
    if (job.clientSystems?.length && entry.createClientSystems)
      report.clientSystems = await entry.createClientSystems(dataSource, job.clientSystems);
    return report;
  } finally {
    await dataSource.destroy();
  }
}
