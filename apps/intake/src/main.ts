import 'reflect-metadata';
import { runService, settingsOrExit } from '@redress/platform';
import { loadIntakeSettings } from './config/intake.settings';
import { acceptMultipartUploads } from './http/multipart-uploads';
import { intakeModule } from './intake.module';

const settings = settingsOrExit('intake', () => loadIntakeSettings());
void runService(
  intakeModule(settings),
  settings,
  {
    title: 'Redress intake',
    description: 'Client systems file complaints and follow them: receipt, status, timeline and attachments.',
    auth: 'api-key',
  },
  false,
  (app) => acceptMultipartUploads(app, settings),
);
