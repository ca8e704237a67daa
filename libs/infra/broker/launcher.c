/*
 * Redress embedded Kafka-protocol broker: one librdkafka mock broker.
 *
 * Usage: launcher [--port N] [--partitions N] [--max-message-bytes N] [topic ...]
 *
 * --max-message-bytes: a Produce carrying a record batch larger than N bytes
 * is answered MESSAGE_TOO_LARGE for that partition, as Kafka does above its
 * message.max.bytes (see mock-patches.ts). 0, the default: no limit.
 *
 * Prints "READY <host:port>" once listening. Then reads commands from stdin:
 *   topic <name> [partitions]   -> "OK <name>" or "ERR <message>"
 *   down                        -> "OK down": the broker closes every client
 *                                  connection and refuses new ones (a broker
 *                                  outage); topics, offsets and groups stay in
 *                                  memory and the port stays reserved.
 *   up                          -> "OK up": it listens again on the same port.
 *   fail <api> <error> [count]  -> "OK fail": the next `count` (default 1)
 *                                  requests of API key <api> are answered
 *                                  with error code <error> (a broker refusing
 *                                  a client, for tests of how it recovers).
 * Exits 0 on stdin EOF (the parent closed it or died) or SIGTERM/SIGINT.
 *
 * Built by libs/infra/src/broker/build-broker.ts against the librdkafka
 * source shipped in @confluentinc/kafka-javascript.
 */
/* Internal headers, included first (as librdkafka's own sources do) so their
 * feature macros apply to the system headers. The mock's internals are the
 * only way to choose the listen port and the auto-create partition count;
 * safe because we compile against the same source tree as the library. */
#include "rdkafka_int.h"
#include "rdkafka_mock_int.h"
#include "rdkafka_mock.h"

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>

#define BROKER_ID 1

/* Defined in the patched rdkafka_mock_handlers.c (mock-patches.ts). */
extern int redress_mock_max_message_bytes;
#define API_LEAVEGROUP 13

static volatile sig_atomic_t stop_requested = 0;

static void on_signal(int sig) {
        (void)sig;
        stop_requested = 1;
}

static void install_signal_handlers(void) {
        struct sigaction sa;
        memset(&sa, 0, sizeof(sa));
        sa.sa_handler = on_signal;
        /* No SA_RESTART: a blocking read of stdin must return EINTR. */
        sigaction(SIGTERM, &sa, NULL);
        sigaction(SIGINT, &sa, NULL);
        /* A vanished parent must not kill us mid-write; EOF ends us. */
        signal(SIGPIPE, SIG_IGN);
}

static int parse_int(const char *s, int min, int max, int *out) {
        char *end;
        long v;
        errno = 0;
        v     = strtol(s, &end, 10);
        if (errno || end == s || *end || v < min || v > max)
                return -1;
        *out = (int)v;
        return 0;
}

/* Kafka's legal topic names: [a-zA-Z0-9._-]{1,249}. */
static int valid_topic(const char *name) {
        size_t len = strlen(name);
        size_t i;
        if (len == 0 || len > 249)
                return 0;
        for (i = 0; i < len; i++) {
                char c = name[i];
                if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                      (c >= '0' && c <= '9') || c == '.' || c == '_' ||
                      c == '-'))
                        return 0;
        }
        return 1;
}

/* Returns NULL on success (an existing topic counts), else an error text. */
static const char *create_topic(rd_kafka_mock_cluster_t *mcluster,
                                const char *name,
                                int partitions) {
        rd_kafka_resp_err_t err;
        if (!valid_topic(name))
                return "invalid topic name";
        err = rd_kafka_mock_topic_create(mcluster, name, partitions, 1);
        if (err && err != RD_KAFKA_RESP_ERR_TOPIC_ALREADY_EXISTS)
                return rd_kafka_err2str(err);
        return NULL;
}

/* Fails early with a clear message: the mock asserts (aborts) when its
 * listener cannot bind. */
static int port_is_free(int port) {
        struct sockaddr_in sin;
        int on = 1;
        int ok;
        int s = socket(AF_INET, SOCK_STREAM, 0);
        if (s < 0)
                return 0;
        setsockopt(s, SOL_SOCKET, SO_REUSEADDR, &on, sizeof(on));
        memset(&sin, 0, sizeof(sin));
        sin.sin_family      = AF_INET;
        sin.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        sin.sin_port        = htons((uint16_t)port);
        ok = bind(s, (struct sockaddr *)&sin, sizeof(sin)) == 0;
        close(s);
        return ok;
}

/* The mock binds a random port. Setting the broker down and up re-creates
 * its listener from mrkb->sin, so we point sin at the wanted port first,
 * then advertise that port in Metadata too. */
static int move_to_port(rd_kafka_mock_cluster_t *mcluster, int port) {
        rd_kafka_mock_broker_t *mrkb;
        int found = 0;

        mtx_lock(&mcluster->lock);
        TAILQ_FOREACH(mrkb, &mcluster->brokers, link) {
                if (mrkb->id == BROKER_ID) {
                        mrkb->sin.sin_port = htons((uint16_t)port);
                        found              = 1;
                }
        }
        mtx_unlock(&mcluster->lock);
        if (!found)
                return -1;

        if (rd_kafka_mock_broker_set_down(mcluster, BROKER_ID) ||
            rd_kafka_mock_broker_set_up(mcluster, BROKER_ID))
                return -1;
        rd_kafka_mock_broker_set_host_port(mcluster, BROKER_ID, "127.0.0.1",
                                           port);
        return 0;
}

/* Handles one stdin line; answers exactly one line. */
static void handle_command(rd_kafka_mock_cluster_t *mcluster,
                           char *line,
                           int default_partitions) {
        char *cmd   = strtok(line, " \t\r\n");
        char *name  = strtok(NULL, " \t\r\n");
        char *parts = strtok(NULL, " \t\r\n");
        char *extra = strtok(NULL, " \t\r\n");
        int partitions = default_partitions;
        const char *err;

        if (!cmd)
                return; /* blank line: nothing to answer */
        if (!strcmp(cmd, "fail")) {
                int api, code, count = 1;
                if (!name || !parts || parse_int(name, 0, 32767, &api) ||
                    parse_int(parts, 1, 32767, &code) ||
                    (extra && parse_int(extra, 1, 1000, &count))) {
                        printf("ERR usage: fail <api> <error> [count]\n");
                } else {
                        while (count-- > 0)
                                rd_kafka_mock_push_request_errors(
                                    mcluster, (int16_t)api, 1,
                                    (rd_kafka_resp_err_t)code);
                        printf("OK fail\n");
                }
        } else if (!strcmp(cmd, "down") || !strcmp(cmd, "up")) {
                int down = !strcmp(cmd, "down");
                rd_kafka_resp_err_t rerr =
                    down ? rd_kafka_mock_broker_set_down(mcluster, BROKER_ID)
                         : rd_kafka_mock_broker_set_up(mcluster, BROKER_ID);
                if (name)
                        printf("ERR usage: %s\n", cmd);
                else if (rerr)
                        printf("ERR %s: %s\n", cmd, rd_kafka_err2str(rerr));
                else
                        printf("OK %s\n", cmd);
        } else if (strcmp(cmd, "topic") != 0 || !name) {
                printf("ERR usage: topic <name> [partitions] | down | up | fail <api> <error> [count]\n");
        } else if (parts && parse_int(parts, 1, 10000, &partitions)) {
                printf("ERR invalid partition count: %s\n", parts);
        } else if ((err = create_topic(mcluster, name, partitions))) {
                printf("ERR %s: %s\n", name, err);
        } else {
                printf("OK %s\n", name);
        }
        fflush(stdout);
}

int main(int argc, char **argv) {
        char errstr[512];
        char line[1024];
        int port       = 0;
        int partitions = 3;
        int first_topic;
        int i;
        rd_kafka_conf_t *conf;
        rd_kafka_t *rk;
        rd_kafka_mock_cluster_t *mcluster;

        for (i = 1; i < argc; i++) {
                if (!strcmp(argv[i], "--port") && i + 1 < argc) {
                        if (parse_int(argv[++i], 0, 65535, &port)) {
                                fprintf(stderr, "invalid --port\n");
                                return 2;
                        }
                } else if (!strcmp(argv[i], "--max-message-bytes") &&
                           i + 1 < argc) {
                        if (parse_int(argv[++i], 0, 1 << 30,
                                      &redress_mock_max_message_bytes)) {
                                fprintf(stderr, "invalid --max-message-bytes\n");
                                return 2;
                        }
                } else if (!strcmp(argv[i], "--partitions") && i + 1 < argc) {
                        if (parse_int(argv[++i], 1, 10000, &partitions)) {
                                fprintf(stderr, "invalid --partitions\n");
                                return 2;
                        }
                } else {
                        break;
                }
        }
        first_topic = i;

        install_signal_handlers();

        if (port > 0 && !port_is_free(port)) {
                fprintf(stderr, "port %d on 127.0.0.1 is already in use\n",
                        port);
                return 1;
        }

        /* The mock cluster needs an rd_kafka_t to own its thread. */
        conf = rd_kafka_conf_new();
        /* Hide the notice that this client has no bootstrap.servers. */
        rd_kafka_conf_set(conf, "log_level", "4", errstr, sizeof(errstr));
        rk = rd_kafka_new(RD_KAFKA_PRODUCER, conf, errstr, sizeof(errstr));
        if (!rk) {
                fprintf(stderr, "rd_kafka_new failed: %s\n", errstr);
                return 1;
        }
        mcluster = rd_kafka_mock_cluster_new(rk, 1);
        if (!mcluster) {
                fprintf(stderr, "failed to create mock cluster\n");
                rd_kafka_destroy(rk);
                return 1;
        }

        /* The controller defaults to id 0, which is not a broker: kafkajs'
         * idempotent producer looks the controller up and fails. */
        rd_kafka_mock_set_controller_id(mcluster, BROKER_ID);
        /* Joins take milliseconds instead of the 3 s default delay. */
        rd_kafka_mock_group_initial_rebalance_delay_ms(mcluster, 0);
        /* The mock advertises LeaveGroup v0-4 but parses only up to v2. */
        rd_kafka_mock_set_apiversion(mcluster, API_LEAVEGROUP, 0, 2);
        /* Topics auto-created by Metadata/Produce get the same count. */
        mtx_lock(&mcluster->lock);
        mcluster->defaults.partition_cnt = partitions;
        mtx_unlock(&mcluster->lock);

        if (port > 0 && move_to_port(mcluster, port)) {
                fprintf(stderr, "failed to listen on port %d\n", port);
                rd_kafka_mock_cluster_destroy(mcluster);
                rd_kafka_destroy(rk);
                return 1;
        }

        for (i = first_topic; i < argc; i++) {
                const char *err = create_topic(mcluster, argv[i], partitions);
                if (err) {
                        fprintf(stderr, "topic %s: %s\n", argv[i], err);
                        rd_kafka_mock_cluster_destroy(mcluster);
                        rd_kafka_destroy(rk);
                        return 1;
                }
        }

        if (port > 0)
                printf("READY 127.0.0.1:%d\n", port);
        else
                printf("READY %s\n", rd_kafka_mock_cluster_bootstraps(mcluster));
        fflush(stdout);

        while (!stop_requested) {
                if (!fgets(line, sizeof(line), stdin)) {
                        if (ferror(stdin) && errno == EINTR && !stop_requested) {
                                clearerr(stdin);
                                continue;
                        }
                        break; /* EOF, or a signal asked us to stop */
                }
                handle_command(mcluster, line, partitions);
        }

        rd_kafka_mock_cluster_destroy(mcluster);
        rd_kafka_destroy(rk);
        return 0;
}
