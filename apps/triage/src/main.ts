import 'reflect-metadata';
import { runService, settingsOrExit } from '@redress/platform';
import { loadTriageSettings } from './config/triage.settings';
import { triageModule } from './triage.module';

const settings = settingsOrExit('triage', () => loadTriageSettings());
void runService(triageModule(settings), settings);
