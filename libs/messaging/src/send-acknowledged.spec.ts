import type { Message, Producer, RecordMetadata, TopicMessages } from 'kafkajs';
import { recordingPartitioner, sendAcknowledged, UnacknowledgedSendError } from './kafka';

const PARTITIONS = [0, 1, 2, 3, 4, 5].map((partitionId) => ({ partitionId, partitionErrorCode: 0, leader: partitionId % 3, replicas: [0, 1, 2], isr: [0, 1, 2], offlineReplicas: [] }));

/**
 * A stand-in for kafkajs's sendBatch that places messages with the recording partitioner, as the
 * real one does, and then answers for some partitions only: what kafkajs 2.2.4 does after a
 * partition leader dies mid-request (tulios/kafkajs#1303).
 */
function producerDropping(dropPerCall: number[][]) {
  const partition = recordingPartitioner();
  const written: { topic: string; partition: number; key: string }[] = [];
  let call = 0;
  const sendBatch = async ({ topicMessages }: { topicMessages: TopicMessages[] }): Promise<RecordMetadata[]> => {
    const dropped = new Set(dropPerCall[call++] ?? []);
    const answered = new Map<string, RecordMetadata>();
    for (const { topic, messages } of topicMessages) {
      for (const message of messages) {
        const p = partition({ topic, partitionMetadata: PARTITIONS, message });
        if (dropped.has(p)) continue;
        written.push({ topic, partition: p, key: String(message.key) });
        answered.set(`${topic}/${p}`, { topicName: topic, partition: p, errorCode: 0 });
      }
    }
    return [...answered.values()];
  };
  return { producer: { sendBatch } as unknown as Producer, written, calls: () => call };
}

const batch = (n: number): TopicMessages[] => [
  { topic: 'facts', messages: Array.from({ length: n }, (_, i): Message => ({ key: `dyad-${i}`, value: `{"i":${i}}` })) },
];

describe('sendAcknowledged', () => {
  it('is one sendBatch when every partition acknowledges', async () => {
    const { producer, written, calls } = producerDropping([]);
    await sendAcknowledged(producer, batch(50));
    expect(calls()).toBe(1);
    expect(written).toHaveLength(50);
  });

  it('sends again exactly the messages of partitions the answer left out, so none is lost or doubled', async () => {
    const { producer, written, calls } = producerDropping([[1, 4]]);
    const resends: number[] = [];
    await sendAcknowledged(producer, batch(200), { onResend: (n) => resends.push(n) });
    expect(calls()).toBe(2);
    expect(resends).toHaveLength(1);
    expect(resends[0]).toBeGreaterThan(0);
    const keys = written.map((w) => w.key).sort();
    expect(keys).toEqual(Array.from({ length: 200 }, (_, i) => `dyad-${i}`).sort());
  });

  it('keeps the order of a key within its partition across the resend', async () => {
    const { producer, written } = producerDropping([[2]]);
    const messages: Message[] = Array.from({ length: 30 }, (_, i) => ({ key: 'same-dyad', value: String(i) }));
    await sendAcknowledged(producer, [{ topic: 'facts', messages }]);
    expect(written.filter((w) => w.key === 'same-dyad')).toHaveLength(30);
  });

  it('fails, so that the caller keeps its rows, when partitions stay unacknowledged', async () => {
    const { producer } = producerDropping([[0], [0], [0]]);
    await expect(sendAcknowledged(producer, batch(40), { attempts: 3 })).rejects.toBeInstanceOf(UnacknowledgedSendError);
  });

  it('refuses a producer whose partitioner does not record placements', async () => {
    const producer = { sendBatch: async () => [] } as unknown as Producer;
    await expect(sendAcknowledged(producer, batch(1))).rejects.toThrow(/connectIdempotentProducer/);
  });
});
