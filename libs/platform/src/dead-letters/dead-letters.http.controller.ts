import {
  Controller,
  Get,
  HttpCode,
  Inject,
  NotFoundException,
  Param,
  Post,
  Query,
  Req,
  Res,
  ServiceUnavailableException,
  UseGuards,
} from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiParam, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { DeadLetterStore, DeadLetterState } from '@redress/messaging';
import { IsIn, IsOptional } from 'class-validator';
import { ApiErrors } from '../http/api-docs/api-errors.decorator';
import { DEFAULT_PAGE_SIZE, PageQuery } from '../http/page';
import { InvalidRequestException } from '../http/validation';
import { decodeDeadLetterCursor, encodeDeadLetterCursor } from './dead-letter-cursor';
import { DeadLetterPageView, deadLetterView, OpsPersonView, ReplayView } from './dead-letter.view';
import { OpsGuard, OpsPerson, opsPersonOf } from './ops-tokens';

export const DEAD_LETTER_STORE = Symbol('DEAD_LETTER_STORE');

const STATES: DeadLetterState[] = ['pending', 'replayed', 'all'];

export class DeadLetterQuery extends PageQuery {
  @ApiPropertyOptional({
    enum: STATES,
    default: 'all',
    description: 'Only those waiting for a replay, only replayed, or both',
  })
  @IsOptional()
  @IsIn(STATES)
  state?: DeadLetterState;
}

/** Seconds an operator is told to wait when the broker does not answer. */
const RETRY_AFTER_SECONDS = 5;
type Reply = { header(name: string, value: string): unknown };

const OPS_ERRORS = {
  401: { description: 'No ops token, or one not in OPS_TOKEN_HASHES', message: 'Unknown ops token' },
} as const;
const BROKER_AWAY = {
  503: {
    description: "The broker did not answer: the service's dead-letter topic cannot be read or written now",
    message: 'The broker cannot be reached now; try again shortly',
  },
} as const;

/**
 * The dead letters of this service (its `dlq.<service>` topic), for the ops role: list them, newest first and paged,
 * and replay them to the topic they came from once their cause is fixed. The same code as `npm run dlq:list` and
 * `dlq:replay` (DeadLetterStore in libs/messaging); a replay is marked on the dead-letter topic, so asking twice
 * republishes once, and the consumers' inbox applies a republished event once even if a crash repeats it.
 */
@ApiTags('operations')
@ApiBearerAuth('ops')
@ApiErrors(OPS_ERRORS)
@Controller()
@UseGuards(OpsGuard)
export class DeadLettersHttpController {
  constructor(@Inject(DEAD_LETTER_STORE) private readonly store: DeadLetterStore) {}

  @Get('ops/me')
  @ApiOperation({
    summary: 'Who an ops token is',
    description: 'Says whether the token is an ops token, and names it by its hash.',
  })
  @ApiOkResponse({ type: OpsPersonView, description: 'The ops token is known' })
  me(@Req() request: object): OpsPerson {
    return opsPersonOf(request as never);
  }

  @Get('dead-letters')
  @ApiOperation({
    summary: 'List dead letters',
    description:
      "The messages this service's consumer parked on its dead-letter topic, newest first, with where they came from, " +
      'why they failed and whether they were replayed; never their content (it carries personal data).',
  })
  @ApiOkResponse({ type: DeadLetterPageView, description: 'One page of dead letters and the counts over the topic' })
  @ApiErrors({
    400: {
      description: 'A bad `state`, `limit` or `cursor`',
      example: {
        statusCode: 400,
        error: 'Bad Request',
        message: 'The request is invalid',
        errors: [{ field: 'state', reason: 'state must be one of the following values: pending, replayed, all' }],
      },
    },
    ...BROKER_AWAY,
  })
  async list(@Query() query: DeadLetterQuery, @Res({ passthrough: true }) reply: Reply): Promise<DeadLetterPageView> {
    const cursor = decodeDeadLetterCursor(query.cursor);
    const page = await this.fromBroker(reply, () =>
      this.store.page({ state: query.state ?? 'all', limit: query.limit ?? DEFAULT_PAGE_SIZE, cursor }),
    );
    return {
      service: this.store.service,
      items: page.items.map(deadLetterView),
      nextCursor: page.next ? encodeDeadLetterCursor(page.next) : null,
      pending: page.pending,
      replayed: page.replayed,
      countsAreOf: page.countsAreOf,
      messagesRead: page.messagesRead,
    };
  }

  @Post('dead-letters/replay')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Replay every pending dead letter',
    description: 'Republishes every dead letter not replayed yet to the topic and partition it came from.',
  })
  @ApiOkResponse({ type: ReplayView, description: 'What was republished; empty when nothing was pending' })
  @ApiErrors(BROKER_AWAY)
  async replayAll(@Res({ passthrough: true }) reply: Reply): Promise<ReplayView> {
    const replayed = await this.fromBroker(reply, () => this.store.replay());
    return { replayed: replayed.map(deadLetterView) };
  }

  @Post('dead-letters/:id/replay')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Replay one dead letter',
    description:
      'Republishes the dead letter to the topic and partition it came from, unless it was replayed before: asking ' +
      'again republishes nothing and answers the same letter.',
  })
  @ApiParam({
    name: 'id',
    description: 'The dead letter, as the list names it (`<partition>:<offset>`)',
    example: '0:17',
  })
  @ApiOkResponse({ type: ReplayView, description: 'The letter if this request republished it, else none' })
  @ApiErrors({
    400: { description: 'The id is not `<partition>:<offset>`', message: 'The request is invalid' },
    404: { description: 'No dead letter at that place of the topic', message: 'No dead letter 0:17' },
    ...BROKER_AWAY,
  })
  async replayOne(@Param('id') id: string, @Res({ passthrough: true }) reply: Reply): Promise<ReplayView> {
    const match = /^(\d{1,5}):(\d{1,19})$/.exec(id);
    if (!match) throw new InvalidRequestException([{ field: 'id', reason: 'id must be <partition>:<offset>' }]);
    const found = await this.fromBroker(reply, () => this.store.replayAt(Number(match[1]), match[2]));
    if (!found) throw new NotFoundException(`No dead letter ${id}`);
    return { replayed: found.replayedNow ? [deadLetterView(found.letter)] : [] };
  }

  private async fromBroker<T>(reply: Reply, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (
        error instanceof Error &&
        /ECONNREFUSED|KafkaJS|took more than|Connection/i.test(`${error.name} ${error.message}`)
      ) {
        reply.header('retry-after', String(RETRY_AFTER_SECONDS));
        throw new ServiceUnavailableException('The broker cannot be reached now; try again shortly');
      }
      throw error;
    }
  }
}
