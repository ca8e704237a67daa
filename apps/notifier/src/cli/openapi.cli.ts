import 'reflect-metadata';
import { API_DOCS_ENV, printApiDocument } from '@redress/platform';
import { loadNotifierSettings } from '../config/notifier.settings';
import { NOTIFIER_API_DOCS } from '../notifier.api-docs';
import { notifierModule } from '../notifier.module';

/** Prints notifier's OpenAPI document; `npm run docs:openapi` writes it to docs/openapi/notifier.json. */
void printApiDocument(notifierModule(loadNotifierSettings(API_DOCS_ENV)), NOTIFIER_API_DOCS);
