import { DynamicModule, Inject, Module, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Pruner, PrunerOptions } from './pruner';
import { registerOldestRowAgeGauge, removeOldestRowAgeGauge } from './pruning.metrics';

const PRUNER_OPTIONS = Symbol('PRUNER_OPTIONS');

/**
 * Runs a service's retention jobs (see Pruner) from start-up to shutdown and exports their metrics. Each service
 * lists its own tables: `PruningModule.forService({ schema, settings: settings.pruning, jobs: [...] })`. Needs a
 * `DataSource` provider in scope (DatabaseModule).
 */
@Module({})
export class PruningModule implements OnApplicationBootstrap, OnModuleDestroy {
  constructor(@Inject(Pruner) private readonly pruner: Pruner) {}

  static forService(options: PrunerOptions): DynamicModule {
    return {
      module: PruningModule,
      providers: [
        { provide: PRUNER_OPTIONS, useValue: options },
        {
          provide: Pruner,
          inject: [DataSource, PRUNER_OPTIONS],
          useFactory: (dataSource: DataSource, prunerOptions: PrunerOptions) => new Pruner(dataSource, prunerOptions),
        },
      ],
      exports: [Pruner],
    };
  }

  onApplicationBootstrap(): void {
    registerOldestRowAgeGauge(() => this.pruner.oldestRowAges());
    this.pruner.start();
  }

  async onModuleDestroy(): Promise<void> {
    removeOldestRowAgeGauge();
    await this.pruner.stop();
  }
}
