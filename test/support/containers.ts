export interface ContainerInfrastructure {
  env: { DATABASE_URL: string; KAFKA_BROKERS: string };
  stop(): Promise<void>;
}

/**
 * Real Apache Kafka (KRaft) and PostgreSQL in containers, for machines with a Docker engine
 * (REDRESS_TEST_INFRA=testcontainers). Returns null with the reason when no engine answers.
 */
export async function startContainers(): Promise<ContainerInfrastructure | { unavailable: string }> {
  try {
    // Loaded only on this path, so runs without Docker never load the container libraries.
    const { PostgreSqlContainer } = await import('@testcontainers/postgresql');
    const { KafkaContainer } = await import('@testcontainers/kafka');
    const [postgres, kafka] = await Promise.all([
      new PostgreSqlContainer('postgres:17-alpine').start(),
      new KafkaContainer('confluentinc/cp-kafka:7.9.0').withKraft().start(),
    ]);
    return {
      env: {
        DATABASE_URL: postgres.getConnectionUri(),
        KAFKA_BROKERS: `${kafka.getHost()}:${kafka.getMappedPort(9093)}`,
      },
      stop: async () => {
        await Promise.all([kafka.stop(), postgres.stop()]);
      },
    };
  } catch (error) {
    return { unavailable: (error as Error).message };
  }
}
