import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { articleStreamId, retraction, type Fact } from '@dyad/domain';
import { inTransaction, PostgresEventStore, sqlOf } from '@dyad/event-store';
import { migratedTestDatabase } from '../../../test/support/infra';
import { aMeeting, anAgreement } from '../../../test/fixtures/facts.builders';
import { PROJECTION_MIGRATIONS } from './migrations';
import { applyFactEvents } from './relations.projection';
import { RelationsQueries } from './relations.queries';
import { repairMissing } from './repair';

describe('repair of facts Kafka never delivered (real Postgres)', () => {
  let db: Awaited<ReturnType<typeof migratedTestDatabase>>;
  let ds: DataSource;
  const store = new PostgresEventStore(() => null);

  beforeAll(async () => {
    db = await migratedTestDatabase({ extraMigrations: PROJECTION_MIGRATIONS });
    ds = db.ds;
  });
  afterAll(async () => {
    await db?.close();
  });

  const factEvent = (draft: ReturnType<ReturnType<typeof aMeeting>['between']>, articleId: string) => {
    const factId = randomUUID();
    const fact = { ...draft, factId, articleId, source: 'extractor', reportedAt: '2022-05-01' } as Fact;
    return { eventId: factId, type: fact.type, schemaVersion: 1, occurredAt: new Date().toISOString(), data: fact, metadata: { correlationId: 'c', causationId: null } };
  };

  it('applies committed facts and retractions the read model lacks, once, and leaves the rest alone', async () => {
    const a1 = randomUUID();
    const a2 = randomUUID();
    const delivered = factEvent(aMeeting().between('JPN', 'MNG'), a1);
    const lost = factEvent(anAgreement().between('JPN', 'MNG'), a2);
    const stored = await inTransaction(ds, async (tx) => [
      ...(await store.append(tx, articleStreamId(a1), 'no-stream', [delivered])),
      ...(await store.append(tx, articleStreamId(a2), 'no-stream', [lost])),
    ]);
    // Only the first one came through Kafka.
    await inTransaction(ds, (tx) => applyFactEvents(tx, [stored[0]]));
    const queries = new RelationsQueries();
    expect((await queries.relation(sqlOf(ds), 'JPN', 'MNG')).counts).toMatchObject({ MeetingHeld: 1, AgreementSigned: 0 });

    // Inside the grace period nothing is touched; after it, the lost fact is applied, once.
    expect(await repairMissing(ds, 60_000)).toMatchObject({ applied: 0 });
    expect(await repairMissing(ds, 0)).toMatchObject({ scanned: 2, applied: 1 });
    expect((await queries.relation(sqlOf(ds), 'JPN', 'MNG')).counts).toMatchObject({ MeetingHeld: 1, AgreementSigned: 1 });
    expect(await repairMissing(ds, 0)).toMatchObject({ scanned: 0, applied: 0 });

    // A retraction that never arrived is applied too.
    const ctx = { newId: randomUUID, occurredAt: new Date().toISOString(), metadata: { correlationId: 'c', causationId: null } };
    await inTransaction(ds, (tx) => store.append(tx, articleStreamId(a2), 1, [retraction(lost.data, 'retracted', null, ctx)]));
    expect(await repairMissing(ds, 0)).toMatchObject({ scanned: 1, applied: 1 });
    expect((await queries.relation(sqlOf(ds), 'JPN', 'MNG')).counts).toMatchObject({ MeetingHeld: 1, AgreementSigned: 0 });
  });
});
