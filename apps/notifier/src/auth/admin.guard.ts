import { Injectable } from '@nestjs/common';
import { AdminTokenGuard } from '@redress/platform';
import { DataSource } from 'typeorm';
import { NOTIFIER_SCHEMA } from '../persistence/notifier.schema';

/** The notifier's admin routes take a notifier admin token (`npm run admin:create -- notifier <name>`) as a bearer token. */
@Injectable()
export class AdminGuard extends AdminTokenGuard {
  constructor(dataSource: DataSource) {
    super(dataSource, NOTIFIER_SCHEMA);
  }
}
