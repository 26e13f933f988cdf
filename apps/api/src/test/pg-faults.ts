import type pg from "pg";

/**
 * Terminates the PostgreSQL backend that waits on a lock while running a statement like `queryLike`
 * (an ILIKE pattern), once one shows up (up to 10 s); returns its pid, or undefined if none did.
 */
export async function terminateBackendWaitingOn(admin: pg.Client, queryLike: string): Promise<number | undefined> {
  for (let i = 0; i < 200; i++) {
    const { rows } = await admin.query<{ pid: number }>(
      "select pid from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock' and query ilike $1",
      [queryLike],
    );
    const victim = rows[0]?.pid;
    if (victim !== undefined) {
      await admin.query("select pg_terminate_backend($1)", [victim]);
      return victim;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return undefined;
}
