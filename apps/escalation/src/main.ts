import 'reflect-metadata';
import { runService, settingsOrExit } from '@redress/platform';
import { loadEscalationSettings } from './config/escalation.settings';
import { escalationModule } from './escalation.module';

const settings = settingsOrExit('escalation', () => loadEscalationSettings());
void runService(escalationModule(settings), settings);
