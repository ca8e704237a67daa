import 'reflect-metadata';
import { runService, settingsOrExit } from '@redress/platform';
import { loadIntakeSettings } from './config/intake.settings';
import { intakeModule } from './intake.module';

const settings = settingsOrExit('intake', () => loadIntakeSettings());
void runService(intakeModule(settings), settings, {
  title: 'Redress intake',
  description: 'Client systems file complaints and follow them: receipt, status and timeline.',
  auth: 'api-key',
});
