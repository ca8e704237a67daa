import 'reflect-metadata';
import { API_DOCS_ENV, printApiDocument } from '@redress/platform';
import { loadTriageSettings } from '../config/triage.settings';
import { TRIAGE_API_DOCS } from '../triage.api-docs';
import { triageModule } from '../triage.module';

/** Prints triage's OpenAPI document; `npm run docs:openapi` writes it to docs/openapi/triage.json. */
void printApiDocument(triageModule(loadTriageSettings(API_DOCS_ENV)), TRIAGE_API_DOCS);
