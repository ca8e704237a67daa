import 'reflect-metadata';
import { runService, settingsOrExit } from '@redress/platform';
import { loadNotifierSettings } from './config/notifier.settings';
import { notifierModule } from './notifier.module';

const settings = settingsOrExit('notifier', () => loadNotifierSettings());
void runService(notifierModule(settings), settings);
