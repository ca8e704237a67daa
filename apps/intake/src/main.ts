import 'reflect-metadata';
import { runService, settingsOrExit } from '@redress/platform';
import { loadIntakeSettings } from './config/intake.settings';
import { acceptMultipartUploads } from './http/multipart-uploads';
import { INTAKE_API_DOCS } from './intake.api-docs';
import { intakeModule } from './intake.module';

const settings = settingsOrExit('intake', () => loadIntakeSettings());
void runService(intakeModule(settings), settings, INTAKE_API_DOCS, false, (app) =>
  acceptMultipartUploads(app, settings),
);
