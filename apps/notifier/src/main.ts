import 'reflect-metadata';
import { runService } from '@redress/platform';
import { loadNotifierSettings } from './config/notifier.settings';
import { notifierModule } from './notifier.module';

const settings = loadNotifierSettings();
void runService(notifierModule(settings), settings);
