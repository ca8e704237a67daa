export * from './prune-job';
export * from './pruner';
export * from './pruning.metrics';
export * from './pruning.module';
export * from './pruning.settings';
