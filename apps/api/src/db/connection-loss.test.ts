import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "../test/harness.js";
import { terminateBackendWaitingOn } from "../test/pg-faults.js";

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
    expect(await terminateBackendWaitingOn(admin, "%article%")).toBeDefined();
    await locker.query("rollback");
    await locker.end();

    const failed = await pending;
    expect(failed.errors?.[0]?.extensions?.code).toBe("INTERNAL_SERVER_ERROR");
    expect(failed.errors?.[0]?.message).toBe("Internal server error");
    expect(JSON.stringify(failed)).not.toMatch(/terminat|57P01|stack/i);

    expect((await api.gql(LIST)).errors).toBeUndefined();
  });
});
