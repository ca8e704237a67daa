import { Injectable } from '@nestjs/common';
import { AdminTokenGuard } from '@redress/platform';
import { DataSource } from 'typeorm';
import { INTAKE_SCHEMA } from '../persistence/intake.schema';

/** Intake's admin routes take an intake admin token (`npm run admin:create -- intake <name>`) as a bearer token. */
@Injectable()
export class AdminGuard extends AdminTokenGuard {
  constructor(dataSource: DataSource) {
    super(dataSource, INTAKE_SCHEMA);
  }
}
