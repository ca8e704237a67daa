import 'reflect-metadata';
import { runService, settingsOrExit } from '@redress/platform';
import { loadEscalationSettings } from './config/escalation.settings';
import { ESCALATION_API_DOCS } from './escalation.api-docs';
import { escalationModule } from './escalation.module';

const settings = settingsOrExit('escalation', () => loadEscalationSettings());
void runService(escalationModule(settings), settings, ESCALATION_API_DOCS);
