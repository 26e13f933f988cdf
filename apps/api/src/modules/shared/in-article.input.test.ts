import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { INGEST, seedText, startTestApi, type TestApi } from "../../test/harness.js";

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
  await api.gql(INGEST, { input: { text: seedText(), publisher: "Seed News" } });
});
afterAll(() => api.close());

describe("the article conditions quotes and claims share", () => {
  it("filter both lists by publisher and time, and refuse a publisher over 200 characters", async () => {
    for (const list of ["quotes", "claims"]) {
      const seed = await api.gql(`{ ${list}(first: 1, filter: { publisher: "Seed News", from: "2000-01-01T00:00:00Z" }) { nodes { id } } }`);
      expect(seed.data![list].nodes).toHaveLength(1);
      const other = await api.gql(`{ ${list}(first: 1, filter: { publisher: "Other Post" }) { nodes { id } } }`);
      expect(other.data![list].nodes).toEqual([]);
      const long = await api.gql(`query($p: String) { ${list}(first: 1, filter: { publisher: $p }) { nodes { id } } }`, { p: "x".repeat(201) });
      expect(long.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    }
  });
});
