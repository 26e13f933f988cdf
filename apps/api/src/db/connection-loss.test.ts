import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "../test/harness.js";

// Killing a server backend is a PostgreSQL fault; the embedded store has no connection to lose.
const url = process.env.DATABASE_URL;

describe.skipIf(!url)("a PostgreSQL connection killed in the middle of a request", () => {
  let api: TestApi;
  let admin: pg.Client;
  beforeAll(async () => {
    api = await startTestApi();
    admin = new pg.Client({ connectionString: url });
    await admin.connect();
  });
  afterAll(async () => {
    await admin.end();
    await api.close();
  });

  it("fails that request with a masked error, keeps the process up, and later requests succeed", async () => {
    const LIST = `{ articles(first: 5) { nodes { id } } }`;
    expect((await api.gql(LIST)).errors).toBeUndefined();

    // Hold a lock so the next read waits inside PostgreSQL, then kill the backend serving it.
    const locker = new pg.Client({ connectionString: url });
    await locker.connect();
    await locker.query("begin; lock table article in access exclusive mode");
    const pending = api.gql(LIST);
    let victim: number | undefined;
    for (let i = 0; i < 100 && victim === undefined; i++) {
      const { rows } = await admin.query<{ pid: number }>(
        "select pid from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock' and query like '%article%'",
      );
      victim = rows[0]?.pid;
      if (victim === undefined) await new Promise((r) => setTimeout(r, 50));
    }
    expect(victim).toBeDefined();
    await admin.query("select pg_terminate_backend($1)", [victim]);
    await locker.query("rollback");
    await locker.end();

    const failed = await pending;
    expect(failed.errors?.[0]?.extensions?.code).toBe("INTERNAL_SERVER_ERROR");
    expect(failed.errors?.[0]?.message).toBe("Internal server error");
    expect(JSON.stringify(failed)).not.toMatch(/terminat|57P01|stack/i);

    expect((await api.gql(LIST)).errors).toBeUndefined();
  });
});
