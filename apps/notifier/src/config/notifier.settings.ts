import { Env, loadServiceSettings, ServiceSettings } from '@redress/platform';

export type NotifierSettings = ServiceSettings;

export function loadNotifierSettings(env: Env = process.env): NotifierSettings {
  return loadServiceSettings('notifier', env);
}
