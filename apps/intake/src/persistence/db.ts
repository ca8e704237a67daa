import { EntityManager } from 'typeorm';

/** What a store function needs to run SQL: a data source, or the manager of the caller's transaction. */
export type Db = Pick<EntityManager, 'query'>;
