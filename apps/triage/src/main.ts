import 'reflect-metadata';
import { runService, settingsOrExit } from '@redress/platform';
import { loadTriageSettings } from './config/triage.settings';
import { TRIAGE_API_DOCS } from './triage.api-docs';
import { triageModule } from './triage.module';

const settings = settingsOrExit('triage', () => loadTriageSettings());
void runService(triageModule(settings), settings, TRIAGE_API_DOCS);
