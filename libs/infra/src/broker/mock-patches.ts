import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** A source change to librdkafka's mock cluster, applied to the build's copy; the build fails if it no longer fits. */
interface SourcePatch {
  file: string;
  why: string;
  find: string;
  replace: string;
}

/**
 * The mock answered a Fetch with one message set (one producer batch) per partition, so a consumer that fell
 * behind caught up one producer batch per round trip, and consumed batches stayed as small as the producer's.
 * Real Kafka sends consecutive sets up to the request's byte limits; so does the patched mock.
 */
const FETCH_ALL_MESSAGE_SETS: SourcePatch = {
  file: 'src/rdkafka_mock_handlers.c',
  why: 'Fetch returns every consecutive message set within the byte limits',
  find: `                                /* Response: Records */
                                size_t written = rd_kafka_buf_write_kbytes(
                                    resp, &mset->bytes);
                                partsize += written;
                                totsize += written;

                                /* FIXME: Multiple messageSets ? */`,
  replace: `                                /* Response: Records: this message set and
                                 * the following ones, within the limits */
                                const rd_kafka_mock_msgset_t *last = mset,
                                                             *next, *each;
                                size_t len = RD_KAFKAP_BYTES_LEN(&mset->bytes);
                                while (!on_follower &&
                                       (next = TAILQ_NEXT(last, link)) &&
                                       partsize + len +
                                               RD_KAFKAP_BYTES_LEN(&next->bytes) <=
                                           (size_t)PartMaxBytes &&
                                       totsize + len +
                                               RD_KAFKAP_BYTES_LEN(&next->bytes) <=
                                           (size_t)MaxBytes) {
                                        len += RD_KAFKAP_BYTES_LEN(&next->bytes);
                                        last = next;
                                }
                                if (resp->rkbuf_flags & RD_KAFKA_OP_F_FLEXVER)
                                        rd_kafka_buf_write_uvarint(
                                            resp, (uint64_t)len + 1);
                                else
                                        rd_kafka_buf_write_i32(resp,
                                                               (int32_t)len);
                                for (each = mset;; each = TAILQ_NEXT(each, link)) {
                                        rd_kafka_buf_write(
                                            resp, each->bytes.data,
                                            RD_KAFKAP_BYTES_LEN(&each->bytes));
                                        if (each == last)
                                                break;
                                }
                                partsize += 4 + len;
                                totsize += 4 + len;`,
};

/**
 * The mock kept 5 MB per partition and deleted the oldest message sets beyond it, whether or not a consumer group had
 * read them: a consumer lagging by more than that (a storm) got "offset out of range", reset to the earliest kept
 * offset and silently skipped the deleted events. Real Kafka's retention is days, so the patched mock keeps what fits
 * in memory: 1 GiB per partition.
 */
const KEEP_UNREAD_MESSAGES: SourcePatch = {
  file: 'src/rdkafka_mock.c',
  why: 'partitions keep up to 1 GiB of messages',
  find: `        mpart->max_size = 1024 * 1024 * 5;
        mpart->max_cnt  = 100000;`,
  replace: `        mpart->max_size = (size_t)1024 * 1024 * 1024;
        mpart->max_cnt  = 100000000;`,
};

/**
 * The mock completed a group's sync as soon as the leader's SyncGroup carried every member's assignment, then answered
 * a follower whose SyncGroup came after that with INVALID_REQUEST, which kafkajs treats as fatal: that consumer
 * crashed for good and its partitions stalled until the broker timed it out of the group. Real Kafka answers a
 * SyncGroup in a stable group with the member's assignment for the generation; so does the patched mock, which keeps
 * each member's assignment until the next generation is elected instead of dropping it once the sync is done.
 */
const LATE_SYNC_GETS_ITS_ASSIGNMENT: SourcePatch[] = [
  {
    file: 'src/rdkafka_mock_cgrp.c',
    why: 'a stable group accepts SyncGroup',
    find: `        case RD_KAFKA_MOCK_CGRP_STATE_UP:
                if (ApiKey == RD_KAFKAP_JoinGroup ||`,
    replace: `        case RD_KAFKA_MOCK_CGRP_STATE_UP:
                if (ApiKey == RD_KAFKAP_JoinGroup ||
                    ApiKey == RD_KAFKAP_SyncGroup ||`,
  },
  {
    file: 'src/rdkafka_mock_cgrp.c',
    why: 'a SyncGroup after the sync is answered at once with the assignment',
    find: `        if (mcgrp->state != RD_KAFKA_MOCK_CGRP_STATE_SYNCING)
                return RD_KAFKA_RESP_ERR_REBALANCE_IN_PROGRESS; /* FIXME */`,
    replace: `        if (mcgrp->state == RD_KAFKA_MOCK_CGRP_STATE_UP) {
                rd_kafka_buf_write_i16(resp, RD_KAFKA_RESP_ERR_NO_ERROR);
                rd_kafka_buf_write_kbytes(resp, member->assignment);
                rd_kafka_mock_connection_send_response(mconn, resp);
                return RD_KAFKA_RESP_ERR_NO_ERROR;
        }

        if (mcgrp->state != RD_KAFKA_MOCK_CGRP_STATE_SYNCING)
                return RD_KAFKA_RESP_ERR_REBALANCE_IN_PROGRESS; /* FIXME */`,
  },
  {
    file: 'src/rdkafka_mock_cgrp.c',
    why: 'a completed sync keeps the assignments',
    find: `                rd_kafka_mock_cgrp_classic_member_assignment_set(mcgrp, member,
                                                                 NULL);

                if (member->conn) {`,
    replace: `                if (err)
                        rd_kafka_mock_cgrp_classic_member_assignment_set(
                            mcgrp, member, NULL);

                if (member->conn) {`,
  },
  {
    file: 'src/rdkafka_mock_cgrp.c',
    why: 'a new generation starts without assignments',
    find: `        mcgrp->generation_id++;
`,
    replace: `        mcgrp->generation_id++;

        TAILQ_FOREACH(member, &mcgrp->members, link)
                rd_kafka_mock_cgrp_classic_member_assignment_set(mcgrp, member,
                                                                 NULL);
`,
  },
];

/**
 * The mock took record batches of any size. Real Kafka refuses one larger than `message.max.bytes` (1 MiB by default)
 * with MESSAGE_TOO_LARGE; the patched mock does too once the launcher sets a limit (`--max-message-bytes`), so a
 * producer's handling of that answer can be tested. 0, the default, keeps the mock's behaviour.
 */
const MESSAGE_SIZE_LIMIT: SourcePatch[] = [
  {
    file: 'src/rdkafka_mock_handlers.c',
    why: 'a settable largest record batch',
    find: `/**
 * @brief Handle ProduceRequest
 */`,
    replace: `/* Largest record batch a Produce may carry (Kafka's message.max.bytes); 0: any. Set by the launcher. */
int redress_mock_max_message_bytes = 0;

/**
 * @brief Handle ProduceRequest
 */`,
  },
  {
    file: 'src/rdkafka_mock_handlers.c',
    why: 'Produce refuses a record batch over the limit',
    find: `                        /* Append to partition log */
                        if (!err)`,
    replace: `                        if (!err && redress_mock_max_message_bytes > 0 &&
                            RD_KAFKAP_BYTES_LEN(&records) >
                                redress_mock_max_message_bytes)
                                err = RD_KAFKA_RESP_ERR_MSG_SIZE_TOO_LARGE;

                        /* Append to partition log */
                        if (!err)`,
  },
];

export const MOCK_PATCHES: SourcePatch[] = [
  FETCH_ALL_MESSAGE_SETS,
  KEEP_UNREAD_MESSAGES,
  ...LATE_SYNC_GETS_ITS_ASSIGNMENT,
  ...MESSAGE_SIZE_LIMIT,
];

/** Applies MOCK_PATCHES to a copy of the librdkafka source tree. */
export async function applyMockPatches(librdkafkaDir: string): Promise<void> {
  for (const patch of MOCK_PATCHES) {
    const path = join(librdkafkaDir, patch.file);
    const source = await readFile(path, 'utf8');
    if (!source.includes(patch.find))
      throw new Error(`librdkafka patch "${patch.why}" no longer applies to ${patch.file}`);
    await writeFile(path, source.replace(patch.find, patch.replace));
  }
}
