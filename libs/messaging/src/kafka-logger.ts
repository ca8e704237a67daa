import { Logger } from '@nestjs/common';
import { logCreator, logLevel } from 'kafkajs';

/** Routes kafkajs' own log lines through the Nest logger so they share the service's format. */
export const kafkaLogCreator: logCreator =
  () =>
  ({ namespace, level, log }) => {
    const logger = new Logger(`kafkajs:${namespace}`);
    const { message, ...extra } = log;
    const line = Object.keys(extra).length > 0 ? `${message} ${JSON.stringify(extra)}` : message;
    if (level === logLevel.ERROR || level === logLevel.NOTHING) logger.error(line);
    else if (level === logLevel.WARN) logger.warn(line);
    else logger.debug(line);
  };
