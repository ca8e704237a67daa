import 'reflect-metadata';
import { API_DOCS_ENV, printApiDocument } from '@redress/platform';
import { loadIntakeSettings } from '../config/intake.settings';
import { INTAKE_API_DOCS } from '../intake.api-docs';
import { intakeModule } from '../intake.module';

/** Prints intake's OpenAPI document; `npm run docs:openapi` writes it to docs/openapi/intake.json. */
void printApiDocument(intakeModule(loadIntakeSettings(API_DOCS_ENV)), INTAKE_API_DOCS);
