import 'reflect-metadata';
import { runService } from '@redress/platform';
import { loadTriageSettings } from './config/triage.settings';
import { triageModule } from './triage.module';

const settings = loadTriageSettings();
void runService(triageModule(settings), settings);
