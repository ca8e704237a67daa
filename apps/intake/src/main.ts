import 'reflect-metadata';
import { runService, settingsOrExit } from '@redress/platform';
import { loadIntakeSettings } from './config/intake.settings';
import { INTAKE_API_DOCS } from './intake.api-docs';
import { intakeModule } from './intake.module';

const settings = settingsOrExit('intake', () => loadIntakeSettings());
void runService(intakeModule(settings), settings, INTAKE_API_DOCS);
