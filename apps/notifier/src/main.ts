import 'reflect-metadata';
import { runService, settingsOrExit } from '@redress/platform';
import { loadNotifierSettings } from './config/notifier.settings';
import { NOTIFIER_API_DOCS } from './notifier.api-docs';
import { notifierModule } from './notifier.module';

const settings = settingsOrExit('notifier', () => loadNotifierSettings());
// Forms: the status and feedback pages work without JavaScript.
void runService(notifierModule(settings), settings, NOTIFIER_API_DOCS, true);
