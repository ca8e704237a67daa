import 'reflect-metadata';
import { runService } from '@redress/platform';
import { loadEscalationSettings } from './config/escalation.settings';
import { escalationModule } from './escalation.module';

const settings = loadEscalationSettings();
void runService(escalationModule(settings), settings);
